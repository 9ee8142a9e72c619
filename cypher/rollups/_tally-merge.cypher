// Fragment (ends a CALL subquery): merges signature counts (rollups/_tally) with changes to them,
// summing the five values of equal signatures and dropping those whose project count is 0 (every
// project that had that signature here has left). Used with sign −1 for what a write removes and +1
// for what it adds (rollups/tally-delta), so a tally stays the sum of its projects' contributions.
// Input: `oldSigs`, `oldValues` (a stored tally, null when none), `addSigs`, `addValues` (changes, same
// layout). Returns: mergedSigs, mergedValues.
WITH coalesce(oldSigs, []) + addSigs AS sigs, coalesce(oldValues, []) + addValues AS vals
CALL (sigs, vals) {
  UNWIND range(0, size(sigs) - 1) AS i
  WITH sigs[i] AS sig, vals[5 * i .. 5 * i + 5] AS v
  WITH sig, sum(v[0]) AS n, sum(v[1]) AS ik, sum(v[2]) AS iv, sum(v[3]) AS ok, sum(v[4]) AS ov
  WHERE n > 0.5
  ORDER BY sig
  WITH collect(sig) AS s, collect([n, ik, iv, ok, ov]) AS vs
  RETURN s AS mergedSigs, [i IN range(0, 5 * size(vs) - 1) | vs[i / 5][i % 5]] AS mergedValues
}
RETURN mergedSigs, mergedValues
