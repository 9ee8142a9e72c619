// Nodes by uid ("<Label>:<id>"), batched for DataLoader.
// Parameters: $keys [uid]. Returns: key, node.
UNWIND $keys AS key
MATCH (n:Entity {uid: key})
RETURN key, properties(n) AS node
