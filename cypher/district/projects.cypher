// Projects located in each region, its sub-regions or its parks.
// Parameters: $keys [district id], $first. Returns: key, node.
UNWIND $keys AS key
WITH key, key AS regionId
// @include region/_places
CALL (places) {
  UNWIND places AS loc
  MATCH (p:Project)-[:LOCATED_IN]->(loc)
  WITH DISTINCT p
  RETURN p ORDER BY coalesce(p.totalInvestmentYi, -1) DESC, p.name LIMIT toInteger($first)
}
RETURN key, properties(p) AS node
