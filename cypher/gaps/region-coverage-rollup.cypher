// The same answer as gaps/region-coverage (same parameters, same rows), read from the place and chain
// rollups of each region (cypher/rollups/): what the graph knows of the region and of the chain there,
// and the firms known only at a coarser level (finestFirms at each strict ancestor of the region).
// Parameters: $chains [chain id], $regions [district id]. Returns: as gaps/region-coverage.
UNWIND $chains AS chainId
MATCH (c:IndustryChain {id: chainId})
UNWIND $regions AS regionId
MATCH (region:District {id: regionId})
WITH chainId, regionId, region.level AS level,
  COLLECT { MATCH (region)-[:WITHIN*1..]->(a:District) RETURN a.id } AS ancestorIds
OPTIONAL MATCH (pl:Rollup {key: 'place|' + regionId + '|' + regionId})
OPTIONAL MATCH (ch:Rollup {key: 'chain|' + chainId + '|' + regionId})
CALL (chainId, ancestorIds) {
  UNWIND ancestorIds AS a
  OPTIONAL MATCH (q:Rollup {key: 'place|' + a + '|' + a})
  OPTIONAL MATCH (qc:Rollup {key: 'chain|' + chainId + '|' + a})
  RETURN coalesce(sum(q.finestFirms), 0) AS coarseFirms, coalesce(sum(qc.finestFirms), 0) AS coarseChainFirms
}
WITH *, coalesce(pl.unsegmentedChains, []) AS named
RETURN chainId, regionId, level, coalesce(pl.firms, 0) AS firms, coalesce(pl.projects, 0) AS projects,
  coalesce(pl.projectsWithoutSegment, 0) AS projectsWithoutSegment,
  coalesce(pl.projectsOutsideChains, 0) AS projectsOutsideChains,
  coalesce(pl.projectsUnknownIndustry, 0) AS projectsUnknownIndustry,
  coalesce(head([i IN range(0, size(named) - 1) WHERE named[i] = chainId | pl.unsegmentedCounts[i]]), 0) AS chainProjectsUnsegmented,
  coalesce(ch.firms, 0) AS chainFirms, coalesce(ch.firmsReference, 0) AS chainFirmsReference,
  coalesce(ch.projects, 0) AS chainProjects, coarseChainFirms, coarseFirms
ORDER BY chainId, regionId
