// Upserts IndustryChain nodes of a dataset import: MERGE on the unique id, properties replaced by the record's.
// Parameters: $rows [{uid, id, props, hash}]. Returns: created, updated (counts; unchanged rows count in neither).
UNWIND $rows AS row
MERGE (n:IndustryChain {id: row.id})
WITH n, row, n.contentHash IS NULL AS created, coalesce(n.contentHash <> row.hash, false) AS changed
SET n = row.props, n:Entity, n.uid = row.uid, n.contentHash = row.hash
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
