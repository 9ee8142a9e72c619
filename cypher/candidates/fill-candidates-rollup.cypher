// The same answer as candidates/fill-candidates (same parameters, same rows), drawing each gap
// segment's firms from its candidate list in the rollups (rollups/_candidates: the first $candidateList
// firms by standing, revenue and id, kept by every write) instead of ranking every firm of the segment.
// A segment without a list (rollups not built yet) has no candidates here.
// Parameters: as candidates/fill-candidates. Returns: as candidates/fill-candidates.
WITH $region AS regionId
// @include region/_places
// @include region/_coarse-places
WITH regionId, places, coarsePlaces, COLLECT { MATCH (h:District)-[:WITHIN*0..]->(:District {id: 'henan'}) RETURN h } AS henan
OPTIONAL MATCH (pr:Rollup {key: 'place|' + regionId + '|' + regionId})
MATCH (region:District {id: regionId})
WITH places, coarsePlaces, henan, region, coalesce(pr.firms, 0) AS regionFirms
CALL (places, region, regionFirms) {
  UNWIND $segments AS segmentId
  MATCH (s:ChainSegment {id: segmentId})
  // Supply adjacency, as in the direct statement (the region's firms one supply step from s, the first
  // $adjacentCap by id), found from the smaller side: from the region's places when it holds fewer firms
  // (its place rollup) than the adjacent segments, else from the adjacent segments' firms in id order,
  // testing the region rule (walked upwards from the firm) only until $adjacentCap are found.
  CALL (s, places, region, regionFirms) {
    // Segments' degrees (OPERATES_IN holds firms only), not a walk over their firms.
    WITH s, places, region, regionFirms,
      reduce(t = 0, k IN COLLECT { MATCH (s)-[:SUPPLIES]-(n:ChainSegment) RETURN COUNT { (n)<-[:OPERATES_IN]-() } }
        | t + k) AS adjacentFirms
    CALL (s, places, region, regionFirms, adjacentFirms) {
      WITH s, places WHERE regionFirms <= adjacentFirms
      UNWIND places AS loc
      MATCH (loc)<-[:LOCATED_IN]-(x:Enterprise)-[:OPERATES_IN]->(n:ChainSegment)-[:SUPPLIES]-(s)
      WITH DISTINCT x, n ORDER BY n.id
      RETURN x, collect(n)[0] AS n
      UNION
      WITH s, region WHERE regionFirms > adjacentFirms
      MATCH (s)-[:SUPPLIES]-(n:ChainSegment)<-[:OPERATES_IN]-(x:Enterprise)
      WITH x, n, region ORDER BY n.id
      WITH x, collect(n)[0] AS n, region ORDER BY x.id
      WHERE EXISTS { (x)-[:LOCATED_IN]->()-[:IN_DISTRICT|WITHIN*0..]->(region) }
      RETURN x, n LIMIT toInteger($adjacentCap)
    }
    WITH x, n ORDER BY x.id
    WITH collect([n, x])[..toInteger($adjacentCap)] AS found
    RETURN [p IN found | p[1].id] AS adjacent, found[..2] AS adjacentSample
  }
  CALL (s) {
    MATCH (r:Rollup {key: 'candidates|' + s.id + '|all'})
    UNWIND range(0, size(r.candidates[..toInteger($candidateList)]) - 1) AS i
    MATCH (e:Enterprise {id: r.candidates[i]})
    RETURN e, r.candDesignations[i] AS designations
  }
  WITH e, max(designations) AS designations, collect({s: s, adjacent: adjacent, sample: adjacentSample}) AS segInfo
  RETURN e, designations, segInfo
}
// @include candidates/_evaluate
