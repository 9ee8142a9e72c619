// The API key with this hash, revoked or not (the caller refuses revoked keys).
// Parameters: $hash (hex SHA-256 of the key a request presented)
// Returns: id, name, role, ratePerMinute, revoked (boolean), lastUsedAt (ISO text or null)
MATCH (k:ApiKey {hash: $hash})
RETURN
  k.id AS id,
  k.name AS name,
  k.role AS role,
  k.ratePerMinute AS ratePerMinute,
  k.revokedAt IS NOT NULL AS revoked,
  toString(k.lastUsedAt) AS lastUsedAt
