// Walks supply edges upstream or downstream from a segment, an enterprise or a project, up to a depth
// (at most 4): from an enterprise or project through the segments it operates in / targets, and for an
// enterprise also along its firm-to-firm supply links. Returns the paths, shortest first.
// Parameters: $uid (start node, "<Label>:<id>"), $direction ('UPSTREAM' | 'DOWNSTREAM'), $depth (1–4), $limit (Integer).
// Returns: nodes [{kind, id, name}], rels [type], length.
MATCH (start:Entity {uid: $uid})
CALL (start) {
  MATCH p = (start)-[:OPERATES_IN|TARGETS]->(s:ChainSegment)-[:SUPPLIES*1..4]->(:ChainSegment)
  WHERE $direction = 'DOWNSTREAM' AND length(p) - 1 <= $depth
  RETURN p
  UNION
  MATCH p = (start)-[:OPERATES_IN|TARGETS]->(s:ChainSegment)<-[:SUPPLIES*1..4]-(:ChainSegment)
  WHERE $direction = 'UPSTREAM' AND length(p) - 1 <= $depth
  RETURN p
  UNION
  MATCH p = (start:ChainSegment)-[:SUPPLIES*1..4]->(:ChainSegment)
  WHERE $direction = 'DOWNSTREAM' AND length(p) <= $depth
  RETURN p
  UNION
  MATCH p = (start:ChainSegment)<-[:SUPPLIES*1..4]-(:ChainSegment)
  WHERE $direction = 'UPSTREAM' AND length(p) <= $depth
  RETURN p
  UNION
  MATCH p = (start:Enterprise)-[:SUPPLIES_TO*1..4]->(:Enterprise)
  WHERE $direction = 'DOWNSTREAM' AND length(p) <= $depth
  RETURN p
  UNION
  MATCH p = (start:Enterprise)<-[:SUPPLIES_TO*1..4]-(:Enterprise)
  WHERE $direction = 'UPSTREAM' AND length(p) <= $depth
  RETURN p
}
WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
LIMIT $limit
RETURN [n IN nodes(p) | {kind: [l IN labels(n) WHERE l <> 'Entity'][0], id: n.id, name: n.name}] AS nodes,
  [r IN relationships(p) | type(r)] AS rels, length(p) AS length
