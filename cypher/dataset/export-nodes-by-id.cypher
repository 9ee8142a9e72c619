// Some nodes of one label with their owned outgoing relationships, as export-nodes reads them.
// Parameters: $label (e.g. 'Enterprise'), $ids. Returns: props (with version), rels [{type, to (uid), props}].
MATCH (n:Entity)
WHERE n.id IN $ids AND $label IN labels(n)
RETURN properties(n) AS props,
  [(n)-[r]->(m:Entity) WHERE r.key IS NOT NULL AND type(r) <> 'EVIDENCED_BY' | {type: type(r), to: m.uid, props: properties(r)}] AS rels
ORDER BY n.id
