// Records an editor's decision on a pending candidate (accepted with the record it wrote, or rejected); a candidate decided already is left as it is. Runs in the accepting edit's transaction, so a dependent candidate always finds the record.
// Parameters: $id, $status, $by, $reason, $changeId, $recordId (or null), $at. Returns: decided (true when this call decided it).
MATCH (c:Candidate {id: $id})
WITH c, c.status = 'pending' AS pending
FOREACH (_ IN CASE WHEN pending THEN [1] ELSE [] END |
  SET c.status = $status, c.decidedBy = $by, c.reason = $reason, c.changeId = $changeId, c.recordId = $recordId, c.decidedAt = datetime($at))
RETURN pending AS decided
