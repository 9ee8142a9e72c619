// Fragment: gaps/_firm-facts once the chain's designations of `e` are known: `leader` (a designated
// 链主 of chain `c`) and `described` (its 龙头企业 by a source) bound by the caller. The rest of THE
// leading/large rule (own tags, revenue, group) is here, the same for both.
// Input: `e`, leader, described in scope; parameters $leadingTags, $leaderRevenueYi, $largeFirmRevenueYi.
// Binds: revenueYi, leadingBasis, leading, large, ownLeading, ownLarge.
// @include enterprise/_group-leading
WITH *,
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
