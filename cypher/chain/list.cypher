// All industry chains, by name.
// Parameters: none. Returns: node.
MATCH (c:IndustryChain)
RETURN properties(c) AS node
ORDER BY c.name
