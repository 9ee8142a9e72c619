// The group each enterprise belongs to.
// Parameters: $keys [enterprise id]. Returns: key, node.
UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[:SUBSIDIARY_OF]->(g:Enterprise)
RETURN key, properties(g) AS node
