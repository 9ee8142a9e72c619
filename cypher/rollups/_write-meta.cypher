// Fragment: records what the rollups were computed with (RollupMeta {id: 'presence'}): the format
// $version, the thresholds, the length of the top lists and the structure fingerprint `structure`
// (rollups/_structure). An analysis reads the rollups only for these thresholds (src/rollups/).
// Input: `structure` in scope. Parameters: $version, $leaderRevenueYi, $largeFirmRevenueYi,
// $largeProjectYi, $top, $candidateList, $periodTop, $pool, $leadingTags.
MERGE (meta:RollupMeta {id: 'presence'})
SET meta.version = $version, meta.leaderRevenueYi = $leaderRevenueYi, meta.largeFirmRevenueYi = $largeFirmRevenueYi,
  meta.largeProjectYi = $largeProjectYi, meta.top = $top, meta.candidateList = $candidateList, meta.periodTop = $periodTop, meta.pool = $pool, meta.leadingTags = $leadingTags,
  meta.structure = structure, meta.builtAt = datetime()
