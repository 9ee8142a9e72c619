// Fragment: THE leading/large rule of a local firm `e` for chain `c`. LEADING when it is a designated
// 链主 of the chain, described as its leading firm (龙头企业), carries a leading tag ($leadingTags), has
// revenue ≥ $leaderRevenueYi (`revenueYi`, derived at import), or is a local unit of a leading group
// (enterprise/_group-leading); LARGE when leading or revenue ≥ $largeFirmRevenueYi. `ownLeading` and
// `ownLarge` leave the chain's designations out: they are what a presence rollup counts, the same for
// every chain of the segment (cypher/rollups/_segment).
// Input: `e`, `c` in scope; parameters $leadingTags, $leaderRevenueYi, $largeFirmRevenueYi.
// Binds: leader, revenueYi, leadingBasis, leading, large, ownLeading, ownLarge.
// @include enterprise/_group-leading
WITH *,
  EXISTS { (e)-[:LEADS]->(c) } AS leader,
  EXISTS { (e)-[:LEADING_FIRM_OF]->(c) } AS described,
  any(t IN coalesce(e.tags, []) WHERE t IN $leadingTags) AS tagLeading,
  e.revenueYi AS revenueYi
WITH *,
  [b IN [CASE WHEN leader THEN 'designated' END, CASE WHEN described THEN 'described' END,
         CASE WHEN tagLeading THEN 'tag' END, CASE WHEN revenueYi >= $leaderRevenueYi THEN 'revenue' END,
         CASE WHEN groupLeading THEN 'group' END] WHERE b IS NOT NULL] AS leadingBasis,
  tagLeading OR coalesce(revenueYi >= $leaderRevenueYi, false) OR groupLeading AS ownLeading
WITH *, size(leadingBasis) > 0 AS leading,
  ownLeading OR coalesce(revenueYi >= $largeFirmRevenueYi, false) AS ownLarge
WITH *, leading OR coalesce(revenueYi >= $largeFirmRevenueYi, false) AS large
