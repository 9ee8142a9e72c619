// The direct sub-regions of each district.
// Parameters: $keys [district id]. Returns: key, node.
UNWIND $keys AS key
MATCH (c:District)-[:WITHIN]->(:District {id: key})
RETURN key, properties(c) AS node
ORDER BY c.name
