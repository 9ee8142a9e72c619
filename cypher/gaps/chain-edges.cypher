// Supply edges among each chain's segments and their one-step neighbours in other chains.
// Parameters: $chains [chain id] (several in one statement). Returns: chainId, from, to (segment
// ids), crossChain (an end lies outside that chain).
UNWIND $chains AS chainId
MATCH (c:IndustryChain {id: chainId})
WITH c, COLLECT { MATCH (s:ChainSegment)-[:IN_CHAIN]->(c) RETURN s } AS own
MATCH (a:ChainSegment)-[:SUPPLIES]->(b:ChainSegment)
WHERE a IN own OR b IN own
RETURN c.id AS chainId, a.id AS from, b.id AS to, NOT (a IN own AND b IN own) AS crossChain
ORDER BY chainId, from, to
