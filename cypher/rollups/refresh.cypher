// Recomputes every rollup marked by rollups/mark, in the import's transaction: each marked segment,
// chain and cluster once, at its marked places only, each marked segment's candidate list, then each
// marked place.
// Parameters: $leadingTags, $leaderRevenueYi, $largeFirmRevenueYi, $largeProjectYi, $top, $candidateList.
// Returns: segments, candidateLists, chains, clusters, places (how many of each were refreshed).
CALL () {
  MATCH (d:RollupDirty {scope: 'segment'})
  WITH d.scopeId AS segmentId, collect(d.placeId) AS wanted
  MATCH (s:ChainSegment {id: segmentId})
  // @include rollups/_segment
  RETURN count(s) AS segments
}
CALL () {
  MATCH (d:RollupDirty {scope: 'candidates'})
  MATCH (s:ChainSegment {id: d.scopeId})
  // @include rollups/_candidates
  RETURN count(s) AS candidateLists
}
CALL () {
  MATCH (d:RollupDirty {scope: 'chain'})
  WITH d.scopeId AS chainId, collect(d.placeId) AS wanted
  MATCH (c:IndustryChain {id: chainId})
  // @include rollups/_chain
  RETURN count(c) AS chains
}
CALL () {
  MATCH (d:RollupDirty {scope: 'cluster'})
  WITH d.scopeId AS clusterId, collect(d.placeId) AS wanted
  MATCH (cl:Cluster {id: clusterId})
  // @include rollups/_cluster
  RETURN count(cl) AS clusters
}
CALL () {
  MATCH (d:RollupDirty {scope: 'place'})
  CALL (d) {
    MATCH (m:District {id: d.placeId}) RETURN m
    UNION
    MATCH (m:Park {id: d.placeId}) RETURN m
  }
  // @include rollups/_place
  RETURN count(m) AS places
}
CALL () {
  MATCH (d:RollupDirty)
  DELETE d
}
RETURN segments, candidateLists, chains, clusters, places
