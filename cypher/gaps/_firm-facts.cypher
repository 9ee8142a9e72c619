// Fragment: THE leading/large rule of a local firm `e` for chain `c`. LEADING when it is a designated
// 链主 of the chain, described as its leading firm (龙头企业), carries a leading tag ($leadingTags), has
// revenue ≥ $leaderRevenueYi (`revenueYi`, derived at import), or is a local unit of a leading group
// (enterprise/_group-leading); LARGE when leading or revenue ≥ $largeFirmRevenueYi. `ownLeading` and
// `ownLarge` leave the chain's designations out: they are what a presence rollup counts, the same for
// every chain of the segment (cypher/rollups/_segment).
// Input: `e`, `c` in scope; parameters $leadingTags, $leaderRevenueYi, $largeFirmRevenueYi.
// Binds: leader, described, revenueYi, leadingBasis, leading, large, ownLeading, ownLarge.
WITH *,
  EXISTS { (e)-[:LEADS]->(c) } AS leader,
  EXISTS { (e)-[:LEADING_FIRM_OF]->(c) } AS described
// @include gaps/_firm-facts-given
