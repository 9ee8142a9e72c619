// Fragment: THE "leading group" rule. `groupLeading` is true when the enterprise `e` is a unit of a group
// (SUBSIDIARY_OF) that carries a leading tag or whose latest revenue is at least the leader threshold:
// a local plant of a national champion. Used by the gap, candidate and leader analyses alike.
// Input: `e` in scope; parameters $leadingTags [tag], $leaderRevenueYi. Binds: `groupLeading`.
WITH *, EXISTS {
    MATCH (e)-[:SUBSIDIARY_OF]->(g:Enterprise)
    WHERE any(t IN coalesce(g.tags, []) WHERE t IN $leadingTags)
      OR g.revenueYi >= $leaderRevenueYi
  } AS groupLeading
