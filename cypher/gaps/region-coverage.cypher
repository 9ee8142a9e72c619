// What a chain analysis of each region rests on: how much the graph knows of the region (its firms and
// projects, projects without a chain segment), of the chain there (firms and projects of the chain, how
// many of those firms are reference data rather than article facts), and the firms of the chain known
// only at a coarser level (located at an ancestor region, e.g. "郑州市, district unknown": they could be
// in it). Same region rule as every analysis (region/_places, region/_coarse-places).
// Parameters: $chain (chain id), $regions [district id].
// Returns: regionId, level, firms, projects, projectsWithoutSegment, chainFirms, chainFirmsReference,
// chainProjects, coarseChainFirms, coarseFirms.
MATCH (c:IndustryChain {id: $chain})
WITH c, COLLECT { MATCH (s:ChainSegment)-[:IN_CHAIN]->(c) RETURN s } AS own
UNWIND $regions AS regionId
// @include region/_places
// @include region/_coarse-places
MATCH (r:District {id: regionId})
WITH c, own, regionId, places, coarsePlaces, r.level AS level
CALL (places) {
  UNWIND places AS loc
  MATCH (e:Enterprise)-[:LOCATED_IN]->(loc)
  RETURN count(DISTINCT e) AS firms
}
CALL (places) {
  UNWIND places AS loc
  MATCH (p:Project)-[:LOCATED_IN]->(loc)
  WITH DISTINCT p
  RETURN count(p) AS projects, count(CASE WHEN NOT EXISTS { (p)-[:TARGETS]->(:ChainSegment) } THEN 1 END) AS projectsWithoutSegment
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
CALL (coarsePlaces, own, places) {
  UNWIND coarsePlaces AS a
  MATCH (e:Enterprise)-[:LOCATED_IN]->(a)
  WHERE NOT EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  WITH DISTINCT e
  RETURN count(e) AS coarseFirms,
    count(CASE WHEN EXISTS { (e)-[:OPERATES_IN]->(s) WHERE s IN own } THEN 1 END) AS coarseChainFirms
}
RETURN regionId, level, firms, projects, projectsWithoutSegment, chainFirms, chainFirmsReference, chainProjects,
  coarseChainFirms, coarseFirms
ORDER BY regionId
