// The district rosters each project appears in: a district's whole 三个一批 portfolio as reported at a
// period, each project on its current list. Not listings (project/batches): a roster says which list a
// project is on as of that period, not that it was listed in that period.
// Parameters: $keys [project id]. Returns: key, node (event), region (district reporting it), rel.
UNWIND $keys AS key
MATCH (:Project {id: key})-[r:IN_ROSTER]->(e:Event)
OPTIONAL MATCH (d:District {id: r.region})
RETURN key, properties(e) AS node, properties(d) AS region, properties(r) AS rel
ORDER BY e.period, r.position
