// The same answer as profile/parks-by-chain (same parameters, same rows), read from the chain and
// place rollups of each park (cypher/rollups/): a park without a chain rollup holds nothing of it.
// Parameters: $chain (chain id), $region (district id or null), $limit (Integer). Returns: as
// profile/parks-by-chain.
WITH $region AS regionId
// @include region/_places
MATCH (c:IndustryChain {id: $chain})
MATCH (k:Park)
WHERE places IS NULL OR k IN places
MATCH (r:Rollup {key: 'chain|' + c.id + '|' + k.id})
OPTIONAL MATCH (pl:Rollup {key: 'place|' + k.id + '|' + k.id})
OPTIONAL MATCH (k)-[:IN_DISTRICT]->(d:District)
WITH k, d, coalesce(r.firms, 0) AS chainEnterprises, coalesce(pl.firms, 0) AS allEnterprises,
  coalesce(r.projects, 0) AS chainProjects, coalesce(r.investmentKnown, 0) AS investmentKnown,
  CASE WHEN r.investmentKnown > 0 THEN r.investmentYi END AS investmentYi
RETURN k.id AS id, k.name AS name, d.id AS districtId, d.name AS districtName, chainEnterprises, allEnterprises,
  chainProjects,
  CASE WHEN allEnterprises = 0 THEN null ELSE toFloat(chainEnterprises) / allEnterprises END AS share,
  investmentKnown, investmentYi
ORDER BY chainEnterprises + chainProjects DESC, share DESC, coalesce(investmentYi, -1) DESC, id
LIMIT $limit
