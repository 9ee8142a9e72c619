// One review candidate by id.
// Parameters: $id. Returns: candidate (properties, dates as text).
MATCH (c:Candidate {id: $id})
RETURN c {.*, createdAt: toString(c.createdAt), decidedAt: toString(c.decidedAt)} AS candidate
