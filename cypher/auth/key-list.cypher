// Every API key, newest first, without its hash.
// Parameters: none
// Returns: id, name, role, ratePerMinute, createdAt, lastUsedAt, revokedAt (ISO text or null)
MATCH (k:ApiKey)
RETURN
  k.id AS id,
  k.name AS name,
  k.role AS role,
  k.ratePerMinute AS ratePerMinute,
  toString(k.createdAt) AS createdAt,
  toString(k.lastUsedAt) AS lastUsedAt,
  toString(k.revokedAt) AS revokedAt
ORDER BY k.createdAt DESC, k.id
