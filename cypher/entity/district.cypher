// The district of each enterprise or project: stated directly, else through its park.
// Parameters: $keys [uid]. Returns: key, node.
UNWIND $keys AS key
MATCH (n:Entity {uid: key})
CALL (n) {
  OPTIONAL MATCH (n)-[:LOCATED_IN]->(d:District)
  OPTIONAL MATCH (n)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(pd:District)
  RETURN coalesce(d, pd) AS d LIMIT 1
}
WITH key, d WHERE d IS NOT NULL
RETURN key, properties(d) AS node
