// The projects listed in each event (三个一批 period), optionally one list only.
// Parameters: $keys [event id], $list (signed|started|in_production or null), $first. Returns: key, node (project), rel.
UNWIND $keys AS key
MATCH (e:Event {id: key})
CALL (e) {
  MATCH (p:Project)-[r:LISTED_IN]->(e)
  WHERE $list IS NULL OR r.list = $list
  RETURN p, r ORDER BY r.list, coalesce(p.totalInvestmentYi, -1) DESC, p.name LIMIT toInteger($first)
}
RETURN key, properties(p) AS node, properties(r) AS rel
