// Enterprises located in each park.
// Parameters: $keys [park id], $first. Returns: key, node.
UNWIND $keys AS key
MATCH (k:Park {id: key})
CALL (k) {
  MATCH (e:Enterprise)-[:LOCATED_IN]->(k)
  RETURN e ORDER BY e.name LIMIT toInteger($first)
}
RETURN key, properties(e) AS node
