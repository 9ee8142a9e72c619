// Rebuilds the presence rollups of some segments at every place (rollups/_segment) and their candidate
// lists (rollups/_candidates): the full rebuild
// (npm run rollups:rebuild, bulk load, imports that change the region tree or the chains) calls it in
// batches of segments, each batch its own transaction at city scale.
// Parameters: $segments (null: every one) [segment id], $leadingTags, $leaderRevenueYi, $largeFirmRevenueYi,
// $largeProjectYi, $top, $candidateList. Returns: n (segments rebuilt).
CALL () {
  WITH 1 AS all WHERE $segments IS NULL
  MATCH (s:ChainSegment)
  RETURN s
  UNION
  UNWIND coalesce($segments, []) AS segmentId
  MATCH (s:ChainSegment {id: segmentId})
  RETURN s
}
WITH s, null AS wanted
// @include rollups/_segment
// @include rollups/_candidates
RETURN count(s) AS n
