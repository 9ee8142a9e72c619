// The same answer as gaps/segment-presence (same parameters, same rows), read from the presence
// rollups (cypher/rollups/) instead of every local firm and project: one rollup per segment and
// region, plus the chain's designated and described firms (LEADS, LEADING_FIRM_OF: a handful) read
// directly, since they make a firm leading for this chain only. Valid now and as of any period
// ($asOfPeriod: the segment rollups' status changes per period) for the thresholds the rollups were
// built with (src/rollups/ decides; otherwise the direct statement runs). The firm sample is exact while a segment has at most
// top − $sample designated or described firms in the region (top: ROLLUP_TOP, 30).
// Coarser levels: the rollups' finestFirms at each strict ancestor of the region (region/_coarse-places).
// Parameters: as gaps/segment-presence. Returns: as gaps/segment-presence.
UNWIND $chains AS chainId
MATCH (c:IndustryChain {id: chainId})
WITH c, COLLECT { MATCH (s:ChainSegment)-[:IN_CHAIN]->(c) RETURN s } AS own
WITH c, own, COLLECT { UNWIND own AS s MATCH (s)-[:SUPPLIES]-(n:ChainSegment) WHERE NOT n IN own RETURN DISTINCT n } AS neighbours
UNWIND $regions AS regionId
MATCH (region:District {id: regionId})
WITH *, COLLECT { MATCH (region)-[:WITHIN*1..]->(a:District) RETURN a.id } AS ancestorIds,
  // The chain's designated and described firms in the region (THE region rule, walked upwards from
  // the firm: its park's district or its district, then WITHIN to the region).
  COLLECT { MATCH (e:Enterprise)-[:LEADS|LEADING_FIRM_OF]->(c)
            WHERE EXISTS { (e)-[:LOCATED_IN]->()-[:IN_DISTRICT|WITHIN*0..]->(region) }
            RETURN DISTINCT e } AS designated
UNWIND own + neighbours AS s
OPTIONAL MATCH (s)-[pos:IN_CHAIN]->(c)
WITH *, EXISTS {
    MATCH (s)-[:IN_CHAIN]->(sc:IndustryChain)
    MATCH (:Rollup {key: 'chain|' + sc.id + '|' + regionId})
  } AS hasChainData
