// Removes up to $limit rollups and pending marks, before a full rebuild (called until it removes none,
// so a city-size graph's hundreds of thousands of rollups never sit in one transaction): rollups of
// places, segments, chains or clusters that no longer exist go with them.
// Parameters: $limit (Integer). Returns: n (nodes removed).
CALL () {
  MATCH (d:RollupDirty)
  RETURN d AS x
  UNION
  MATCH (r:Rollup)
  RETURN r AS x
}
WITH x LIMIT $limit
DETACH DELETE x
RETURN count(*) AS n
