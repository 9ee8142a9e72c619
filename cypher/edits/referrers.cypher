// What refers to a record other than its own facts: records with a relationship to it (a project's enterprise, a figure's subject through ABOUT, a park's district …; for a source, the facts it evidences), and for a chain segment the segments it supplies (a supply edge belongs to both ends: deleting one end would lose it, and its revert could not bring it back). A record still referred to cannot be deleted.
// Parameters: $uid, $limit. Returns: uid, via (relationship type).
CALL {
  MATCH (m:Entity)-[r]->(n:Entity {uid: $uid})
  WHERE m <> n AND (type(r) <> 'EVIDENCED_BY' OR n:Source)
  RETURN m.uid AS uid, type(r) AS via
  UNION
  MATCH (n:Entity {uid: $uid})-[:SUPPLIES]->(m:Entity)
  WHERE m <> n
  RETURN m.uid AS uid, 'SUPPLIES' AS via
}
RETURN DISTINCT uid, via
ORDER BY uid
LIMIT $limit
