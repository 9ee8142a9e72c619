// The park of each enterprise or project.
// Parameters: $keys [uid]. Returns: key, node.
UNWIND $keys AS key
MATCH (:Entity {uid: key})-[:LOCATED_IN]->(k:Park)
RETURN key, properties(k) AS node
