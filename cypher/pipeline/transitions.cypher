// How projects moved between 三个一批 lists across periods, aggregated: for every pair of consecutive
// listings of a project (e.g. signed in period 5 → started in period 7), the number of projects that
// made that move and the mean number of periods between the two listings. Same filters as project/list.
// Parameters: project/list filters. Returns: from, to, projects, meanPeriods.
WITH $region AS regionId
// @include region/_places
MATCH (p:Project)
WHERE COUNT { (p)-[:LISTED_IN]->() } > 1
WITH p, places
MATCH (p)
// @include project/_filter
WITH p, COLLECT { MATCH (p)-[l:LISTED_IN]->(e:Event) RETURN {period: e.period, list: l.list} AS step
                  ORDER BY e.period, CASE l.list WHEN 'signed' THEN 1 WHEN 'started' THEN 2 ELSE 3 END } AS steps
UNWIND range(1, size(steps) - 1) AS i
WITH p, steps[i - 1] AS a, steps[i] AS b
RETURN a.list AS from, b.list AS to, count(DISTINCT p) AS projects, round(avg(b.period - a.period), 2) AS meanPeriods
