// Chain segments, optionally of one chain (in chain order) and of one stage.
// Parameters: $chain (chain id or null), $stage (upstream|midstream|downstream or null). Returns: node.
MATCH (s:ChainSegment)
WHERE ($stage IS NULL OR s.stage = $stage)
OPTIONAL MATCH (s)-[r:IN_CHAIN]->(c:IndustryChain {id: $chain})
WITH s, r
WHERE $chain IS NULL OR r IS NOT NULL
RETURN properties(s) AS node
ORDER BY r.order, s.name
LIMIT 1000
