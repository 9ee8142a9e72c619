// The region (District) each cluster or event belongs to.
// Parameters: $keys [uid]. Returns: key, node.
UNWIND $keys AS key
MATCH (:Entity {uid: key})-[:IN_REGION]->(d:District)
RETURN key, properties(d) AS node
