// Deletes a record with its own relationships and spans (what refers to it was checked first).
// Parameters: $uid. Returns: n (nodes deleted).
MATCH (n:Entity {uid: $uid})
DETACH DELETE n
RETURN count(*) AS n
