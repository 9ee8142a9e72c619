// Enterprises operating in each segment, optionally only those located in a region (incl. sub-regions and parks).
// Parameters: $keys [segment id], $region (district id or null), $first. Returns: key, node (enterprise), rel.
UNWIND $keys AS key
MATCH (s:ChainSegment {id: key})
CALL (s) {
  MATCH (e:Enterprise)-[r:OPERATES_IN]->(s)
  WHERE $region IS NULL OR EXISTS {
    MATCH (e)-[:LOCATED_IN]->(loc)
    WHERE (loc:District AND EXISTS { (loc)-[:WITHIN*0..]->(:District {id: $region}) })
       OR (loc:Park AND EXISTS { (loc)-[:IN_DISTRICT]->(:District)-[:WITHIN*0..]->(:District {id: $region}) })
  }
  RETURN e, r ORDER BY CASE WHEN e.hqOutside THEN 1 ELSE 0 END, e.name LIMIT toInteger($first)
}
RETURN key, properties(e) AS node, properties(r) AS rel
