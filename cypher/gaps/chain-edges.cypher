// Supply edges among a chain's segments and their one-step neighbours in other chains.
// Parameters: $chain (chain id). Returns: from, to (segment ids), crossChain (an end lies outside the chain).
MATCH (c:IndustryChain {id: $chain})
WITH c, COLLECT { MATCH (s:ChainSegment)-[:IN_CHAIN]->(c) RETURN s } AS own
MATCH (a:ChainSegment)-[:SUPPLIES]->(b:ChainSegment)
WHERE a IN own OR b IN own
RETURN a.id AS from, b.id AS to, NOT (a IN own AND b IN own) AS crossChain
ORDER BY from, to
