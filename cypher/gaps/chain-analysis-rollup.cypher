// The three statements of a chain-gap analysis read from the presence rollups, in one round trip:
// gaps/segment-presence-rollup (`presence`), gaps/region-coverage-rollup (`coverage`) and
// gaps/chain-edges (`edges`), each the rows of that statement in its order.
// Parameters: as gaps/segment-presence-rollup. Returns: one row: presence, coverage, edges (lists of
// the rows each statement returns).
CALL () {
  // @include gaps/segment-presence-rollup
}
WITH collect({chainId: chainId, regionId: regionId, segmentId: segmentId, name: name, aliases: aliases,
  stage: stage, inChain: inChain, order: order, hasChainData: hasChainData, firmCount: firmCount,
  leaderCount: leaderCount, leadingCount: leadingCount, largeFirmCount: largeFirmCount,
  revenueKnownCount: revenueKnownCount, coarseFirmCount: coarseFirmCount, firms: firms,
  projectStats: projectStats, projects: projects}) AS presence
CALL () {
  // @include gaps/region-coverage-rollup
}
WITH presence, collect({chainId: chainId, regionId: regionId, level: level, firms: firms, projects: projects,
  projectsWithoutSegment: projectsWithoutSegment, projectsOutsideChains: projectsOutsideChains,
  projectsUnknownIndustry: projectsUnknownIndustry, chainProjectsUnsegmented: chainProjectsUnsegmented,
  chainFirms: chainFirms, chainFirmsReference: chainFirmsReference, chainProjects: chainProjects,
  coarseChainFirms: coarseChainFirms, coarseFirms: coarseFirms}) AS coverage
CALL () {
  // @include gaps/chain-edges
}
RETURN presence, coverage, collect({chainId: chainId, from: from, to: to, crossChain: crossChain}) AS edges
