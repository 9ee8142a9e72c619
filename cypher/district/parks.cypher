// Parks in each region, including its sub-regions.
// Parameters: $keys [district id], $first. Returns: key, node.
UNWIND $keys AS key
MATCH (r:District {id: key})
CALL (r) {
  MATCH (k:Park)-[:IN_DISTRICT]->(d:District)-[:WITHIN*0..]->(r)
  RETURN k ORDER BY k.name LIMIT toInteger($first)
}
RETURN key, properties(k) AS node
