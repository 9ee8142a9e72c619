// Removes every rollup and every pending mark, before a full rebuild: rollups of places, segments,
// chains or clusters that no longer exist go with them.
// Parameters: none. Returns: n (rollups removed).
CALL () {
  MATCH (d:RollupDirty)
  DELETE d
}
MATCH (r:Rollup)
DETACH DELETE r
RETURN count(*) AS n
