// The chain segments each enterprise operates in, with the basis of each mapping.
// Parameters: $keys [enterprise id]. Returns: key, node (segment), rel.
UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[r:OPERATES_IN]->(s:ChainSegment)
RETURN key, properties(s) AS node, properties(r) AS rel
ORDER BY r.position
