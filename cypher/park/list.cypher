// Parks, optionally those in a region and its sub-regions.
// Parameters: $region (district id or null). Returns: node.
MATCH (k:Park)
WHERE $region IS NULL OR EXISTS { (k)-[:IN_DISTRICT]->(:District)-[:WITHIN*0..]->(:District {id: $region}) }
RETURN properties(k) AS node
ORDER BY k.name
LIMIT 1000
