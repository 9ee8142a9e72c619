// Records one applied setup file in the ledger (idempotent on the key).
// Parameters: $id (setup key), $checksum (sha256 of the file). Returns: id.
MERGE (m:Migration {id: $id})
ON CREATE SET m.firstAppliedAt = datetime()
SET m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.id AS id
