// Marks the rollups a write can change (RollupDirty, one per rollup key), run by the import both
// BEFORE its writes (where the records were) and AFTER them (where they are now), in the same
// transaction; rollups/refresh-* then recompute exactly those and rollups/unmark removes the marks.
// A record touches: its place rollups at every place holding it (rollups/_membership), its segments',
// their chains' and the chains' clusters' rollups at those places. Enterprises bring their group's
// local units (a group's tags and revenue make its units leading); events bring the projects listed
// in them (their effective status follows the lists).
// Enterprises also mark the candidate lists of their segments (rollups/_candidates: graph-wide, by
// their own standing and revenue, wherever they are located).
// Parameters: $enterprises, $projects, $events ([id]). Returns: n (marks).
CALL () {
  UNWIND $enterprises AS id
  MATCH (:Enterprise {id: id})-[:OPERATES_IN]->(s:ChainSegment)
  WITH DISTINCT s
  MERGE (d:RollupDirty {key: 'candidates|' + s.id + '|all'})
  SET d.scope = 'candidates', d.scopeId = s.id, d.placeId = 'all'
}
CALL () {
  UNWIND $enterprises AS id
  MATCH (x:Enterprise {id: id})
  RETURN x
  UNION
  UNWIND $enterprises AS id
  MATCH (x:Enterprise)-[:SUBSIDIARY_OF]->(:Enterprise {id: id})
  RETURN x
  UNION
  UNWIND $projects AS id
  MATCH (x:Project {id: id})
  RETURN x
  UNION
  UNWIND $events AS id
  MATCH (x:Project)-[:LISTED_IN|IN_ROSTER]->(:Event {id: id})
  RETURN x
}
// @include rollups/_membership
WITH x, [m IN memberPlaces | m.id] AS placeIds,
  COLLECT { MATCH (x)-[:OPERATES_IN|TARGETS]->(s:ChainSegment) RETURN DISTINCT s.id AS id } AS segments,
  COLLECT { MATCH (x)-[:OPERATES_IN|TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(c:IndustryChain) RETURN DISTINCT c.id AS id } AS chains,
  COLLECT { MATCH (x)-[:OPERATES_IN|TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(:IndustryChain)<-[:INCLUDES_CHAIN]-(cl:Cluster)
            RETURN DISTINCT cl.id AS id } AS clusters
UNWIND placeIds AS placeId
UNWIND [['place', placeId]] + [k IN segments | ['segment', k]] + [k IN chains | ['chain', k]] + [k IN clusters | ['cluster', k]] AS scope
WITH DISTINCT scope[0] AS scope, scope[1] AS scopeId, placeId
MERGE (d:RollupDirty {key: scope + '|' + scopeId + '|' + placeId})
SET d.scope = scope, d.scopeId = scopeId, d.placeId = placeId
RETURN count(d) AS n
