// Fragment: recomputes the graph-wide project tally (scope 'tally', key 'tally|all|all'): fullSigs,
// fullValues, tallySigs, tallyValues (rollups/_tally) over every project, located or not; what project
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
    r.tallySigs = tallySigs, r.tallyValues = tallyValues, r.tallyParts = tallyParts
}
