// Projects targeting each segment, optionally only those located in a region.
// Parameters: $keys [segment id], $region (district id or null), $first. Returns: key, node (project), rel.
WITH $region AS regionId
// @include region/_places
UNWIND $keys AS key
MATCH (s:ChainSegment {id: key})
CALL (s, places) {
  MATCH (p:Project)-[r:TARGETS]->(s)
  WHERE places IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN p, r ORDER BY coalesce(p.totalInvestmentYi, -1) DESC, p.name LIMIT toInteger($first)
}
RETURN key, properties(p) AS node, properties(r) AS rel
