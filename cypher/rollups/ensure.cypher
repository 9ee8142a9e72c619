// Rebuilds every rollup, in this transaction, when they do not match the graph's structure or the
// criteria they are built with: never built, another format $version or thresholds, or a district,
// park, segment, chain or cluster added, removed or relinked since (rollups/_structure). Run by every
// import after its writes; otherwise it changes nothing and rollups/refresh does the incremental work.
// Parameters: as rollups/_write-meta. Returns: rebuilt (boolean).
OPTIONAL MATCH (meta:RollupMeta {id: 'presence'})
// @include rollups/_structure
WITH structure, NOT coalesce(meta.structure = structure AND meta.version = $version
  AND meta.leaderRevenueYi = $leaderRevenueYi AND meta.largeFirmRevenueYi = $largeFirmRevenueYi
  AND meta.largeProjectYi = $largeProjectYi AND meta.top = $top AND meta.candidateList = $candidateList AND meta.periodTop = $periodTop AND meta.pool = $pool AND meta.leadingTags = $leadingTags, false) AS stale
CALL (stale, structure) {
  WITH structure WHERE stale
  CALL () {
    MATCH (d:RollupDirty)
    DELETE d
  }
  CALL () {
    MATCH (old:Rollup)
    DELETE old
  }
  CALL () {
    MATCH (s:ChainSegment)
    WITH s, null AS wanted
    // @include rollups/_segment
    // @include rollups/_candidates
  }
  CALL () {
    MATCH (c:IndustryChain)
    WITH c, null AS wanted
    // @include rollups/_chain
  }
  CALL () {
    MATCH (cl:Cluster)
    WITH cl, null AS wanted
    // @include rollups/_cluster
  }
  CALL () {
    CALL () {
      MATCH (m:District) RETURN m
      UNION
      MATCH (m:Park) RETURN m
    }
    // @include rollups/_place
  }
  CALL () {
    CALL () {
      MATCH (m:District) RETURN m
      UNION
      MATCH (m:Park) RETURN m
    }
    // @include rollups/_tally-place
  }
  CALL () {
    // @include rollups/_tally-all
  }
  // @include rollups/_write-meta
  // Tells rollups/add that the new records are counted already; rollups/refresh removes the mark.
  MERGE (:RollupDirty {key: 'rebuilt', scope: 'rebuilt'})
}
RETURN stale AS rebuilt
