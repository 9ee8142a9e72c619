// Fragment: where a firm "known only at a coarser level" than region R can be located: the ancestors of
// R in the region tree (District)<-[:WITHIN*1..]-(R), and the parks IN_DISTRICT of those ancestors (a
// park known only to be in 郑州市 could lie in R). Such a firm could be in R when the most precise
// district known for it (rollups/_finest: its own district or its park's, the deeper) is one of those
// ancestors: a firm of 郑州市 known to be in 金水区 through its park is not "possibly in 二七区".
// Input: `regionId` in scope (a district id).
// Binds: `coarsePlaces`, the list of those District and Park nodes.
WITH *, COLLECT {
    MATCH (:District {id: regionId})-[:WITHIN*1..]->(coarsePlace:District) RETURN coarsePlace
    UNION
    MATCH (:District {id: regionId})-[:WITHIN*1..]->(:District)<-[:IN_DISTRICT]-(coarsePlace:Park) RETURN coarsePlace
  } AS coarsePlaces
