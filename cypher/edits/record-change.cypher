// Records one edit as a change set, linked to the record when it still exists.
// Parameters: $change {id, idempotencyKey, payloadHash, at, actorKind, actorId, actorName, reason, operation, label, recordId, entityUid, versionBefore, versionAfter, before, after, provenance, revertOf}. Returns: id.
CREATE (c:ChangeSet)
SET c = $change, c.at = datetime($change.at)
WITH c
OPTIONAL MATCH (n:Entity {uid: $change.entityUid})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | CREATE (c)-[:CHANGED]->(n))
RETURN c.id AS id
