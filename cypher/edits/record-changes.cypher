// Records a batch of edits (a list import's firms) as change sets, each linked to its record.
// Parameters: $changes [{id, idempotencyKey, payloadHash, at, actorKind, actorId, actorName, reason, operation, label, recordId, entityUid, versionBefore, versionAfter, before, after, provenance, revertOf}]. Returns: n (change sets recorded).
UNWIND $changes AS change
CREATE (c:ChangeSet)
SET c = change, c.at = datetime(change.at)
WITH c, change
OPTIONAL MATCH (n:Entity {uid: change.entityUid})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | CREATE (c)-[:CHANGED]->(n))
RETURN count(c) AS n
