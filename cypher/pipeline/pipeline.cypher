// The 三个一批 pipeline per period and district: projects listed as 签约 signed, 开工 started and
// 投产 in production, their investment (亿元), and conversion: of those signed in the period, how many
// were later listed as started or in production (or are stated to be); of those signed or started,
// how many reached production. Same project filters as project/list.
// Parameters: project/list filters. Returns: period, date, eventId, districtId, districtName, signed,
// started, inProduction, signedInvestmentYi, startedInvestmentYi, inProductionInvestmentYi (sums of known
// investments; null when none is known), investmentKnownCount, signedLaterStarted, reachedProduction,
// statedSigned, statedStarted, statedInProduction (the district's counts for the period as a source states
// them, from figures that are not roster counts; null when not stated: the graph may name fewer).
// Listings only (LISTED_IN) are counted per period: a district's roster (IN_ROSTER) is not a listing; it
// counts only as later evidence that a listed project was started or is producing (the conversions).
WITH $region AS regionId
// @include region/_places
MATCH (p:Project)-[l:LISTED_IN]->(e:Event {kind: 'three_batches'})
// @include project/_filter
OPTIONAL MATCH (p)-[:LOCATED_IN]->(d1:District)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(d2:District)
WITH p, l, e, coalesce(d1, d2) AS d,
  EXISTS { MATCH (p)-[l2:LISTED_IN|IN_ROSTER]->(e2:Event) WHERE e2.period > e.period AND l2.list IN ['started', 'in_production'] }
    OR p.status IN ['under_construction', 'in_production'] AS startedLater,
  EXISTS { MATCH (p)-[l2:LISTED_IN|IN_ROSTER]->(e2:Event) WHERE e2.period > e.period AND l2.list = 'in_production' }
    OR p.status = 'in_production' AS producingLater
WITH e, d,
  collect(DISTINCT CASE WHEN l.list = 'signed' THEN p END) AS signed,
  collect(DISTINCT CASE WHEN l.list = 'started' THEN p END) AS started,
  collect(DISTINCT CASE WHEN l.list = 'in_production' THEN p END) AS producing,
  collect(DISTINCT CASE WHEN l.list = 'signed' AND startedLater THEN p END) AS signedLaterStarted,
  collect(DISTINCT CASE WHEN l.list IN ['signed', 'started'] AND producingLater THEN p END) AS reachedProduction
WITH e, d, signed, started, producing, signedLaterStarted, reachedProduction,
  COLLECT { MATCH (f:Figure {kind: 'project_count'})-[:ABOUT]->(e)
            WHERE f.list IS NOT NULL AND f.roster IS NULL AND EXISTS { (f)-[:SCOPED_TO]->(d) }
            RETURN {list: f.list, n: f.value} } AS stated
RETURN toInteger(e.period) AS period, e.date AS date, e.id AS eventId, d.id AS districtId, d.name AS districtName,
  [x IN stated WHERE x.list = 'signed' | toInteger(x.n)][0] AS statedSigned,
  [x IN stated WHERE x.list = 'started' | toInteger(x.n)][0] AS statedStarted,
  [x IN stated WHERE x.list = 'in_production' | toInteger(x.n)][0] AS statedInProduction,
  size(signed) AS signed, size(started) AS started, size(producing) AS inProduction,
  CASE WHEN any(x IN signed WHERE x.totalInvestmentYi IS NOT NULL) THEN reduce(s = 0.0, x IN signed | s + coalesce(x.totalInvestmentYi, 0.0)) END AS signedInvestmentYi,
  CASE WHEN any(x IN started WHERE x.totalInvestmentYi IS NOT NULL) THEN reduce(s = 0.0, x IN started | s + coalesce(x.totalInvestmentYi, 0.0)) END AS startedInvestmentYi,
  CASE WHEN any(x IN producing WHERE x.totalInvestmentYi IS NOT NULL) THEN reduce(s = 0.0, x IN producing | s + coalesce(x.totalInvestmentYi, 0.0)) END AS inProductionInvestmentYi,
  size([x IN signed + started + producing WHERE x.totalInvestmentYi IS NOT NULL]) AS investmentKnownCount,
  size(signedLaterStarted) AS signedLaterStarted, size(reachedProduction) AS reachedProduction
ORDER BY period, districtName
LIMIT 2000
