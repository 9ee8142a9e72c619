// Enterprises operating in each segment, optionally only those located in a region (incl. sub-regions and parks).
// Parameters: $keys [segment id], $region (district id or null), $first. Returns: key, node (enterprise), rel.
WITH $region AS regionId
// @include region/_places
UNWIND $keys AS key
MATCH (s:ChainSegment {id: key})
CALL (s, places) {
  MATCH (e:Enterprise)-[r:OPERATES_IN]->(s)
  WHERE places IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN e, r ORDER BY CASE WHEN e.hqOutside THEN 1 ELSE 0 END, e.name LIMIT toInteger($first)
}
RETURN key, properties(e) AS node, properties(r) AS rel