OPTIONAL MATCH (r:Rollup {key: 'segment|' + s.id + '|' + regionId})
CALL (s, c, designated, r) {
  // The chain's own designations, wherever the rollup's top list stops; of the top list, as many
  // firms as the sample plus the designated ones that could rank above them.
  WITH s, c, r, [e IN designated WHERE EXISTS { (e)-[:OPERATES_IN]->(s) }] AS here
  CALL (here, r) {
    UNWIND here AS e
    RETURN e, true AS special
    UNION
    UNWIND coalesce(r.topFirms, [])[..toInteger($sample) + size(here)] AS id
    MATCH (e:Enterprise {id: id})
    RETURN e, false AS special
  }
  WITH e, c, any(x IN collect(special) WHERE x) AS special
  // A firm of the top list that is not among the chain's designated ones in the region neither
  // leads the chain nor is described as its 龙头 (it operates in the segment, in the region).
  CALL (e, c, special) {
    WITH e, c WHERE special
    RETURN EXISTS { (e)-[:LEADS]->(c) } AS leader, EXISTS { (e)-[:LEADING_FIRM_OF]->(c) } AS described
    UNION
    WITH e WHERE NOT special
    RETURN false AS leader, false AS described
  }
  // @include gaps/_firm-facts-given
  ORDER BY leader DESC, leading DESC, coalesce(revenueYi, -1) DESC, e.name, e.id
  RETURN count(CASE WHEN special AND leader THEN 1 END) AS leaderCount,
    count(CASE WHEN special AND NOT ownLeading THEN 1 END) AS designatedOnlyLeading,
    count(CASE WHEN special AND NOT ownLarge THEN 1 END) AS designatedOnlyLarge,
    collect(CASE WHEN e IS NOT NULL THEN {id: e.id, name: e.name, revenueYi: revenueYi, tags: coalesce(e.tags, []),
      leader: leader, leading: leading, large: large, leadingBasis: leadingBasis} END)[..toInteger($sample)] AS firms
}
CALL (r) {
  // Now: the rollup's top projects. As of a period: the listed projects of every first-listing period
  // up to it (each period keeps its first $periodTop: exact for a sample up to that), with the status
  // each had then.
  UNWIND CASE WHEN $asOfPeriod IS NULL THEN coalesce(r.topProjects, [])[..toInteger($sample)]
    ELSE [i IN range(0, size(coalesce(r.listedProjects, [])) - 1) WHERE r.listedFirst[i] <= $asOfPeriod | r.listedProjects[i]]
  END AS id
  MATCH (p:Project {id: id})
  // @include gaps/_status-as-of
  WITH p, status, coalesce(p.totalInvestmentYi, 0) >= $largeProjectYi OR coalesce(p.outputValueYi, 0) >= $largeProjectYi AS large
  ORDER BY coalesce(p.totalInvestmentYi, -1) DESC, p.name, p.id
  RETURN collect({id: p.id, name: p.name, status: status, investmentYi: p.totalInvestmentYi, large: large})[..toInteger($sample)] AS projects
}
CALL (s, ancestorIds) {
  UNWIND ancestorIds AS a
  MATCH (q:Rollup {key: 'segment|' + s.id + '|' + a})
  RETURN sum(q.finestFirms) AS coarseFirmCount
}
// Projects by status: now, the rollup's counts; as of a period, the sums of its status changes at the
// periods up to it (rollups/_listings), statuses with no project left out as in the direct statement.
WITH *, coalesce(r.projectStatuses, []) AS statuses,
  [i IN range(0, size(coalesce(r.asOfPeriods, [])) - 1) WHERE r.asOfPeriods[i] <= $asOfPeriod] AS upTo
WITH *, CASE WHEN $asOfPeriod IS NULL THEN
    [i IN range(0, size(statuses) - 1) | {status: statuses[i], n: r.projectStatusN[i], large: r.projectStatusLarge[i],
      investmentKnown: r.projectStatusInvestmentKnown[i],
      investmentYi: CASE WHEN r.projectStatusInvestmentKnown[i] > 0 THEN r.projectStatusInvestmentYi[i] END}]
  ELSE
    [x IN [st IN ['in_production', 'signed', 'under_construction'] | {status: st,
        n: reduce(t = 0, i IN upTo | t + CASE WHEN r.asOfStatuses[i] = st THEN r.asOfN[i] ELSE 0 END),
        large: reduce(t = 0, i IN upTo | t + CASE WHEN r.asOfStatuses[i] = st THEN r.asOfLarge[i] ELSE 0 END),
        investmentKnown: reduce(t = 0, i IN upTo | t + CASE WHEN r.asOfStatuses[i] = st THEN r.asOfInvestmentKnown[i] ELSE 0 END),
        investmentYi: reduce(t = 0.0, i IN upTo | t + CASE WHEN r.asOfStatuses[i] = st THEN r.asOfInvestmentYi[i] ELSE 0.0 END)}]
      WHERE x.n > 0 |
      {status: x.status, n: x.n, large: x.large, investmentKnown: x.investmentKnown,
       investmentYi: CASE WHEN x.investmentKnown > 0 THEN x.investmentYi END}]
  END AS projectStats
RETURN c.id AS chainId, regionId, s.id AS segmentId, s.name AS name, coalesce(s.aliases, []) AS aliases, s.stage AS stage,
  pos IS NOT NULL AS inChain, pos.order AS order, hasChainData,
  coalesce(r.firms, 0) AS firmCount, leaderCount, coalesce(r.leading, 0) + designatedOnlyLeading AS leadingCount,
  coalesce(r.large, 0) + designatedOnlyLarge AS largeFirmCount, coalesce(r.revenueKnown, 0) AS revenueKnownCount,
  coarseFirmCount, firms,
  projectStats, projects
ORDER BY chainId, regionId, inChain DESC, order, segmentId
