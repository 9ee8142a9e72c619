// The segments that supply each segment (one step upstream), across chains.
// Parameters: $keys [segment id]. Returns: key, node (segment), rel.
UNWIND $keys AS key
MATCH (u:ChainSegment)-[r:SUPPLIES]->(:ChainSegment {id: key})
RETURN key, properties(u) AS node, properties(r) AS rel
ORDER BY u.name
