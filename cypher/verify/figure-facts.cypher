// Figures of a given kind about a subject found by name or alias (any kind of node), to check
// curated facts against. Parameters: $facts [{subject, kind}].
// Returns: subject, kind, values [{valueYi, value}] (every matching figure).
UNWIND $facts AS fact
MATCH (s:Entity)
WHERE s.name = fact.subject OR fact.subject IN s.aliases
OPTIONAL MATCH (f:Figure)-[:ABOUT]->(s)
WHERE f.kind = fact.kind
RETURN fact.subject AS subject, fact.kind AS kind, collect({valueYi: f.valueYi, value: f.value}) AS values
