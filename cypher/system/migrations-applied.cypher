// The setup files already applied to this database, from the migration ledger.
// Parameters: none. Returns: id (setup key), checksum (sha256 of the file).
MATCH (m:Migration)
RETURN m.id AS id, m.checksum AS checksum
