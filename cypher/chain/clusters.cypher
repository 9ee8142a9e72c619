// The clusters that include each chain.
// Parameters: $keys [chain id]. Returns: key, node (cluster).
UNWIND $keys AS key
MATCH (c:Cluster)-[:INCLUDES_CHAIN]->(:IndustryChain {id: key})
RETURN key, properties(c) AS node
ORDER BY c.name
