// Enterprises located in each region, its sub-regions or its parks.
// Parameters: $keys [district id], $first. Returns: key, node.
UNWIND $keys AS key
WITH key, key AS regionId
// @include region/_places
CALL (places) {
  UNWIND places AS loc
  MATCH (e:Enterprise)-[:LOCATED_IN]->(loc)
  WITH DISTINCT e
  RETURN e ORDER BY e.name LIMIT toInteger($first)
}
RETURN key, properties(e) AS node
