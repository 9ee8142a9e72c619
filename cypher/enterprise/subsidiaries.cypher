// The local units of each enterprise group.
// Parameters: $keys [enterprise id]. Returns: key, node.
UNWIND $keys AS key
MATCH (s:Enterprise)-[:SUBSIDIARY_OF]->(:Enterprise {id: key})
RETURN key, properties(s) AS node
ORDER BY s.name
