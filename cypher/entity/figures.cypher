// Figures about each node (any kind of subject), optionally of given kinds.
// Parameters: $keys [uid], $kinds [string] or null. Returns: key, node.
UNWIND $keys AS key
MATCH (:Entity {uid: key})<-[:ABOUT]-(f:Figure)
WHERE $kinds IS NULL OR f.kind IN $kinds
RETURN key, properties(f) AS node
ORDER BY f.kind, f.year, f.id
