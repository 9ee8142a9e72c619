// Fragment: recomputes the candidate list of segment `s` (补链 candidates; scope 'candidates', key
// 'candidates|<segment>|all', one per segment, graph-wide): the first $candidateList firms that
// OPERATE_IN s anywhere, by standing (candidates/_designations) DESC, revenue DESC (unknown last), id,
// with their sort keys (candDesignations, candRevenue; -1: unknown) so rollups/add ranks newcomers
// alone, and `firms`, how many firms the segment has. fillCandidates draws its pool from these lists
// (candidates/fill-candidates-rollup); the direct statement (candidates/fill-candidates) ranks every
// firm of the segment the same way and keeps as many.
// Input: `s`. Parameters: $candidateList.
CALL (s) {
  MATCH (e:Enterprise)-[:OPERATES_IN]->(s)
  // @include candidates/_designations
  WITH e, designations ORDER BY designations DESC, coalesce(e.revenueYi, -1) DESC, e.id
  WITH count(e) AS firms,
    collect({id: e.id, d: designations, rev: coalesce(e.revenueYi, -1)})[..toInteger($candidateList)] AS top
  MERGE (r:Rollup {key: 'candidates|' + s.id + '|all'})
  SET r.scope = 'candidates', r.scopeId = s.id, r.placeId = 'all', r.firms = firms,
    r.candidates = [t IN top | t.id], r.candDesignations = [t IN top | t.d], r.candRevenue = [t IN top | t.rev]
}
