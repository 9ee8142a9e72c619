// The names and aliases of projects and enterprises, for matching the subjects of extracted figures in an article's text.
// Parameters: none. Returns: kind ('project' or 'enterprise'), id, names.
MATCH (n:Project)
RETURN 'project' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names
UNION ALL
MATCH (n:Enterprise)
RETURN 'enterprise' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names
