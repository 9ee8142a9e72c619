// All source articles.
// Parameters: none. Returns: node.
MATCH (s:Source)
RETURN properties(s) AS node
ORDER BY s.id
