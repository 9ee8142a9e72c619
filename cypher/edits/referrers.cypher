// What refers to a record other than its own facts: records with a relationship to it (a project's enterprise, a figure's subject through ABOUT, a park's district …; for a source, the facts it evidences). A record still referred to cannot be deleted.
// Parameters: $uid, $limit. Returns: uid, via (relationship type).
MATCH (m:Entity)-[r]->(n:Entity {uid: $uid})
WHERE m <> n AND (type(r) <> 'EVIDENCED_BY' OR n:Source)
RETURN DISTINCT m.uid AS uid, type(r) AS via
ORDER BY uid
LIMIT $limit
