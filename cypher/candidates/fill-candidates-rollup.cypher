// The same answer as candidates/fill-candidates (same parameters, same rows), drawing each gap
// segment's firms from its candidate list in the rollups (rollups/_candidates: the first $candidateList
// firms by standing, revenue and id, kept by every write) instead of ranking every firm of the segment.
// A segment without a list (rollups not built yet) has no candidates here.
// Parameters: as candidates/fill-candidates. Returns: as candidates/fill-candidates.
WITH $region AS regionId
// @include region/_places
// @include region/_coarse-places
WITH places, coarsePlaces, COLLECT { MATCH (h:District)-[:WITHIN*0..]->(:District {id: 'henan'}) RETURN h } AS henan
UNWIND $segments AS segmentId
MATCH (s:ChainSegment {id: segmentId})
CALL (s, places) {
  OPTIONAL MATCH (s)-[:SUPPLIES]-(n:ChainSegment)<-[:OPERATES_IN]-(x:Enterprise)
  WHERE EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  WITH n, x ORDER BY x.id
  RETURN collect(DISTINCT x.id) AS adjacent, collect(CASE WHEN x IS NOT NULL THEN [n, x] END)[..2] AS adjacentSample
}
CALL (s) {
  MATCH (r:Rollup {key: 'candidates|' + s.id + '|all'})
  UNWIND r.candidates[..toInteger($candidateList)] AS id
  MATCH (e:Enterprise {id: id})
  RETURN e
}
// @include candidates/_evaluate
