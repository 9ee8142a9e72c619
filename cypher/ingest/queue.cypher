// The review queue: candidates by status (and source, fact kind), in the order of the text.
// Parameters: $status, $sourceId (or null), $factKind (or null), $limit. Returns: candidate (properties, dates as text).
MATCH (c:Candidate {status: $status})
WHERE ($sourceId IS NULL OR c.sourceId = $sourceId) AND ($factKind IS NULL OR c.factKind = $factKind)
RETURN c {.*, createdAt: toString(c.createdAt), decidedAt: toString(c.decidedAt)} AS candidate
ORDER BY c.sourceId, c.start
LIMIT $limit
