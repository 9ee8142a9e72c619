// How many API keys are in force (not revoked): while there are none, a server on loopback may
// serve anonymous reads.
// Parameters: none
// Returns: n
MATCH (k:ApiKey)
WHERE k.revokedAt IS NULL
RETURN count(k) AS n
