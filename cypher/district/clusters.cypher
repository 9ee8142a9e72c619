// Clusters defined for each region.
// Parameters: $keys [district id]. Returns: key, node.
UNWIND $keys AS key
MATCH (c:Cluster)-[:IN_REGION]->(:District {id: key})
RETURN key, properties(c) AS node
ORDER BY c.kind, c.name
