// The places a list row may name: districts (below the province level) and parks, with their names, aliases and, for a park, its district.
// Parameters: none. Returns: id, name, aliases, level ('park' for a park), district (a park's district id, else null).
MATCH (d:District)
WHERE NOT d.level IN ['country', 'province']
RETURN d.id AS id, d.name AS name, coalesce(d.aliases, []) AS aliases, d.level AS level, null AS district
UNION ALL
MATCH (p:Park)
OPTIONAL MATCH (p)-[:IN_DISTRICT]->(d:District)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, 'park' AS level, d.id AS district
