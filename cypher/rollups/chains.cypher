// Rebuilds the rollups of some chains at every place (rollups/_chain), in batches like rollups/segments.
// Parameters: $chains (null: every one) [chain id]. Returns: n (chains rebuilt).
CALL () {
  WITH 1 AS all WHERE $chains IS NULL
  MATCH (c:IndustryChain)
  RETURN c
  UNION
  UNWIND coalesce($chains, []) AS chainId
  MATCH (c:IndustryChain {id: chainId})
  RETURN c
}
WITH c, null AS wanted
// @include rollups/_chain
RETURN count(c) AS n
