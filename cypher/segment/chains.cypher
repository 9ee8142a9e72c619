// The chains each segment serves, with its order there.
// Parameters: $keys [segment id]. Returns: key, node (chain), order.
UNWIND $keys AS key
MATCH (:ChainSegment {id: key})-[r:IN_CHAIN]->(c:IndustryChain)
RETURN key, properties(c) AS node, r.order AS order
ORDER BY r.position
