// Nodes of one label by exact name or alias, batched; exact names rank before aliases. Candidates
// come from the cjk full-text index (a quoted phrase of the name), then must match exactly, so the
// look-up stays an index query however large the graph.
// Parameters: $label, $keys [name]. Returns: key, node (best match first).
UNWIND $keys AS key
CALL db.index.fulltext.queryNodes('name_fulltext', '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"', {limit: 1000})
YIELD node AS n
WITH key, n
WHERE $label IN labels(n) AND (n.name = key OR key IN coalesce(n.aliases, []))
RETURN key, properties(n) AS node
ORDER BY key, CASE WHEN n.name = key THEN 0 ELSE 1 END, n.id
