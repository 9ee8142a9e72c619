// Chain leaders (链主) of a chain in a region: the designated ones with their provenance, and local
// firms that could be, with the evidence behind each criterion — chain segments covered, revenue,
// leading tags, descriptions as a leading firm (龙头企业, LEADING_FIRM_OF: evidence, not a designation),
// local projects and links to other local firms of the chain. Unknown investment stays null.
// Parameters: $chain (chain id), $region (district id), $limit (Integer), $leadingTags [tag], $leaderRevenueYi.
// Returns: id, name, designated, leadership [{region, evidence, referenceBasis}],
// described [{region, evidence, referenceBasis}], segments [name], revenueYi, tags, localProjects,
// investmentKnown, localPartners, investmentYi (null when no local project's investment is known),
// groupLeading (its group is leading by tag or revenue: a local unit of a national champion).
// leaders/leader-candidates-rollup answers the same from the chain rollup's pool.
WITH $region AS regionId
// @include region/_places
MATCH (c:IndustryChain {id: $chain})
WITH c, places
MATCH (e:Enterprise)-[:OPERATES_IN|LEADS]->(x)
WHERE (x = c OR EXISTS { (x)-[:IN_CHAIN]->(c) })
  AND EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
WITH DISTINCT e, c
MATCH (region:District {id: $region})
// @include leaders/_evidence
