// Enterprises located in each region, its sub-regions or its parks.
// Parameters: $keys [district id], $first. Returns: key, node.
UNWIND $keys AS key
MATCH (r:District {id: key})
CALL (r) {
  MATCH (e:Enterprise)-[:LOCATED_IN]->(loc)
  WHERE (loc:District AND EXISTS { (loc)-[:WITHIN*0..]->(r) })
     OR (loc:Park AND EXISTS { (loc)-[:IN_DISTRICT]->(:District)-[:WITHIN*0..]->(r) })
  WITH DISTINCT e
  RETURN e ORDER BY e.name LIMIT toInteger($first)
}
RETURN key, properties(e) AS node
