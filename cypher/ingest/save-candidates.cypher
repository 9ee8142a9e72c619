// Puts extracted candidates in the review queue; a candidate already there (the same article ingested again) keeps its status and decision.
// Parameters: $rows [{id, sourceId, factKind, start, end, confidence, proposal, summary}], $at. Returns: created (new candidates).
UNWIND $rows AS row
MERGE (c:Candidate {id: row.id})
ON CREATE SET c += row, c.status = 'pending', c.createdAt = datetime($at), c.created = true
WITH c, coalesce(c.created, false) AS created
REMOVE c.created
RETURN count(CASE WHEN created THEN 1 END) AS created
