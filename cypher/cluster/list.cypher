// Clusters, optionally of one kind and defined for a region or its sub-regions.
// Parameters: $kind (string or null), $region (district id or null). Returns: node.
WITH $region AS regionId
// @include region/_places
MATCH (c:Cluster)
WHERE ($kind IS NULL OR c.kind = $kind)
  AND (places IS NULL OR EXISTS { (c)-[:IN_REGION]->(loc) WHERE loc IN places })
RETURN properties(c) AS node
ORDER BY c.kind, c.name
LIMIT 1000
