// Projects targeting each segment, optionally only those located in a region.
// Parameters: $keys [segment id], $region (district id or null), $first. Returns: key, node (project), rel.
UNWIND $keys AS key
MATCH (s:ChainSegment {id: key})
CALL (s) {
  MATCH (p:Project)-[r:TARGETS]->(s)
  WHERE $region IS NULL OR EXISTS {
    MATCH (p)-[:LOCATED_IN]->(loc)
    WHERE (loc:District AND EXISTS { (loc)-[:WITHIN*0..]->(:District {id: $region}) })
       OR (loc:Park AND EXISTS { (loc)-[:IN_DISTRICT]->(:District)-[:WITHIN*0..]->(:District {id: $region}) })
  }
  RETURN p, r ORDER BY coalesce(p.totalInvestmentYi, -1) DESC, p.name LIMIT toInteger($first)
}
RETURN key, properties(p) AS node, properties(r) AS rel
