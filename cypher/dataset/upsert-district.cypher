// Upserts District nodes of a dataset import: MERGE on the unique id, properties replaced by the record's; `version` counts its content changes.
// Parameters: $rows [{uid, id, props, hash}]. Returns: created, updated (counts; unchanged rows count in neither).
UNWIND $rows AS row
MERGE (n:District {id: row.id})
// The node's write lock before reading its version (held to commit): an edit of the record meanwhile went first (its version is read here) or waits for this import.
SET n.importLock = true
WITH n, row, n.contentHash IS NULL AS created, coalesce(n.contentHash <> row.hash, false) AS changed, n.version AS version
SET n = row.props, n:Entity, n.uid = row.uid, n.contentHash = row.hash,
  // The record's version: 1 when created, one more at each change of its content (edits check it).
  n.version = CASE WHEN created THEN 1 WHEN changed THEN coalesce(version, 1) + 1 ELSE coalesce(version, 1) END
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
