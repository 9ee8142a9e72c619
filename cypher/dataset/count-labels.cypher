// Node counts per label of the dataset (Entity nodes), for import summaries and tests.
// Parameters: none. Returns: label, n.
MATCH (n:Entity)
UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
RETURN label, count(*) AS n
ORDER BY label
