// Some review candidates by id (those a candidate depends on: the new enterprise or period its project names).
// Parameters: $ids. Returns: candidate (properties, dates as text).
MATCH (c:Candidate)
WHERE c.id IN $ids
RETURN c {.*, createdAt: toString(c.createdAt), decidedAt: toString(c.decidedAt)} AS candidate
