// Clusters found by name or alias with their kind, to check curated groupings against.
// Parameters: $names [string]. Returns: name, kind.
UNWIND $names AS name
MATCH (c:Cluster)
WHERE c.name = name OR name IN c.aliases
RETURN name, c.kind AS kind
