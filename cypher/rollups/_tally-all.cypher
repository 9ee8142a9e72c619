// Fragment: recomputes the graph-wide project tally (scope 'tally', key 'tally|all|all'): fullSigs,
// fullValues and the projections (rollups/_tally: scSigs/scValues, slSigs/slValues, sSigs/sValues) over every project, located or not; what project
// statistics without a region read. No tally when the graph has no project.
CALL () {
  MATCH (old:Rollup {key: 'tally|all|all'})
  DELETE old
}
CALL () {
  CALL () {
    MATCH (x:Project)
    // @include rollups/_tally-sig
    WITH x, tSig, false AS tStray
    // @include rollups/_tally
  }
  WITH * WHERE size(fullSigs) > 0
  MERGE (r:Rollup {key: 'tally|all|all'})
  SET r.scope = 'tally', r.scopeId = 'all', r.placeId = 'all', r.fullSigs = fullSigs, r.fullValues = fullValues,
    r.scSigs = tallySigs[0..tallyParts[0]], r.scValues = tallyValues[0..5 * tallyParts[0]],
    r.slSigs = tallySigs[tallyParts[0]..tallyParts[0] + tallyParts[1]], r.slValues = tallyValues[5 * tallyParts[0]..5 * (tallyParts[0] + tallyParts[1])],
    r.sSigs = tallySigs[tallyParts[0] + tallyParts[1]..], r.sValues = tallyValues[5 * (tallyParts[0] + tallyParts[1])..]
}
