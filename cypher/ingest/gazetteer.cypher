// What an article's places and 三个一批 lists are read against: the region tree (districts with their level, parks with their district) and the 三个一批 periods in the graph.
// Parameters: none. Returns: kind ('district', 'park' or 'event'), id, names, level, district, period.
MATCH (n:District)
RETURN 'district' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, n.level AS level, null AS district, null AS period
UNION ALL
MATCH (n:Park)
OPTIONAL MATCH (n)-[:IN_DISTRICT]->(d:District)
RETURN 'park' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, null AS level, d.id AS district, null AS period
UNION ALL
MATCH (n:Event {kind: 'three_batches'})
RETURN 'event' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, null AS level, null AS district, n.period AS period
