// The parent region of each district.
// Parameters: $keys [district id]. Returns: key, node.
UNWIND $keys AS key
MATCH (:District {id: key})-[:WITHIN]->(p:District)
RETURN key, properties(p) AS node
