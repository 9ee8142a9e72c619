// How projects moved between 三个一批 lists across periods: for each project matching the filters that
// is listed more than once, its listings in period order; the caller aggregates the transitions.
// Parameters: project/list filters, $limit (Integer). Returns: id, name, steps [{period, list, date}].
WITH $region AS regionId
// @include region/_places
MATCH (p:Project)
WHERE COUNT { (p)-[:LISTED_IN]->() } > 1
WITH p, places
MATCH (p)
// @include project/_filter
WITH p, COLLECT { MATCH (p)-[l:LISTED_IN]->(e:Event) RETURN {period: toInteger(e.period), list: l.list, date: e.date} AS step
                  ORDER BY e.period, CASE l.list WHEN 'signed' THEN 1 WHEN 'started' THEN 2 ELSE 3 END } AS steps
RETURN p.id AS id, p.name AS name, steps
ORDER BY id
LIMIT $limit
