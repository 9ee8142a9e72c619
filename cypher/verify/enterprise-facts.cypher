// Looks enterprises up by name or alias and returns what the graph says of their location and standing,
// to check curated facts against (test/integration/article-facts.test.ts).
// Parameters: $names [string]. Returns: name, id, districts (names and aliases of its district, directly
// or via its park), parks (names and aliases), leadingIn (names and aliases of the regions where it is
// described as a leading firm), designations (how many 链主 designations it has).
UNWIND $names AS name
MATCH (e:Enterprise)
WHERE e.name = name OR name IN e.aliases
RETURN name, e.id AS id,
  [(e)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(d:District) | [d.name] + coalesce(d.aliases, [])] +
  [(e)-[:LOCATED_IN]->(d:District) | [d.name] + coalesce(d.aliases, [])] AS districts,
  [(e)-[:LOCATED_IN]->(k:Park) | [k.name] + coalesce(k.aliases, [])] AS parks,
  [(e)-[l:LEADING_FIRM_OF]->(:IndustryChain) |
    COLLECT { MATCH (d:District {id: l.region}) RETURN [d.name] + coalesce(d.aliases, []) }[0]] AS leadingIn,
  COUNT { (e)-[:LEADS]->(:IndustryChain) } AS designations
