// The enterprises undertaking each project, with their role.
// Parameters: $keys [project id]. Returns: key, node (enterprise), rel.
UNWIND $keys AS key
MATCH (:Project {id: key})-[r:UNDERTAKEN_BY]->(e:Enterprise)
RETURN key, properties(e) AS node, properties(r) AS rel
ORDER BY r.position
