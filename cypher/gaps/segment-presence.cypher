// Local presence of a chain's segments (and of their one-step supply neighbours in any chain) in each
// region, counted over EVERY local firm and project (a sample is listed for display only and never
// decides a class): firms located there that operate in the segment, how many of them are leading or
// large, projects there that target it by status as of a 三个一批 period (listings and district rosters)
// and how many are large, and the firms of the segment known only at a coarser level (located at an
// ancestor of the region: they could be in it). Raw facts only; classification and scores are computed
// in src/modules/gaps/gaps.scoring.ts. Coarser levels: region/_coarse-places.
// LEADING and LARGE firms: gaps/_firm-facts. A project is LARGE when its total investment or output
// value is ≥ $largeProjectYi. This is the direct computation; gaps/segment-presence-rollup answers the
// same from the presence rollups for the current state and the default thresholds, and the rollup
// check (src/rollups/check.ts) compares the two.
// Several chains in one statement (a cluster's member chains): one round trip whatever their number.
// Parameters: $chains [chain id], $regions [district id], $asOfPeriod (number or null: current status),
// $sample (Integer: how many firms/projects to list per segment), $leadingTags [tag], $leaderRevenueYi,
// $largeFirmRevenueYi, $largeProjectYi (亿元).
// Returns: chainId, regionId, segmentId, name, aliases, stage, inChain, order, hasChainData (the region has data on a
// chain of the segment), firmCount, leaderCount (designated),
// leadingCount, largeFirmCount, revenueKnownCount, coarseFirmCount,
// firms [{id, name, revenueYi, tags, leader, leading, large, leadingBasis [designated|described|tag|revenue|group]}],
// projectStats [{status, n, large, investmentKnown, investmentYi}],
// projects [{id, name, status, investmentYi, large}].
UNWIND $chains AS chainId
MATCH (c:IndustryChain {id: chainId})
WITH c, COLLECT { MATCH (s:ChainSegment)-[:IN_CHAIN]->(c) RETURN s } AS own
WITH c, own, COLLECT { UNWIND own AS s MATCH (s)-[:SUPPLIES]-(n:ChainSegment) WHERE NOT n IN own RETURN DISTINCT n } AS neighbours
UNWIND $regions AS regionId
// @include region/_places
// @include region/_coarse-places
// The chains the graph knows anything of in the region (a local firm operating in, or a local project
// targeting, one of their segments): a segment of any other chain has no data here, not a gap.
WITH *, COLLECT {
    UNWIND places AS loc
    MATCH (x)-[:LOCATED_IN]->(loc)
    MATCH (x)-[:OPERATES_IN|TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(dataChain:IndustryChain)
    RETURN DISTINCT dataChain
  } AS dataChains
UNWIND own + neighbours AS s
OPTIONAL MATCH (s)-[pos:IN_CHAIN]->(c)
WITH *, EXISTS { (s)-[:IN_CHAIN]->(sc) WHERE sc IN dataChains } AS hasChainData
CALL (s, places, c) {
  OPTIONAL MATCH (e:Enterprise)-[:OPERATES_IN]->(s)
  WHERE EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  WITH DISTINCT e, c
  // @include gaps/_firm-facts
  ORDER BY leader DESC, leading DESC, coalesce(revenueYi, -1) DESC, e.name, e.id
  RETURN count(e) AS firmCount,
    count(CASE WHEN leader THEN 1 END) AS leaderCount,
    count(CASE WHEN leading THEN 1 END) AS leadingCount,
    count(CASE WHEN large THEN 1 END) AS largeFirmCount,
    count(revenueYi) AS revenueKnownCount,
    collect(CASE WHEN e IS NOT NULL THEN {id: e.id, name: e.name, revenueYi: revenueYi, tags: coalesce(e.tags, []),
      leader: leader, leading: leading, large: large, leadingBasis: leadingBasis} END)[..toInteger($sample)] AS firms
}
CALL (s, places) {
  OPTIONAL MATCH (p:Project)-[:TARGETS]->(s)
  WHERE EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  WITH DISTINCT p
  // @include gaps/_status-as-of
  WITH p, status
  WHERE p IS NOT NULL AND ($asOfPeriod IS NULL OR status IS NOT NULL)
  WITH p, status, coalesce(p.totalInvestmentYi, 0) >= $largeProjectYi OR coalesce(p.outputValueYi, 0) >= $largeProjectYi AS large
  ORDER BY coalesce(p.totalInvestmentYi, -1) DESC, p.name, p.id
  WITH collect({p: p, status: status, large: large}) AS all
  RETURN
    [st IN COLLECT { UNWIND all AS x RETURN DISTINCT coalesce(x.status, 'unknown') AS st ORDER BY st } |
      {status: st,
       n: size([x IN all WHERE coalesce(x.status, 'unknown') = st]),
       large: size([x IN all WHERE coalesce(x.status, 'unknown') = st AND x.large]),
       investmentKnown: size([x IN all WHERE coalesce(x.status, 'unknown') = st AND x.p.totalInvestmentYi IS NOT NULL]),
       investmentYi: reduce(t = null, x IN [x IN all WHERE coalesce(x.status, 'unknown') = st AND x.p.totalInvestmentYi IS NOT NULL] |
         coalesce(t, 0.0) + x.p.totalInvestmentYi)}] AS projectStats,
    [x IN all | {id: x.p.id, name: x.p.name, status: x.status, investmentYi: x.p.totalInvestmentYi, large: x.large}][..toInteger($sample)] AS projects
}
CALL (s, coarsePlaces) {
  OPTIONAL MATCH (e:Enterprise)-[:OPERATES_IN]->(s)
  WHERE EXISTS { (e)-[:LOCATED_IN]->(a) WHERE a IN coarsePlaces }
  WITH DISTINCT e AS x
  // @include rollups/_finest
  RETURN count(CASE WHEN finest IN coarsePlaces THEN 1 END) AS coarseFirmCount
}
RETURN c.id AS chainId, regionId, s.id AS segmentId, s.name AS name, coalesce(s.aliases, []) AS aliases, s.stage AS stage,
  pos IS NOT NULL AS inChain, pos.order AS order, hasChainData,
  firmCount, leaderCount, leadingCount, largeFirmCount, revenueKnownCount, coarseFirmCount, firms, projectStats, projects
ORDER BY chainId, regionId, inChain DESC, order, segmentId
