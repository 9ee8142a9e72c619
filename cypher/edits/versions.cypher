// Under a batch's locks: the version of each of its records now (null when absent), for the batch to check against the versions it was based on.
// Parameters: $uids. Returns: uid, version (null when absent).
UNWIND $uids AS uid
OPTIONAL MATCH (n:Entity {uid: uid})
RETURN uid, CASE WHEN n IS NULL THEN null ELSE coalesce(n.version, 1) END AS version
