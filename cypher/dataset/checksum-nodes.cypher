// Every dataset node's labels and properties, ordered, for a stable checksum of the graph.
// Parameters: none. Returns: uid, labels, props.
MATCH (n:Entity)
RETURN n.uid AS uid, [l IN labels(n) | l] AS labels, properties(n) AS props
ORDER BY uid
