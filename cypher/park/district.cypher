// The district each park lies in.
// Parameters: $keys [park id]. Returns: key, node.
UNWIND $keys AS key
MATCH (:Park {id: key})-[:IN_DISTRICT]->(d:District)
RETURN key, properties(d) AS node
