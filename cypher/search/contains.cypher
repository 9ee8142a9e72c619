// Search for one-character (or other unindexable) text: names or aliases containing it, via a scan
// bounded by $limit. Exact and prefix matches first, then shorter names.
// Parameters: $text, $labels [label], $limit (Integer). Returns: node, labels, score, matched.
MATCH (node:Entity)
WHERE any(l IN labels(node) WHERE l IN $labels)
  AND (node.name CONTAINS $text OR any(a IN coalesce(node.aliases, []) WHERE a CONTAINS $text))
WITH node, [l IN labels(node) WHERE l IN $labels] AS labels,
  [n IN [node.name] + coalesce(node.aliases, []) WHERE n CONTAINS $text] AS hits
WITH node, labels, hits[0] AS matched,
  CASE WHEN node.name = $text OR $text IN coalesce(node.aliases, []) THEN 2
       WHEN any(n IN hits WHERE n STARTS WITH $text) THEN 1 ELSE 0 END AS rank
RETURN properties(node) AS node, labels, toFloat(rank) * 10 + 1.0 / size(matched) AS score, matched
ORDER BY score DESC, size(node.name), node.id
LIMIT $limit
