// The chain segments each project targets, with the basis of each mapping.
// Parameters: $keys [project id]. Returns: key, node (segment), rel.
UNWIND $keys AS key
MATCH (:Project {id: key})-[r:TARGETS]->(s:ChainSegment)
RETURN key, properties(s) AS node, properties(r) AS rel
ORDER BY r.position
