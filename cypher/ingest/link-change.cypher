// Links an accepted candidate to the change set that wrote its fact.
// Parameters: $id, $changeId. Returns: id.
MATCH (c:Candidate {id: $id})
SET c.changeId = $changeId
RETURN c.id AS id
