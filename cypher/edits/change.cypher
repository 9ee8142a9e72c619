// One change set by its id or by the idempotency key that made it.
// Parameters: $id (or null), $idempotencyKey (or null). Returns: change (properties, at as text).
MATCH (c:ChangeSet)
WHERE c.id = $id OR c.idempotencyKey = $idempotencyKey
RETURN c {.*, at: toString(c.at)} AS change
LIMIT 1
