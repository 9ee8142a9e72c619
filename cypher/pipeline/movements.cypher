// How projects moved between 三个一批 lists across periods: for each project matching the filters with
// more than one step, its listings and district-roster entries in period order (a roster step says which
// list the project was on as of that period, not that it was listed then: `roster` marks it).
// Parameters: project/list filters, $limit (Integer). Returns: id, name, steps [{period, list, date, roster}].
WITH $region AS regionId
// @include region/_places
// @include project/_start
WITH p, places WHERE COUNT { (p)-[:LISTED_IN|IN_ROSTER]->() } > 1
MATCH (p)
// @include project/_filter
WITH p, COLLECT { MATCH (p)-[l:LISTED_IN|IN_ROSTER]->(e:Event)
                  RETURN {period: toInteger(e.period), list: l.list, date: e.date, roster: type(l) = 'IN_ROSTER'} AS step
                  ORDER BY e.period, CASE l.list WHEN 'signed' THEN 1 WHEN 'started' THEN 2 ELSE 3 END, type(l) } AS steps
RETURN p.id AS id, p.name AS name, steps
ORDER BY id
LIMIT $limit
