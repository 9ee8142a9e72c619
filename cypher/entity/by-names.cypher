// Nodes of one label by exact name or alias, batched; one row per key, the best match: a node whose
// stored name is the key (lowest id first), else one whose NFKC-normalised name or an alias is.
// The stored name is one seek of the entity_name index. Only a key that no node of the label bears
// as its stored name goes to the cjk full-text index (a quoted phrase of the name), whose candidates
// must then match exactly. Full- and half-width forms are the same name: keys come NFKC-normalised
// (src/graphql/args.ts nameArg) and stored names and aliases are compared NFKC-normalised there.
// Parameters: $label, $keys [name]. Returns: key, node.
UNWIND $keys AS key
OPTIONAL CALL (key) {
  MATCH (n:Entity {name: key})
  WHERE $label IN labels(n)
  RETURN n AS exact
  ORDER BY n.id
  LIMIT 1
}
CALL (key, exact) {
  WITH exact
  WHERE exact IS NOT NULL
  RETURN exact AS hit
  UNION
  WITH key, exact
  WHERE exact IS NULL
  CALL db.index.fulltext.queryNodes('name_fulltext', '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"', {limit: 1000})
  YIELD node AS n
  WITH key, n, normalize(n.name, NFKC) = key AS byName
  WHERE $label IN labels(n) AND (byName OR any(a IN coalesce(n.aliases, []) WHERE normalize(a, NFKC) = key))
  RETURN n AS hit
  ORDER BY CASE WHEN byName THEN 0 ELSE 1 END, n.id
  LIMIT 1
}
RETURN key, properties(hit) AS node
ORDER BY key
