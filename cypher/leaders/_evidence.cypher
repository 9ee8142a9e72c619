// Fragment: the evidence behind a leader candidate `e` of chain `c` in `region` (a District node), and
// THE order of candidates: designated 链主 first, then described ones, chain segments covered, revenue,
// id. Local means in the region by THE region rule, walked upwards from the record: LOCATED_IN a park or
// district, then IN_DISTRICT / WITHIN to the region (the same places as region/_places).
// Input: `e`, `c`, `region` in scope; parameters $leadingTags, $leaderRevenueYi, $limit.
// Returns the rows of leaders/leader-candidates.
WITH e, c, region,
  COLLECT { MATCH (e)-[l:LEADS]->(c) RETURN {region: l.region, evidence: l.evidence, referenceBasis: l.referenceBasis} } AS leadership,
  COLLECT { MATCH (e)-[l:LEADING_FIRM_OF]->(c) RETURN {region: l.region, evidence: l.evidence, referenceBasis: l.referenceBasis} } AS described,
  COLLECT { MATCH (e)-[:OPERATES_IN]->(s:ChainSegment)-[:IN_CHAIN]->(c) RETURN DISTINCT s.name } AS segments,
  e.revenueYi AS revenueYi,
  COLLECT { MATCH (p:Project)-[:UNDERTAKEN_BY]->(e) WHERE EXISTS { (p)-[:LOCATED_IN]->()-[:IN_DISTRICT|WITHIN*0..]->(region) } RETURN p } AS projects
WITH e, leadership, described, segments, revenueYi, projects,
  // Each partner firm once, however many links or chain segments join it to e.
  size(COLLECT { MATCH (e)-[:SUPPLIES_TO|PARTNERS_WITH|INVESTED_BY]-(o:Enterprise)
          WHERE o <> e AND EXISTS { (o)-[:OPERATES_IN]->(:ChainSegment)-[:IN_CHAIN]->(c) }
            AND EXISTS { (o)-[:LOCATED_IN]->()-[:IN_DISTRICT|WITHIN*0..]->(region) }
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
