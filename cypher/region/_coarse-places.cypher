// Fragment: where a firm is "located only at a coarser level" than region R: the ancestors of R in the
// region tree (District)<-[:WITHIN*1..]-(R), and the parks IN_DISTRICT of those ancestors (a park known
// only to be in 郑州市 could lie in R). A firm located there, and not in R's places, could be in R.
// Input: `regionId` in scope (a district id).
// Binds: `coarsePlaces`, the list of those District and Park nodes.
WITH *, COLLECT {
    MATCH (:District {id: regionId})-[:WITHIN*1..]->(coarsePlace:District) RETURN coarsePlace
    UNION
    MATCH (:District {id: regionId})-[:WITHIN*1..]->(:District)<-[:IN_DISTRICT]-(coarsePlace:Park) RETURN coarsePlace
  } AS coarsePlaces
