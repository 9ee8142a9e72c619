// Upserts :LEADING_FIRM_OF relationships of a dataset import, keyed per owner by r.key.
// Parameters: $rows [{from (uid), to (uid), key, props}]. Returns: n (relationships written).
UNWIND $rows AS row
MATCH (a:Entity {uid: row.from})
MATCH (b:Entity {uid: row.to})
MERGE (a)-[r:LEADING_FIRM_OF {key: row.key}]->(b)
SET r = row.props, r.key = row.key
RETURN count(r) AS n
