// Links an accepted candidate to the change set that wrote its fact, and the record it wrote (its own, or the one it was merged into).
// Parameters: $id, $changeId, $recordId. Returns: id.
MATCH (c:Candidate {id: $id})
SET c.changeId = $changeId, c.recordId = $recordId
RETURN c.id AS id
