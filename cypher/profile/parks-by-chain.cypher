// Parks ranked by their concentration in a chain: firms in the chain's segments, projects targeting it,
// and the share of the park's firms that are in the chain; optionally only parks in a region.
// Parameters: $chain (chain id), $region (district id or null), $limit (Integer).
// Returns: id, name, districtId, districtName, chainEnterprises, allEnterprises, chainProjects, share, investmentYi.
WITH $region AS regionId
// @include region/_places
MATCH (c:IndustryChain {id: $chain})
MATCH (k:Park)
WHERE places IS NULL OR k IN places
WITH c, k,
  COUNT { MATCH (e:Enterprise)-[:LOCATED_IN]->(k) WHERE EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment)-[:IN_CHAIN]->(c) } } AS chainEnterprises,
  COUNT { MATCH (e:Enterprise)-[:LOCATED_IN]->(k) } AS allEnterprises,
  COLLECT { MATCH (p:Project)-[:LOCATED_IN]->(k) WHERE EXISTS { (p)-[:TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(c) } RETURN p } AS projects
WHERE chainEnterprises + size(projects) > 0
OPTIONAL MATCH (k)-[:IN_DISTRICT]->(d:District)
RETURN k.id AS id, k.name AS name, d.id AS districtId, d.name AS districtName, chainEnterprises, allEnterprises,
  size(projects) AS chainProjects,
  CASE WHEN allEnterprises = 0 THEN null ELSE toFloat(chainEnterprises) / allEnterprises END AS share,
  size([p IN projects WHERE p.totalInvestmentYi IS NOT NULL]) AS investmentKnown,
  CASE WHEN any(p IN projects WHERE p.totalInvestmentYi IS NOT NULL) THEN reduce(s = 0.0, p IN projects | s + coalesce(p.totalInvestmentYi, 0.0)) END AS investmentYi
ORDER BY chainEnterprises + size(projects) DESC, share DESC, coalesce(investmentYi, -1) DESC, id
LIMIT $limit
