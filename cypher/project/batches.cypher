// The 三个一批 listings of each project, with the period event.
// Parameters: $keys [project id]. Returns: key, node (event), rel.
UNWIND $keys AS key
MATCH (:Project {id: key})-[r:LISTED_IN]->(e:Event)
RETURN key, properties(e) AS node, properties(r) AS rel
ORDER BY e.period, r.position
