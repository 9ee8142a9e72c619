// The project counts per 三个一批 period and list that a source states for a district (or, unscoped, for
// the whole campaign), so that `pipeline` shows a period the graph holds no listing of (e.g. period 11's
// 751 / 795 / 1 672 province-wide) instead of leaving it out. Roster counts are not period counts.
// Parameters: $region (district id or null), $period (number or null).
// Returns: eventId, period, date, districtId, districtName (null: not scoped to a district), list, n.
WITH $region AS regionId
// @include region/_places
MATCH (f:Figure {kind: 'project_count'})-[:ABOUT]->(e:Event {kind: 'three_batches'})
WHERE f.list IS NOT NULL AND f.roster IS NULL AND ($period IS NULL OR e.period = $period)
OPTIONAL MATCH (f)-[:SCOPED_TO]->(d:District)
WITH e, d, f, places
WHERE places IS NULL OR d IN places
RETURN e.id AS eventId, toInteger(e.period) AS period, e.date AS date, d.id AS districtId, d.name AS districtName,
  f.list AS list, toInteger(f.value) AS n
ORDER BY period, districtName, list
