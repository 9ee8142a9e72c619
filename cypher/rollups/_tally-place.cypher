// Fragment: recomputes the project tally of place `m` (a District at any level, or a Park; scope
// 'tally', key 'tally|<id>|<id>'), what project statistics (stats/projects-by-rollup) read instead of
// every project:
// - fullSigs/fullValues and each projection (rollups/_tally) in its own pair, scSigs/scValues,
//   slSigs/slValues, sSigs/sValues, so an answer reads only its form's, over the projects of m's region (THE
//   region rule, region/_places);
// - for a district, strays: how many of those projects count, when grouped by district or park, under
//   a district or park outside the region (a project LOCATED_IN a park of the region and directly in a
//   district elsewhere). Grouped answers from the tallies are exact only when there are none;
// - for a district, ownFullSigs/ownFullValues, ownScSigs/ownScValues, ownSlSigs/…, ownSSigs/… over the projects that count under it
//   when grouped by district (rollups/_tally-sig's tKeys).
// A place whose region holds no project has no tally. Input: `m` in scope.
CALL (m) {
  MATCH (old:Rollup {key: 'tally|' + m.id + '|' + m.id})
  DELETE old
}
CALL (m) {
  CALL (m) {
    MATCH (m:Park)
    RETURN [m] AS places
    UNION
    MATCH (m:District)
    WITH m.id AS regionId
    // @include region/_places
    RETURN places
  }
  CALL (m, places) {
    UNWIND places AS loc
    MATCH (x:Project)-[:LOCATED_IN]->(loc)
    WITH DISTINCT m, x
    // @include rollups/_tally-sig
    // @include rollups/_tally-stray
    WITH x, tSig, tStray
    // @include rollups/_tally
  }
  CALL (m) {
    CALL (m) {
      CALL (m) {
        MATCH (x:Project)-[:LOCATED_IN]->(m:District)
        RETURN x
        UNION
        MATCH (x:Project)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(m:District)
        RETURN x
      }
      // @include rollups/_tally-sig
      WITH x, tSig, false AS tStray WHERE m.id IN tKeys
      // @include rollups/_tally
    }
    RETURN fullSigs AS ownFullSigs, fullValues AS ownFullValues, tallySigs AS ownSigs, tallyValues AS ownValues,
      tallyParts AS ownParts
  }
  WITH * WHERE size(fullSigs) > 0
  MERGE (r:Rollup {key: 'tally|' + m.id + '|' + m.id})
  SET r.scope = 'tally', r.scopeId = m.id, r.placeId = m.id, r.fullSigs = fullSigs, r.fullValues = fullValues,
    r.scSigs = tallySigs[0..tallyParts[0]], r.scValues = tallyValues[0..5 * tallyParts[0]],
    r.slSigs = tallySigs[tallyParts[0]..tallyParts[0] + tallyParts[1]], r.slValues = tallyValues[5 * tallyParts[0]..5 * (tallyParts[0] + tallyParts[1])],
    r.sSigs = tallySigs[tallyParts[0] + tallyParts[1]..], r.sValues = tallyValues[5 * (tallyParts[0] + tallyParts[1])..]
  FOREACH (_ IN CASE WHEN m:District THEN [1] ELSE [] END |
    SET r.strays = strays, r.ownFullSigs = ownFullSigs, r.ownFullValues = ownFullValues,
    r.ownScSigs = ownSigs[0..ownParts[0]], r.ownScValues = ownValues[0..5 * ownParts[0]],
    r.ownSlSigs = ownSigs[ownParts[0]..ownParts[0] + ownParts[1]], r.ownSlValues = ownValues[5 * ownParts[0]..5 * (ownParts[0] + ownParts[1])],
    r.ownSSigs = ownSigs[ownParts[0] + ownParts[1]..], r.ownSValues = ownValues[5 * (ownParts[0] + ownParts[1])..])
}
