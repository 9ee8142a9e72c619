// Nodes of one label by exact name or alias, batched; exact names rank before aliases.
// Parameters: $label, $keys [name]. Returns: key, node (best match first).
UNWIND $keys AS key
MATCH (n:Entity)
WHERE $label IN labels(n) AND (n.name = key OR key IN n.aliases)
RETURN key, properties(n) AS node
ORDER BY key, CASE WHEN n.name = key THEN 0 ELSE 1 END, n.id
