// Records a new API key by its id. Idempotent: a second run with the same id changes nothing.
// Only the key's SHA-256 hash is stored, never the key.
// Parameters: $id (public id), $hash (hex SHA-256 of the key), $name, $role (reader|editor|admin),
//   $ratePerMinute (null: the server's default)
// Returns: id, name, role, createdAt (ISO text), created (false when the id already existed)
MERGE (k:ApiKey {id: $id})
  ON CREATE
  SET
    k.hash = $hash,
    k.name = $name,
    k.role = $role,
    k.ratePerMinute = $ratePerMinute,
    k.createdAt = datetime(),
    k._new = true
WITH k, coalesce(k._new, false) AS created
REMOVE k._new
RETURN k.id AS id, k.name AS name, k.role AS role, toString(k.createdAt) AS createdAt, created
