// Records when keys were last used (called at most once a minute per key and app instance).
// Parameters: $ids (list of key ids)
// Returns: n (keys updated)
UNWIND $ids AS id
MATCH (k:ApiKey {id: id})
SET k.lastUsedAt = datetime()
RETURN count(k) AS n
