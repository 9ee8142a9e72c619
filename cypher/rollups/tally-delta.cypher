// Moves project tallies (rollups/_tally-place, _tally-all) by the contributions of the projects a
// write touches, in the write's transaction: run with $sign −1 BEFORE the writes (what the projects
// counted as) and +1 AFTER them and the derived fields (what they count as now), so each tally stays
// the sum of its projects' contributions without reading its other projects. The touched projects
// are those of the bundle and of its figures ($projects, existing before the write), those listed in
// its events ($events: their effective status follows the lists) and, after, the new ones ($fresh).
// A project counts in the tallies of every place holding it (rollups/_membership), in the own tally
// of each district it counts under (rollups/_tally-sig's tKeys), and in the graph-wide tally.
// Nothing to do after a full rebuild in this transaction (rollups/ensure leaves a 'rebuilt' mark).
// Parameters: $projects, $events, $fresh ([id]), $sign (−1 or 1). Returns: n (tallies changed).
WITH EXISTS { MATCH (:RollupDirty {key: 'rebuilt'}) } AS rebuilt
CALL (rebuilt) {
  UNWIND CASE WHEN rebuilt THEN [] ELSE $projects + coalesce($fresh, []) END AS id
  MATCH (x:Project {id: id})
  RETURN x
  UNION
  UNWIND CASE WHEN rebuilt THEN [] ELSE $events END AS id
  MATCH (x:Project)-[:LISTED_IN|IN_ROSTER]->(:Event {id: id})
  RETURN x
}
// @include rollups/_membership
// @include rollups/_tally-sig
CALL (x, memberPlaces, tKeys, tParks) {
  UNWIND memberPlaces AS m
  // @include rollups/_tally-stray
  RETURN 'tally|' + m.id + '|' + m.id AS key, m.id AS scopeId, false AS own, tStray AS stray
  UNION ALL
  UNWIND tKeys AS k
  RETURN 'tally|' + k + '|' + k AS key, k AS scopeId, true AS own, false AS stray
  UNION ALL
  RETURN 'tally|all|all' AS key, 'all' AS scopeId, false AS own, false AS stray
}
WITH key, scopeId, own, tSig, count(x) AS n, count(x.totalInvestmentYi) AS ik, sum(coalesce(x.totalInvestmentYi, 0.0)) AS iv,
  count(x.outputValueYi) AS ok, sum(coalesce(x.outputValueYi, 0.0)) AS ov, count(CASE WHEN stray THEN 1 END) AS strays
WITH key, scopeId, own, sum(strays) AS strays,
  collect({sig: tSig, v: [$sign * toFloat(n), $sign * toFloat(ik), $sign * iv, $sign * toFloat(ok), $sign * ov]}) AS full
CALL (full) {
  UNWIND full AS f
  WITH f, split(f.sig, '|') AS p
  UNWIND ['s|' + p[0] + '|||' + p[3] + '|' + p[4], 'sc|' + p[0] + '|' + p[1] + '||' + p[3] + '|' + p[4],
    'sl|' + p[0] + '||' + p[2] + '|' + p[3] + '|' + p[4]] AS sig
  WITH sig, sum(f.v[0]) AS n, sum(f.v[1]) AS ik, sum(f.v[2]) AS iv, sum(f.v[3]) AS ok, sum(f.v[4]) AS ov
  WITH collect(sig) AS sigs, collect([n, ik, iv, ok, ov]) AS vs
  RETURN sigs AS smallSigs, [i IN range(0, 5 * size(vs) - 1) | vs[i / 5][i % 5]] AS smallValues
}
MERGE (r:Rollup {key: key})
ON CREATE SET r.scope = 'tally', r.scopeId = scopeId, r.placeId = scopeId
WITH r, own, strays, [f IN full | f.sig] AS fullSigs, [i IN range(0, 5 * size(full) - 1) | full[i / 5].v[i % 5]] AS fullValues,
  smallSigs, smallValues
CALL (r, own, fullSigs, fullValues) {
  WITH CASE WHEN own THEN r.ownFullSigs ELSE r.fullSigs END AS oldSigs,
    CASE WHEN own THEN r.ownFullValues ELSE r.fullValues END AS oldValues, fullSigs AS addSigs, fullValues AS addValues
  // @include rollups/_tally-merge
}
WITH r, own, strays, smallSigs, smallValues, mergedSigs AS newFullSigs, mergedValues AS newFullValues
CALL (r, own, smallSigs, smallValues) {
  // The stored projections, in the merged order (sc, sl, s: rollups/_tally).
  WITH CASE WHEN own THEN coalesce(r.ownScSigs, []) + coalesce(r.ownSlSigs, []) + coalesce(r.ownSSigs, []) ELSE coalesce(r.scSigs, []) + coalesce(r.slSigs, []) + coalesce(r.sSigs, []) END AS oldSigs,
    CASE WHEN own THEN coalesce(r.ownScValues, []) + coalesce(r.ownSlValues, []) + coalesce(r.ownSValues, []) ELSE coalesce(r.scValues, []) + coalesce(r.slValues, []) + coalesce(r.sValues, []) END AS oldValues, smallSigs AS addSigs, smallValues AS addValues
  // @include rollups/_tally-merge
}
WITH *, [size([x IN mergedSigs WHERE x STARTS WITH 'sc|']), size([x IN mergedSigs WHERE x STARTS WITH 'sl|'])] AS parts
FOREACH (_ IN CASE WHEN own THEN [1] ELSE [] END |
  SET r.ownFullSigs = newFullSigs, r.ownFullValues = newFullValues,
    r.ownScSigs = mergedSigs[0..parts[0]], r.ownScValues = mergedValues[0..5 * parts[0]],
    r.ownSlSigs = mergedSigs[parts[0]..parts[0] + parts[1]], r.ownSlValues = mergedValues[5 * parts[0]..5 * (parts[0] + parts[1])],
    r.ownSSigs = mergedSigs[parts[0] + parts[1]..], r.ownSValues = mergedValues[5 * (parts[0] + parts[1])..])
FOREACH (_ IN CASE WHEN own THEN [] ELSE [1] END |
  SET r.fullSigs = newFullSigs, r.fullValues = newFullValues,
    r.scSigs = mergedSigs[0..parts[0]], r.scValues = mergedValues[0..5 * parts[0]],
    r.slSigs = mergedSigs[parts[0]..parts[0] + parts[1]], r.slValues = mergedValues[5 * parts[0]..5 * (parts[0] + parts[1])],
    r.sSigs = mergedSigs[parts[0] + parts[1]..], r.sValues = mergedValues[5 * (parts[0] + parts[1])..],
    r.strays = CASE WHEN r.scopeId <> 'all' AND EXISTS { MATCH (:District {id: r.scopeId}) } THEN coalesce(r.strays, 0) + $sign * strays END)
RETURN count(*) AS n
