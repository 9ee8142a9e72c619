// Which referenced nodes (by uid) do not exist in the graph: checked before an import writes anything.
// Parameters: $uids [string]. Returns: uid (one row per missing uid).
UNWIND $uids AS u
OPTIONAL MATCH (n:Entity {uid: u})
WITH u, n
WHERE n IS NULL
RETURN u AS uid
