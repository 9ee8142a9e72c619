// Relationship counts per type between dataset nodes, for import summaries and tests.
// Parameters: none. Returns: type, n.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS n
ORDER BY type
