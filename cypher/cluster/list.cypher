// Clusters, optionally of one kind and defined for a region or its sub-regions.
// Parameters: $kind (string or null), $region (district id or null). Returns: node.
MATCH (c:Cluster)
WHERE ($kind IS NULL OR c.kind = $kind)
  AND ($region IS NULL OR EXISTS { (c)-[:IN_REGION]->(:District)-[:WITHIN*0..]->(:District {id: $region}) })
RETURN properties(c) AS node
ORDER BY c.kind, c.name
LIMIT 1000
