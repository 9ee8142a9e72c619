// Recomputes derived project fields after an import: headline total investment and output value
// (亿元, from the earliest-cited figure of each kind), the effective status (stated status, else the
// latest 三个一批 list or roster list) and the latest period it was listed in.
// Only the projects an import touched ($ids: the projects of the bundle and those its figures are
// about), so an incremental chunk costs what it holds; $ids null recomputes every project (after a
// bulk load, or when an import changes events, whose periods every listed project depends on).
// Parameters: $ids ([project id] or null). Returns: n (projects updated).
CALL () {
  WITH 1 AS all WHERE $ids IS NULL
  MATCH (p:Project)
  RETURN p
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (p:Project {id: id})
  RETURN p
}
CALL (p) {
  OPTIONAL MATCH (f:Figure {kind: 'total_investment'})-[:ABOUT]->(p)
  WITH f ORDER BY f.evidence[0], f.id
  RETURN collect(f.valueYi)[0] AS invest
}
CALL (p) {
  OPTIONAL MATCH (f:Figure {kind: 'output_value'})-[:ABOUT]->(p)
  WITH f ORDER BY f.evidence[0], f.id
  RETURN collect(f.valueYi)[0] AS output
}
CALL (p) {
  // A district's roster (IN_ROSTER) states the list a project is on at that period, so it counts
  // for the status; it is not a listing, so it does not count for latestPeriod.
  OPTIONAL MATCH (p)-[l:LISTED_IN|IN_ROSTER]->(e:Event)
  WITH l, e ORDER BY e.period DESC, e.date DESC,
    CASE l.list WHEN 'in_production' THEN 3 WHEN 'started' THEN 2 ELSE 1 END DESC
  RETURN collect(l.list)[0] AS latestList,
    max(CASE WHEN type(l) = 'LISTED_IN' THEN e.period END) AS latestPeriod
}
SET p.totalInvestmentYi = invest,
    p.outputValueYi = output,
    p.latestPeriod = latestPeriod,
    p.effectiveStatus = coalesce(p.status,
      CASE latestList WHEN 'signed' THEN 'signed' WHEN 'started' THEN 'under_construction'
        WHEN 'in_production' THEN 'in_production' END)
RETURN count(p) AS n
