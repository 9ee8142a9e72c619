// Chain leaders (链主) of a chain in a region: the designated ones with their provenance, and local
// firms that could be, with the evidence behind each criterion — chain segments covered, revenue,
// leading tags, descriptions as a leading firm (龙头企业, LEADING_FIRM_OF: evidence, not a designation),
// local projects and links to other local firms of the chain. Unknown investment stays null.
// Parameters: $chain (chain id), $region (district id), $limit (Integer), $leadingTags [tag], $leaderRevenueYi.
// Returns: id, name, designated, leadership [{region, evidence, referenceBasis}],
// described [{region, evidence, referenceBasis}], segments [name], revenueYi, tags, localProjects,
// investmentKnown, localPartners, investmentYi (null when no local project's investment is known),
// groupLeading (its group is leading by tag or revenue: a local unit of a national champion).
WITH $region AS regionId
// @include region/_places
MATCH (c:IndustryChain {id: $chain})
WITH c, places
MATCH (e:Enterprise)-[:OPERATES_IN|LEADS]->(x)
WHERE (x = c OR EXISTS { (x)-[:IN_CHAIN]->(c) })
  AND EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
WITH DISTINCT e, c, places
WITH e, c, places,
  COLLECT { MATCH (e)-[l:LEADS]->(c) RETURN {region: l.region, evidence: l.evidence, referenceBasis: l.referenceBasis} } AS leadership,
  COLLECT { MATCH (e)-[l:LEADING_FIRM_OF]->(c) RETURN {region: l.region, evidence: l.evidence, referenceBasis: l.referenceBasis} } AS described,
  COLLECT { MATCH (e)-[:OPERATES_IN]->(s:ChainSegment)-[:IN_CHAIN]->(c) RETURN DISTINCT s.name } AS segments,
  e.revenueYi AS revenueYi,
  COLLECT { MATCH (p:Project)-[:UNDERTAKEN_BY]->(e) WHERE EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places } RETURN p } AS projects
WITH e, leadership, described, segments, revenueYi, projects,
  // Each partner firm once, however many links or chain segments join it to e.
  size(COLLECT { MATCH (e)-[:SUPPLIES_TO|PARTNERS_WITH|INVESTED_BY]-(o:Enterprise)
          WHERE o <> e AND EXISTS { (o)-[:OPERATES_IN]->(:ChainSegment)-[:IN_CHAIN]->(c) }
            AND EXISTS { (o)-[:LOCATED_IN]->(loc) WHERE loc IN places }
          RETURN DISTINCT o }) AS localPartners
// @include enterprise/_group-leading
WITH e, leadership, described, segments, revenueYi, projects, localPartners, groupLeading,
  [p IN projects WHERE p.totalInvestmentYi IS NOT NULL] AS known
RETURN e.id AS id, e.name AS name, size(leadership) > 0 AS designated, leadership, described, segments, revenueYi,
  coalesce(e.tags, []) AS tags, size(projects) AS localProjects, size(known) AS investmentKnown, localPartners,
  CASE WHEN size(known) = 0 THEN null ELSE reduce(s = 0.0, p IN known | s + p.totalInvestmentYi) END AS investmentYi,
  groupLeading
ORDER BY designated DESC, size(described) > 0 DESC, size(segments) DESC, coalesce(revenueYi, 0) DESC, e.id
LIMIT $limit
