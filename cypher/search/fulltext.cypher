// Chinese full-text search over names and aliases (cjk bigrams; the query is a quoted phrase, so it
// matches substrings of names). Exact and prefix matches rank first, then Lucene's score.
// Parameters: $query (escaped, quoted phrase), $text (raw text), $labels [label], $limit (Integer).
// Returns: node, labels, score, matched (the name or alias that contains the text).
CALL db.index.fulltext.queryNodes('name_fulltext', $query, {limit: $limit * 4}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels] AS labels
WHERE size(labels) > 0
WITH node, score, labels,
  [n IN [node.name] + coalesce(node.aliases, []) WHERE n CONTAINS $text] AS hits
WITH node, score, labels, coalesce(hits[0], node.name) AS matched,
  CASE WHEN node.name = $text OR $text IN coalesce(node.aliases, []) THEN 2
       WHEN any(n IN [node.name] + coalesce(node.aliases, []) WHERE n STARTS WITH $text) THEN 1
       ELSE 0 END AS rank
RETURN properties(node) AS node, labels, score + rank * 10 AS score, matched
ORDER BY score DESC, size(node.name), node.id
LIMIT $limit
