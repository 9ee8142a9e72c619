// Looks projects up by name or alias and returns what the graph says of them, to check curated
// facts against (test/integration/article-facts.test.ts).
// Parameters: $names [string]. Returns: name, id, districts (names and aliases of its district, directly
// or via its park), investments and outputs (亿元, every cited figure), batches [{period, list}] (listings),
// rosters [{period, list, district [name and aliases]}] (district rosters), enterprises.
UNWIND $names AS name
MATCH (p:Project)
WHERE p.name = name OR name IN p.aliases
RETURN name, p.id AS id,
  [(p)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(d:District) | [d.name] + coalesce(d.aliases, [])] +
  [(p)-[:LOCATED_IN]->(d:District) | [d.name] + coalesce(d.aliases, [])] AS districts,
  [(f:Figure {kind: 'total_investment'})-[:ABOUT]->(p) | f.valueYi] AS investments,
  [(f:Figure {kind: 'output_value'})-[:ABOUT]->(p) | f.valueYi] AS outputs,
  [(p)-[l:LISTED_IN]->(e:Event) | {period: e.period, list: l.list}] AS batches,
  [(p)-[l:IN_ROSTER]->(e:Event) | {period: e.period, list: l.list,
     district: COLLECT { MATCH (d:District {id: l.region}) RETURN [d.name] + coalesce(d.aliases, []) }[0]}] AS rosters,
  [(p)-[:UNDERTAKEN_BY]->(e:Enterprise) | [e.name] + coalesce(e.aliases, [])] AS enterprises
