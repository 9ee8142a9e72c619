// Nodes of one label by exact name or alias, batched; one row per key, the best match, in this
// order: a node whose stored name is the key, one with the key among its stored aliases, one whose
// name or an alias is the key once NFKC-normalised (full- and half-width forms are the same name);
// the lowest id first within each. Keys come NFKC-normalised (src/graphql/args.ts nameArg).
// Each step runs only for keys the previous ones did not find: the stored name is one seek of the
// entity_name index, the stored alias one term of the alias_exact keyword index; only what neither
// knows goes to the cjk full-text index (a quoted phrase), whose candidates must then match exactly.
// Parameters: $label, $keys [name]. Returns: key, node.
UNWIND $keys AS key
WITH key, '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"' AS phrase
OPTIONAL CALL (key) {
  MATCH (n:Entity {name: key})
  WHERE $label IN labels(n)
  RETURN n AS byName
  ORDER BY n.id
  LIMIT 1
}
OPTIONAL CALL (key, phrase, byName) {
  WITH key, phrase WHERE byName IS NULL
  CALL db.index.fulltext.queryNodes('alias_exact', phrase, {limit: 1000})
  YIELD node AS n
  WITH key, n WHERE $label IN labels(n) AND key IN coalesce(n.aliases, [])
  RETURN n AS byAlias
  ORDER BY n.id
  LIMIT 1
}
CALL (key, phrase, byName, byAlias) {
  WITH byName, byAlias WHERE byName IS NOT NULL OR byAlias IS NOT NULL
  RETURN coalesce(byName, byAlias) AS hit
  UNION
  WITH key, phrase WHERE byName IS NULL AND byAlias IS NULL
  CALL db.index.fulltext.queryNodes('name_fulltext', phrase, {limit: 1000})
  YIELD node AS n
  WITH key, n, normalize(n.name, NFKC) = key AS normalisedName
  WHERE $label IN labels(n) AND (normalisedName OR any(a IN coalesce(n.aliases, []) WHERE normalize(a, NFKC) = key))
  RETURN n AS hit
  ORDER BY CASE WHEN normalisedName THEN 0 ELSE 1 END, n.id
  LIMIT 1
}
RETURN key, properties(hit) AS node
ORDER BY key
