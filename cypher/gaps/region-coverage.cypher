// What a chain analysis of each region rests on: how much the graph knows of the region (its firms and
// projects, projects without a chain segment and, of them, those outside every chain by their
// `unmappedReason`), of the chain there (firms and projects of the chain, how
// many of those firms are reference data rather than article facts), and the firms of the chain known
// only at a coarser level (located at an ancestor region, e.g. "郑州市, district unknown": they could be
// in it). Same region rule as every analysis (region/_places, region/_coarse-places).
// Parameters: $chains [chain id] (several in one statement), $regions [district id].
// Returns: chainId, regionId, level, firms, projects, projectsWithoutSegment, projectsOutsideChains,
// projectsUnknownIndustry (no segment, no chain and no reason to put it outside every chain),
// chainProjectsUnsegmented (projects of the chain that state no segment, by `unmappedChains`),
// chainFirms, chainFirmsReference, chainProjects, coarseChainFirms, coarseFirms.
UNWIND $chains AS chainId
MATCH (c:IndustryChain {id: chainId})
WITH c, c.id AS chainId, COLLECT { MATCH (s:ChainSegment)-[:IN_CHAIN]->(c) RETURN s } AS own
UNWIND $regions AS regionId
// @include region/_places
// @include region/_coarse-places
MATCH (r:District {id: regionId})
WITH c, chainId, own, regionId, places, coarsePlaces, r.level AS level
CALL (places) {
  UNWIND places AS loc
  MATCH (e:Enterprise)-[:LOCATED_IN]->(loc)
  RETURN count(DISTINCT e) AS firms
}
CALL (places, chainId) {
  UNWIND places AS loc
  MATCH (p:Project)-[:LOCATED_IN]->(loc)
  WITH DISTINCT p
  WITH p, NOT EXISTS { (p)-[:TARGETS]->(:ChainSegment) } AS unmapped
  RETURN count(p) AS projects, count(CASE WHEN unmapped THEN 1 END) AS projectsWithoutSegment,
    count(CASE WHEN unmapped AND p.unmappedReason IN ['non_industrial', 'outside_taxonomy'] THEN 1 END)
      AS projectsOutsideChains,
    count(CASE WHEN unmapped AND chainId IN coalesce(p.unmappedChains, []) THEN 1 END) AS chainProjectsUnsegmented,
    count(CASE WHEN unmapped AND NOT coalesce(p.unmappedReason IN ['non_industrial', 'outside_taxonomy'], false)
      AND size(coalesce(p.unmappedChains, [])) = 0 THEN 1 END) AS projectsUnknownIndustry
}
CALL (places, own) {
  UNWIND places AS loc
  MATCH (e:Enterprise)-[:LOCATED_IN]->(loc)
  WHERE EXISTS { (e)-[:OPERATES_IN]->(s) WHERE s IN own }
  WITH DISTINCT e
  RETURN count(e) AS chainFirms, count(CASE WHEN e.reference = true THEN 1 END) AS chainFirmsReference
}
CALL (places, own) {
  UNWIND places AS loc
  MATCH (p:Project)-[:LOCATED_IN]->(loc)
  WHERE EXISTS { (p)-[:TARGETS]->(s) WHERE s IN own }
  RETURN count(DISTINCT p) AS chainProjects
}
CALL (coarsePlaces, own) {
  UNWIND coarsePlaces AS a
  MATCH (e:Enterprise)-[:LOCATED_IN]->(a)
  WITH DISTINCT e AS x
  // @include rollups/_finest
  WITH x WHERE finest IN coarsePlaces
  RETURN count(x) AS coarseFirms,
    count(CASE WHEN EXISTS { (x)-[:OPERATES_IN]->(s) WHERE s IN own } THEN 1 END) AS coarseChainFirms
}
RETURN chainId, regionId, level, firms, projects, projectsWithoutSegment, projectsOutsideChains,
  projectsUnknownIndustry, chainProjectsUnsegmented, chainFirms, chainFirmsReference, chainProjects, coarseChainFirms, coarseFirms
ORDER BY chainId, regionId
