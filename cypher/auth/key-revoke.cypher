// Revokes an API key by its id; revoking twice keeps the first time.
// Parameters: $id
// Returns: id, name, revokedAt (ISO text); no row when no key has that id
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k.id AS id, k.name AS name, toString(k.revokedAt) AS revokedAt
