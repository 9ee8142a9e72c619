// The same answer as profile/parks-by-chain (same parameters, same rows), read from the chain and
// place rollups of each park (cypher/rollups/): a park without a chain rollup holds nothing of it.
// Parks come from the region's places when a region is given (no list look-up per park), else from
// the label; a park's share and district are read only for the parks that can make the page.
// Parameters: $chain (chain id), $region (district id or null), $limit (Integer). Returns: as
// profile/parks-by-chain.
WITH $region AS regionId
// @include region/_places
MATCH (c:IndustryChain {id: $chain})
CALL (places) {
  WITH places WHERE places IS NOT NULL
  UNWIND places AS k
  WITH k WHERE k:Park
  RETURN k
  UNION
  WITH places WHERE places IS NULL
  CALL (places) {
    MATCH (k:Park)
    RETURN k
  }
  RETURN k
}
MATCH (r:Rollup {key: 'chain|' + c.id + '|' + k.id})
// Only parks that can make the page need their share (the second key): those holding at least as
// much of the chain as the page's last park.
WITH c, k, coalesce(r.firms, 0) + coalesce(r.projects, 0) AS held
ORDER BY held DESC
WITH c, collect(k) AS parks, collect(held) AS helds
WITH c, parks, helds, CASE WHEN size(helds) > $limit THEN helds[toInteger($limit) - 1] ELSE -1 END AS cut
UNWIND range(0, size(parks) - 1) AS i
WITH c, parks[i] AS k WHERE helds[i] >= cut
MATCH (r:Rollup {key: 'chain|' + c.id + '|' + k.id})
OPTIONAL MATCH (pl:Rollup {key: 'place|' + k.id + '|' + k.id})
WITH k, coalesce(r.firms, 0) AS chainEnterprises, coalesce(pl.firms, 0) AS allEnterprises,
  coalesce(r.projects, 0) AS chainProjects, coalesce(r.investmentKnown, 0) AS investmentKnown,
  CASE WHEN r.investmentKnown > 0 THEN r.investmentYi END AS investmentYi
WITH k, chainEnterprises, allEnterprises, chainProjects, investmentKnown, investmentYi,
  CASE WHEN allEnterprises = 0 THEN null ELSE toFloat(chainEnterprises) / allEnterprises END AS share
ORDER BY chainEnterprises + chainProjects DESC, share DESC, coalesce(investmentYi, -1) DESC, k.id
LIMIT $limit
OPTIONAL MATCH (k)-[:IN_DISTRICT]->(d:District)
RETURN k.id AS id, k.name AS name, d.id AS districtId, d.name AS districtName, chainEnterprises, allEnterprises,
  chainProjects, share, investmentKnown, investmentYi
ORDER BY chainEnterprises + chainProjects DESC, share DESC, coalesce(investmentYi, -1) DESC, id
