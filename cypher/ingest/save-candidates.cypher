// Puts extracted candidates in the review queue; a candidate already there (the same article ingested again) keeps its status and decision, and, while still pending, takes the extractor's current proposal.
// Parameters: $rows [{id, sourceId, factKind, start, end, confidence, proposal, summary}], $at. Returns: created (new candidates).
UNWIND $rows AS row
MERGE (c:Candidate {id: row.id})
ON CREATE SET c += row, c.status = 'pending', c.createdAt = datetime($at), c.created = true
ON MATCH SET
  c.proposal = CASE WHEN c.status = 'pending' THEN row.proposal ELSE c.proposal END,
  c.summary = CASE WHEN c.status = 'pending' THEN row.summary ELSE c.summary END,
  c.confidence = CASE WHEN c.status = 'pending' THEN row.confidence ELSE c.confidence END
WITH c, coalesce(c.created, false) AS created
REMOVE c.created
RETURN count(CASE WHEN created THEN 1 END) AS created
