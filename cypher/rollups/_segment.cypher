// Fragment: recomputes the presence rollups of segment `s` at the places `wanted` (place ids; null: at
// every place). A segment rollup (scope 'segment') holds, for the firms OPERATES_IN s and the projects
// TARGETS s that a place's region holds (rollups/_membership: THE region rule), what
// gaps/segment-presence-rollup needs to answer exactly as gaps/segment-presence does for the current
// state and the default thresholds:
//   firms, revenueKnown; leading and large by the firm's own facts (gaps/_firm-facts `ownLeading`,
//   `ownLarge`: a chain's designations are read at query time, they are few); finestFirms (firms whose
//   most precise district is this place: the "coarser level" counts of the places below it);
//   topFirms, the first $top firm ids by (ownLeading, revenue, name, id), with their sort keys
//   (topFirmLeading, topFirmRevenue (-1: unknown), topFirmNames) so rollups/add ranks newcomers alone;
//   projects; per effective status (in status order) projectStatuses, projectStatusN,
//   projectStatusLarge, projectStatusInvestmentKnown, projectStatusInvestmentYi (sum of known figures);
//   topProjects, the first $top project ids by (investment, name, id), with topProjectInvestment
//   (-1: unknown) and topProjectNames;
//   for $asOfPeriod, the projects' status changes per period and the first listed projects of each
//   first-listing period (rollups/_listings, rollups/_set-as-of; the sample as of a period reads those
//   of the periods up to it).
// A place where the segment has neither firm nor project has no rollup (absent = zero).
// Input: `s`, `wanted` in scope. Parameters: $leadingTags, $leaderRevenueYi, $largeFirmRevenueYi,
// $largeProjectYi, $top, $periodTop.
CALL (s, wanted) {
  MATCH (old:Rollup {scope: 'segment', scopeId: s.id})
  WHERE wanted IS NULL OR old.placeId IN wanted
  DELETE old
}
CALL (s, wanted) {
  MATCH (e:Enterprise)-[:OPERATES_IN]->(s)
  WITH e, e AS x, null AS c
  // @include rollups/_membership
  // @include gaps/_firm-facts
  UNWIND memberPlaces AS m
  WITH e, m, revenueYi, ownLeading, ownLarge, finest = m AS isFinest
  WHERE wanted IS NULL OR m.id IN wanted
  ORDER BY ownLeading DESC, coalesce(revenueYi, -1) DESC, e.name, e.id
  WITH m, count(e) AS firms, count(revenueYi) AS revenueKnown,
    count(CASE WHEN ownLeading THEN 1 END) AS leading, count(CASE WHEN ownLarge THEN 1 END) AS large,
    count(CASE WHEN isFinest THEN 1 END) AS finestFirms,
    collect({id: e.id, lead: ownLeading, rev: coalesce(revenueYi, -1), name: e.name})[..toInteger($top)] AS top
  MERGE (r:Rollup {key: 'segment|' + s.id + '|' + m.id})
  SET r.scope = 'segment', r.scopeId = s.id, r.placeId = m.id, r.firms = firms, r.revenueKnown = revenueKnown,
    r.leading = leading, r.large = large, r.finestFirms = finestFirms, r.topFirms = [t IN top | t.id],
    r.topFirmLeading = [t IN top | t.lead], r.topFirmRevenue = [t IN top | t.rev], r.topFirmNames = [t IN top | t.name]
}
CALL (s, wanted) {
  MATCH (x:Project)-[:TARGETS]->(s)
  // @include rollups/_membership
  // @include rollups/_listings
  UNWIND memberPlaces AS m
  WITH x, m, coalesce(x.effectiveStatus, 'unknown') AS status, firstListed, listingDeltas,
    coalesce(x.totalInvestmentYi, 0) >= $largeProjectYi OR coalesce(x.outputValueYi, 0) >= $largeProjectYi AS large
  WHERE wanted IS NULL OR m.id IN wanted
  ORDER BY coalesce(x.totalInvestmentYi, -1) DESC, x.name, x.id
  WITH m, collect({id: x.id, status: status, large: large, inv: x.totalInvestmentYi, name: x.name,
    first: firstListed, deltas: listingDeltas}) AS projectRows
  WITH m, projectRows, COLLECT { UNWIND projectRows AS p RETURN DISTINCT p.status AS st ORDER BY st } AS statuses,
    [p IN projectRows | p.deltas] AS asOfEntries,
    [p IN projectRows WHERE p.first IS NOT NULL | {first: p.first, id: p.id, inv: coalesce(p.inv, -1), name: p.name}]
      AS listedCandidates
  MERGE (r:Rollup {key: 'segment|' + s.id + '|' + m.id})
  SET r.scope = 'segment', r.scopeId = s.id, r.placeId = m.id, r.projects = size(projectRows),
    r.projectStatuses = statuses,
    r.projectStatusN = [st IN statuses | size([p IN projectRows WHERE p.status = st])],
    r.projectStatusLarge = [st IN statuses | size([p IN projectRows WHERE p.status = st AND p.large])],
    r.projectStatusInvestmentKnown = [st IN statuses | size([p IN projectRows WHERE p.status = st AND p.inv IS NOT NULL])],
    r.projectStatusInvestmentYi = [st IN statuses |
      reduce(t = 0.0, p IN [p IN projectRows WHERE p.status = st AND p.inv IS NOT NULL] | t + p.inv)],
    r.topProjects = [p IN projectRows | p.id][..toInteger($top)],
    r.topProjectInvestment = [p IN projectRows | coalesce(p.inv, -1)][..toInteger($top)],
    r.topProjectNames = [p IN projectRows | p.name][..toInteger($top)]
  // @include rollups/_set-as-of
}
