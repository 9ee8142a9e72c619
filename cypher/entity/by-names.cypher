// Nodes of one label by exact name or alias, batched; exact names rank before aliases. Candidates
// come from the cjk full-text index (a quoted phrase of the name), then must match exactly, so the
// look-up stays an index query however large the graph. Full- and half-width forms are the same name:
// keys come NFKC-normalised (src/graphql/args.ts nameArg) and stored names are compared NFKC-normalised
// (the cjk analyzer already folds widths when finding candidates).
// Parameters: $label, $keys [name]. Returns: key, node (best match first).
UNWIND $keys AS key
CALL db.index.fulltext.queryNodes('name_fulltext', '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"', {limit: 1000})
YIELD node AS n
WITH key, n
WITH key, n, normalize(n.name, NFKC) = key AS byName
WHERE $label IN labels(n) AND (byName OR any(a IN coalesce(n.aliases, []) WHERE normalize(a, NFKC) = key))
RETURN key, properties(n) AS node
ORDER BY key, CASE WHEN byName THEN 0 ELSE 1 END, n.id
