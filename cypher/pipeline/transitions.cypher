// How projects moved between 三个一批 lists across periods, aggregated: for every pair of consecutive
// steps of a project (e.g. signed in period 5 → started in period 7), the number of projects that made
// that move and the mean number of periods between two LISTINGS. A step may be a district-roster entry
// (its list as of that period): a move onto it is stated, but only bounded in time (rosterBounded), so
// it never enters meanPeriods; a roster next to a listing of the same list is no move. Same filters as project/list.
// Parameters: project/list filters. Returns: from, to, projects, meanPeriods, rosterBounded.
WITH $region AS regionId
// @include region/_places
// @include project/_start
WITH p, places WHERE COUNT { (p)-[:LISTED_IN|IN_ROSTER]->() } > 1
MATCH (p)
// @include project/_filter
WITH p, COLLECT { MATCH (p)-[l:LISTED_IN|IN_ROSTER]->(e:Event)
                  RETURN {period: e.period, list: l.list, roster: type(l) = 'IN_ROSTER'} AS step
                  ORDER BY e.period, CASE l.list WHEN 'signed' THEN 1 WHEN 'started' THEN 2 ELSE 3 END, type(l) } AS steps
UNWIND range(1, size(steps) - 1) AS i
WITH p, steps[i - 1] AS a, steps[i] AS b
WHERE NOT ((a.roster OR b.roster) AND a.list = b.list)
RETURN a.list AS from, b.list AS to, count(DISTINCT p) AS projects,
  round(avg(CASE WHEN NOT b.roster THEN b.period - a.period END), 2) AS meanPeriods,
  count(DISTINCT CASE WHEN b.roster THEN p END) AS rosterBounded
