// The chains each cluster includes.
// Parameters: $keys [cluster id]. Returns: key, node (chain).
UNWIND $keys AS key
MATCH (:Cluster {id: key})-[r:INCLUDES_CHAIN]->(c:IndustryChain)
RETURN key, properties(c) AS node
ORDER BY r.position
