// Inside an edit's transaction, before its writes: the record's version now and the change set an idempotency key already names.
// Parameters: $uid (the record's uid), $idempotencyKey (or null). Returns: version (null when absent), applied (the change set's id, or null).
OPTIONAL MATCH (n:Entity {uid: $uid})
OPTIONAL MATCH (c:ChangeSet {idempotencyKey: $idempotencyKey})
RETURN n.version AS version, n IS NOT NULL AS exists, c.id AS applied
