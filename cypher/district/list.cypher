// Regions, optionally the direct children of a parent and/or of one level.
// Parameters: $parent (district id or null), $level (string or null). Returns: node.
MATCH (d:District)
WHERE ($level IS NULL OR d.level = $level)
  AND ($parent IS NULL OR EXISTS { (d)-[:WITHIN]->(:District {id: $parent}) })
RETURN properties(d) AS node
ORDER BY d.level, d.name
LIMIT 1000
