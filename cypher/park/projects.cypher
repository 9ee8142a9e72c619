// Projects located in each park.
// Parameters: $keys [park id], $first. Returns: key, node.
UNWIND $keys AS key
MATCH (k:Park {id: key})
CALL (k) {
  MATCH (p:Project)-[:LOCATED_IN]->(k)
  RETURN p ORDER BY coalesce(p.totalInvestmentYi, -1) DESC, p.name LIMIT toInteger($first)
}
RETURN key, properties(p) AS node
