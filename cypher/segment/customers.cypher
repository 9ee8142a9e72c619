// The segments each segment supplies (one step downstream), across chains.
// Parameters: $keys [segment id]. Returns: key, node (segment), rel.
UNWIND $keys AS key
MATCH (:ChainSegment {id: key})-[r:SUPPLIES]->(d:ChainSegment)
RETURN key, properties(d) AS node, properties(r) AS rel
ORDER BY d.name
