// Every relationship between dataset nodes with its properties, ordered, for a stable checksum.
// Parameters: none. Returns: from, type, to, props.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.uid AS from, type(r) AS type, b.uid AS to, properties(r) AS props
ORDER BY from, type, to, r.key
