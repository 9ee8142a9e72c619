// What an article is read against: the region tree (districts with their level, parks with their district), the events (三个一批 periods, fairs), the chains and segments of the taxonomy and the clusters (with their region) in the graph.
// Parameters: none. Returns: kind ('district', 'park', 'event', 'chain', 'cluster' or 'segment'), id, names, level (a district's level, an event's or a cluster's kind), district (a park's or a cluster's region), period, date (an event's).
MATCH (n:District)
RETURN 'district' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, n.level AS level, null AS district, null AS period, null AS date
UNION ALL
MATCH (n:Park)
OPTIONAL MATCH (n)-[:IN_DISTRICT]->(d:District)
RETURN 'park' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, null AS level, d.id AS district, null AS period, null AS date
UNION ALL
MATCH (n:Event)
RETURN 'event' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, n.kind AS level, null AS district, n.period AS period, n.date AS date
UNION ALL
MATCH (n:IndustryChain)
RETURN 'chain' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, null AS level, null AS district, null AS period, null AS date
UNION ALL
MATCH (n:Cluster)
OPTIONAL MATCH (n)-[:IN_REGION]->(d:District)
RETURN 'cluster' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, n.kind AS level, d.id AS district, null AS period, null AS date
UNION ALL
MATCH (n:ChainSegment)
RETURN 'segment' AS kind, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, null AS level, null AS district, null AS period, null AS date
