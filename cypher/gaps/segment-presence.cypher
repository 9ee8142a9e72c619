// Local presence of a chain's segments (and of their one-step supply neighbours in any chain) in each
// region: firms located there that operate in the segment, projects there that target it with their
// status as of a 三个一批 period, and designated 链主 of the chain among those firms. Raw facts only;
// classification and scores are computed in src/modules/gaps/gaps.scoring.ts.
// Parameters: $chain (chain id), $regions [district id], $asOfPeriod (number or null: then current status),
// $sample (Integer: how many firms/projects to list per segment).
// Returns: regionId, segmentId, name, stage, inChain, order, firmCount, firms [{id, name, revenueYi, tags, leader}],
// projects [{id, name, status}], leaderCount.
MATCH (c:IndustryChain {id: $chain})
WITH c, COLLECT { MATCH (s:ChainSegment)-[:IN_CHAIN]->(c) RETURN s } AS own
WITH c, own, COLLECT { UNWIND own AS s MATCH (s)-[:SUPPLIES]-(n:ChainSegment) WHERE NOT n IN own RETURN DISTINCT n } AS neighbours
UNWIND $regions AS regionId
// @include region/_places
UNWIND own + neighbours AS s
OPTIONAL MATCH (s)-[pos:IN_CHAIN]->(c)
CALL (s, places, c) {
  OPTIONAL MATCH (e:Enterprise)-[:OPERATES_IN]->(s)
  WHERE EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  WITH DISTINCT e
  WITH e, EXISTS { (e)-[:LEADS]->(c) } AS leader,
    COLLECT { MATCH (f:Figure {kind: 'revenue'})-[:ABOUT]->(e) RETURN f.valueYi ORDER BY f.year DESC LIMIT 1 }[0] AS revenueYi
  ORDER BY leader DESC, coalesce(revenueYi, 0) DESC, e.name
  RETURN count(e) AS firmCount, count(CASE WHEN leader THEN 1 END) AS leaderCount,
    collect(CASE WHEN e IS NOT NULL THEN {id: e.id, name: e.name, revenueYi: revenueYi, tags: coalesce(e.tags, []), leader: leader} END)[..toInteger($sample)] AS firms
}
CALL (s, places) {
  OPTIONAL MATCH (p:Project)-[:TARGETS]->(s)
  WHERE EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  WITH DISTINCT p
  WITH p, COLLECT {
      MATCH (p)-[l:LISTED_IN]->(ev:Event)
      WHERE $asOfPeriod IS NULL OR ev.period <= $asOfPeriod
      RETURN l.list ORDER BY ev.period DESC,
        CASE l.list WHEN 'in_production' THEN 3 WHEN 'started' THEN 2 ELSE 1 END DESC LIMIT 1
    }[0] AS listAsOf
  WITH p, CASE
      WHEN $asOfPeriod IS NULL THEN p.effectiveStatus
      WHEN listAsOf = 'signed' THEN 'signed'
      WHEN listAsOf = 'started' THEN 'under_construction'
      WHEN listAsOf = 'in_production' THEN 'in_production'
    END AS status
  WHERE p IS NOT NULL AND ($asOfPeriod IS NULL OR status IS NOT NULL)
  ORDER BY coalesce(p.totalInvestmentYi, 0) DESC, p.name
  RETURN collect({id: p.id, name: p.name, status: status, investmentYi: p.totalInvestmentYi}) AS projects
}
RETURN regionId, s.id AS segmentId, s.name AS name, s.stage AS stage, pos IS NOT NULL AS inChain, pos.order AS order,
  firmCount, leaderCount, firms, projects
ORDER BY regionId, inChain DESC, order, segmentId
