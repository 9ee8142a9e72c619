// Links imported nodes to the Source articles their facts come from, with the character span.
// Parameters: $rows [{uid, source, start, end, key}]. Returns: n (links written).
UNWIND $rows AS row
MATCH (n:Entity {uid: row.uid})
MATCH (s:Source {id: row.source})
MERGE (n)-[e:EVIDENCED_BY {key: row.key}]->(s)
SET e.start = row.start, e.end = row.end
RETURN count(e) AS n
