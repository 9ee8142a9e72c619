// Nodes of one label with their owned outgoing relationships, to write the dataset back out.
// Parameters: $label (e.g. 'Enterprise'). Returns: props, rels [{type, to (uid), props}].
MATCH (n:Entity)
WHERE $label IN labels(n)
RETURN properties(n) AS props,
  [(n)-[r]->(m:Entity) WHERE r.key IS NOT NULL AND type(r) <> 'EVIDENCED_BY' | {type: type(r), to: m.uid, props: properties(r)}] AS rels
ORDER BY n.id
