// The segments of each chain in order, upstream first.
// Parameters: $keys [chain id]. Returns: key, node (segment), order.
UNWIND $keys AS key
MATCH (s:ChainSegment)-[r:IN_CHAIN]->(:IndustryChain {id: key})
RETURN key, properties(s) AS node, r.order AS order
ORDER BY r.order
