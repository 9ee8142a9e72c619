// What the rollups were computed with (rollups/_write-meta), or no row when they were never built.
// Parameters: none. Returns: version, leaderRevenueYi, largeFirmRevenueYi, largeProjectYi, top, candidateList, periodTop, pool,
// leadingTags, builtAt, rollups (how many), dirty (marks left: none after a committed import).
MATCH (m:RollupMeta {id: 'presence'})
RETURN m.version AS version, m.leaderRevenueYi AS leaderRevenueYi, m.largeFirmRevenueYi AS largeFirmRevenueYi,
  m.largeProjectYi AS largeProjectYi, m.top AS top, m.candidateList AS candidateList, m.periodTop AS periodTop, m.pool AS pool, m.leadingTags AS leadingTags, toString(m.builtAt) AS builtAt,
  COUNT { (:Rollup) } AS rollups, COUNT { (:RollupDirty) } AS dirty
