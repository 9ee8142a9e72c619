// Fragment: recomputes the rollups of chain `c` at the places `wanted` (place ids; null: every place).
// A chain rollup (scope 'chain') counts each firm and project once however many of the chain's segments
// it is in: firms (OPERATES_IN a segment IN_CHAIN c), firmsReference (of them, reference data rather
// than article facts), finestFirms (firms whose most precise district is this place), projects
// (TARGETS such a segment), investmentKnown and investmentYi (sum of the known total investments), and
// topFirms: the chain leaders' candidate pool, the first $pool firm ids by segments of the chain covered,
// revenue and id (leaders/_evidence's order, the chain's designations aside), with their sort keys
// topFirmSegs and topFirmRevenue (unknown as 0, as that order takes it).
// A place where the chain has neither firm nor project has no rollup.
// Input: `c`, `wanted` in scope. Parameters: $pool.
CALL (c, wanted) {
  MATCH (old:Rollup {scope: 'chain', scopeId: c.id})
  WHERE wanted IS NULL OR old.placeId IN wanted
  DELETE old
}
CALL (c, wanted) {
  MATCH (x:Enterprise)-[:OPERATES_IN]->(seg:ChainSegment)-[:IN_CHAIN]->(c)
  WITH x, count(DISTINCT seg) AS segs
  // @include rollups/_membership
  UNWIND memberPlaces AS m
  WITH x, segs, m, finest = m AS isFinest
  WHERE wanted IS NULL OR m.id IN wanted
  ORDER BY segs DESC, coalesce(x.revenueYi, 0) DESC, x.id
  WITH m, count(x) AS firms, count(CASE WHEN x.reference = true THEN 1 END) AS firmsReference,
    count(CASE WHEN isFinest THEN 1 END) AS finestFirms,
    collect({id: x.id, segs: segs, rev: coalesce(x.revenueYi, 0)})[..toInteger($pool)] AS top
  MERGE (r:Rollup {key: 'chain|' + c.id + '|' + m.id})
  SET r.scope = 'chain', r.scopeId = c.id, r.placeId = m.id, r.firms = firms, r.firmsReference = firmsReference,
    r.finestFirms = finestFirms, r.topFirms = [t IN top | t.id], r.topFirmSegs = [t IN top | t.segs],
    r.topFirmRevenue = [t IN top | t.rev]
}
CALL (c, wanted) {
  MATCH (x:Project)-[:TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(c)
  WITH DISTINCT x
  // @include rollups/_membership
  UNWIND memberPlaces AS m
  WITH x, m
  WHERE wanted IS NULL OR m.id IN wanted
  WITH m, count(x) AS projects, count(x.totalInvestmentYi) AS investmentKnown,
    sum(coalesce(x.totalInvestmentYi, 0.0)) AS investmentYi
  MERGE (r:Rollup {key: 'chain|' + c.id + '|' + m.id})
  SET r.scope = 'chain', r.scopeId = c.id, r.placeId = m.id, r.projects = projects,
    r.investmentKnown = investmentKnown, r.investmentYi = investmentYi
}
