// Adds NEW enterprises and projects (not in the graph before this import) to the rollups of the places
// holding them, by their contributions, without reading the rollups' other members: counts and sums
// grow, the top lists are re-ranked over their current members and the newcomers (exact: no record
// outside a top list can outrank one inside it; the lists keep their sort keys). Rollups marked dirty (rollups/mark: records that
// existed before were touched there) are skipped: rollups/refresh recomputes them whole, newcomers
// included. Same rules and orders as the full computation (rollups/_segment, _chain, _cluster, _place).
// Parameters: $enterprises, $projects ([id] of new records), $leadingTags, $leaderRevenueYi,
// $largeFirmRevenueYi, $largeProjectYi, $top, $periodTop, $pool, $candidateList. Returns: n (rollups updated).
// Nothing to add after a full rebuild in this transaction (rollups/ensure leaves a 'rebuilt' mark).
WITH EXISTS { MATCH (:RollupDirty {key: 'rebuilt'}) } AS rebuilt
CALL (rebuilt) {
  // Firms → segment rollups.
  UNWIND CASE WHEN rebuilt THEN [] ELSE $enterprises END AS id
  MATCH (x:Enterprise {id: id})
  WITH x, x AS e, null AS c
  // @include rollups/_membership
  // @include gaps/_firm-facts
  MATCH (e)-[:OPERATES_IN]->(s:ChainSegment)
  UNWIND memberPlaces AS m
  WITH s, m, 'segment|' + s.id + '|' + m.id AS key, e, revenueYi, ownLeading, ownLarge, finest = m AS isFinest
  WHERE NOT EXISTS { MATCH (:RollupDirty {key: key}) }
  WITH s, m, key, count(e) AS firms, count(revenueYi) AS revenueKnown,
    count(CASE WHEN ownLeading THEN 1 END) AS leading, count(CASE WHEN ownLarge THEN 1 END) AS large,
    count(CASE WHEN isFinest THEN 1 END) AS finestFirms,
    collect({id: e.id, lead: ownLeading, rev: coalesce(revenueYi, -1), name: e.name}) AS added
  MERGE (r:Rollup {key: key})
  ON CREATE SET r.scope = 'segment', r.scopeId = s.id, r.placeId = m.id
  WITH r, firms, revenueKnown, leading, large, finestFirms, added
  // Each rollup's top list is read, re-ranked and written in a subquery of its own, so the lists of
  // all the rollups a chunk touches are never held at once (see the candidate lists below).
  CALL (r, firms, revenueKnown, leading, large, finestFirms, added) {
    WITH r, firms, revenueKnown, leading, large, finestFirms, COLLECT {
        CALL (r, added) {
          UNWIND range(0, size(coalesce(r.topFirms, [])) - 1) AS i
          RETURN {id: r.topFirms[i], lead: r.topFirmLeading[i], rev: r.topFirmRevenue[i], name: r.topFirmNames[i]} AS t
          UNION ALL
          UNWIND added AS t
          RETURN t
        }
        RETURN t ORDER BY t.lead DESC, t.rev DESC, t.name, t.id LIMIT toInteger($top)
      } AS top
    SET r.firms = coalesce(r.firms, 0) + firms, r.revenueKnown = coalesce(r.revenueKnown, 0) + revenueKnown,
      r.leading = coalesce(r.leading, 0) + leading, r.large = coalesce(r.large, 0) + large,
      r.finestFirms = coalesce(r.finestFirms, 0) + finestFirms, r.topFirms = [t IN top | t.id],
      r.topFirmLeading = [t IN top | t.lead], r.topFirmRevenue = [t IN top | t.rev], r.topFirmNames = [t IN top | t.name]
  }
  RETURN count(r) AS segmentFirms
}
CALL (rebuilt) {
  // Firms → their segments' candidate lists (rollups/_candidates), re-ranked over the list's members
  // and the newcomers.
  UNWIND CASE WHEN rebuilt THEN [] ELSE $enterprises END AS id
  MATCH (e:Enterprise {id: id})
  // @include candidates/_designations
  MATCH (e)-[:OPERATES_IN]->(s:ChainSegment)
  WITH s, 'candidates|' + s.id + '|all' AS key,
    collect({id: e.id, d: designations, rev: coalesce(e.revenueYi, -1)}) AS added
  WHERE NOT EXISTS { MATCH (:RollupDirty {key: key}) }
  MERGE (r:Rollup {key: key})
  ON CREATE SET r.scope = 'candidates', r.scopeId = s.id, r.placeId = 'all'
  WITH r, added
  // Each list is read, re-ranked and written in a subquery of its own: the lists of every touched
  // segment are never held at once (a list built beforehand made the planner keep all of them before
  // the writes, past a transaction's memory on a graph of tens of thousands of firms).
  CALL (r, added) {
    WITH r, added, COLLECT {
        CALL (r, added) {
          UNWIND range(0, size(coalesce(r.candidates, [])) - 1) AS i
          RETURN {id: r.candidates[i], d: r.candDesignations[i], rev: r.candRevenue[i]} AS t
          UNION ALL
          UNWIND added AS t
          RETURN t
        }
        RETURN t ORDER BY t.d DESC, t.rev DESC, t.id LIMIT toInteger($candidateList)
      } AS top
    SET r.firms = coalesce(r.firms, 0) + size(added), r.candidates = [t IN top | t.id],
      r.candDesignations = [t IN top | t.d], r.candRevenue = [t IN top | t.rev]
  }
  RETURN count(r) AS candidateLists
}
CALL (rebuilt) {
  // Firms → chain rollups (each firm once per chain) and the leaders' candidate pool.
  UNWIND CASE WHEN rebuilt THEN [] ELSE $enterprises END AS id
  MATCH (x:Enterprise {id: id})
  // @include rollups/_membership
  MATCH (x)-[:OPERATES_IN]->(seg:ChainSegment)-[:IN_CHAIN]->(c:IndustryChain)
  WITH x, c, memberPlaces, finest, count(DISTINCT seg) AS segs
  UNWIND memberPlaces AS m
  WITH c, m, 'chain|' + c.id + '|' + m.id AS key, x, segs, finest = m AS isFinest
  WHERE NOT EXISTS { MATCH (:RollupDirty {key: key}) }
  WITH c, m, key, count(x) AS firms, count(CASE WHEN x.reference = true THEN 1 END) AS firmsReference,
    count(CASE WHEN isFinest THEN 1 END) AS finestFirms,
    collect({id: x.id, segs: segs, rev: coalesce(x.revenueYi, 0)}) AS added
  MERGE (r:Rollup {key: key})
  ON CREATE SET r.scope = 'chain', r.scopeId = c.id, r.placeId = m.id
  WITH r, firms, firmsReference, finestFirms, added
  // One subquery per rollup, as for the segment rollups above.
  CALL (r, firms, firmsReference, finestFirms, added) {
    WITH r, firms, firmsReference, finestFirms, COLLECT {
        CALL (r, added) {
          UNWIND range(0, size(coalesce(r.topFirms, [])) - 1) AS i
          RETURN {id: r.topFirms[i], segs: r.topFirmSegs[i], rev: r.topFirmRevenue[i]} AS t
          UNION ALL
          UNWIND added AS t
          RETURN t
        }
        RETURN t ORDER BY t.segs DESC, t.rev DESC, t.id LIMIT toInteger($pool)
      } AS top
    SET r.firms = coalesce(r.firms, 0) + firms, r.firmsReference = coalesce(r.firmsReference, 0) + firmsReference,
      r.finestFirms = coalesce(r.finestFirms, 0) + finestFirms, r.topFirms = [t IN top | t.id],
      r.topFirmSegs = [t IN top | t.segs], r.topFirmRevenue = [t IN top | t.rev]
  }
  RETURN count(r) AS chainFirms
}
CALL (rebuilt) {
  // Firms → cluster rollups (each firm once per cluster).
  UNWIND CASE WHEN rebuilt THEN [] ELSE $enterprises END AS id
  MATCH (x:Enterprise {id: id})
  // @include rollups/_membership
  MATCH (x)-[:OPERATES_IN]->(:ChainSegment)-[:IN_CHAIN]->(:IndustryChain)<-[:INCLUDES_CHAIN]-(cl:Cluster)
  WITH DISTINCT x, cl, memberPlaces
  UNWIND memberPlaces AS m
  WITH cl, m, 'cluster|' + cl.id + '|' + m.id AS key, x
  WHERE NOT EXISTS { MATCH (:RollupDirty {key: key}) }
  WITH cl, m, key, count(x) AS firms
  MERGE (r:Rollup {key: key})
  ON CREATE SET r.scope = 'cluster', r.scopeId = cl.id, r.placeId = m.id
  SET r.firms = coalesce(r.firms, 0) + firms
  RETURN count(r) AS clusterFirms
}
CALL (rebuilt) {
  // Firms → place rollups.
  UNWIND CASE WHEN rebuilt THEN [] ELSE $enterprises END AS id
  MATCH (x:Enterprise {id: id})
  // @include rollups/_membership
  UNWIND memberPlaces AS m
  WITH m, 'place|' + m.id + '|' + m.id AS key, x, finest = m AS isFinest
  WHERE NOT EXISTS { MATCH (:RollupDirty {key: key}) }
  WITH m, key, count(x) AS firms, count(CASE WHEN isFinest THEN 1 END) AS finestFirms
  MERGE (r:Rollup {key: key})
  ON CREATE SET r.scope = 'place', r.scopeId = m.id, r.placeId = m.id, r.projects = 0, r.projectsWithoutSegment = 0,
    r.projectsOutsideChains = 0, r.projectsUnknownIndustry = 0, r.unsegmentedChains = [], r.unsegmentedCounts = []
  SET r.firms = coalesce(r.firms, 0) + firms, r.finestFirms = coalesce(r.finestFirms, 0) + finestFirms
  RETURN count(r) AS placeFirms
}
CALL (rebuilt) {
  // Projects → segment rollups.
  UNWIND CASE WHEN rebuilt THEN [] ELSE $projects END AS id
  MATCH (x:Project {id: id})
  // @include rollups/_membership
  // @include rollups/_listings
  MATCH (x)-[:TARGETS]->(s:ChainSegment)
  UNWIND memberPlaces AS m
  WITH s, m, 'segment|' + s.id + '|' + m.id AS key, x, coalesce(x.effectiveStatus, 'unknown') AS status,
    coalesce(x.totalInvestmentYi, 0) >= $largeProjectYi OR coalesce(x.outputValueYi, 0) >= $largeProjectYi AS large,
    firstListed, listingDeltas
  WHERE NOT EXISTS { MATCH (:RollupDirty {key: key}) }
  WITH s, m, key, status, count(x) AS n, count(CASE WHEN large THEN 1 END) AS nLarge,
    count(x.totalInvestmentYi) AS known, sum(coalesce(x.totalInvestmentYi, 0.0)) AS inv,
    collect({id: x.id, inv: coalesce(x.totalInvestmentYi, -1), name: x.name}) AS xs,
    collect(CASE WHEN firstListed IS NOT NULL THEN {first: firstListed, id: x.id, inv: coalesce(x.totalInvestmentYi, -1), name: x.name} END) AS ls,
    collect(listingDeltas) AS ds
  WITH s, m, key, collect({status: status, n: n, large: nLarge, known: known, inv: inv}) AS deltas,
    reduce(acc = [], l IN collect(xs) | acc + l) AS added,
    reduce(acc = [], l IN collect(ls) | acc + l) AS addedListed,
    reduce(acc = [], l IN collect(ds) | acc + l) AS addedAsOf
  MERGE (r:Rollup {key: key})
  ON CREATE SET r.scope = 'segment', r.scopeId = s.id, r.placeId = m.id
  WITH r, deltas, added, addedListed, addedAsOf, coalesce(r.projectStatuses, []) AS old
  WITH r, deltas, old,
    COLLECT { UNWIND old + [d IN deltas | d.status] AS st RETURN DISTINCT st ORDER BY st } AS sts,
    [i IN range(0, size(coalesce(r.topProjects, [])) - 1) |
      {id: r.topProjects[i], inv: r.topProjectInvestment[i], name: r.topProjectNames[i]}] + added AS candidates,
    [i IN range(0, size(coalesce(r.listedProjects, [])) - 1) |
      {first: r.listedFirst[i], id: r.listedProjects[i], inv: r.listedInvestment[i], name: r.listedNames[i]}] + addedListed
      AS listedCandidates,
    // The stored sums count as one more list of changes.
    [[i IN range(0, size(coalesce(r.asOfPeriods, [])) - 1) |
      {period: r.asOfPeriods[i], status: r.asOfStatuses[i], n: r.asOfN[i], large: r.asOfLarge[i],
       known: r.asOfInvestmentKnown[i], inv: r.asOfInvestmentYi[i]}]] + addedAsOf AS asOfEntries
  WITH r, deltas, old, sts, listedCandidates, asOfEntries,
    COLLECT { UNWIND candidates AS t RETURN t ORDER BY t.inv DESC, t.name, t.id LIMIT toInteger($top) } AS top
  SET r.projects = coalesce(r.projects, 0) + reduce(t = 0, d IN deltas | t + d.n),
    r.projectStatuses = sts,
    r.projectStatusN = [st IN sts | coalesce(head([i IN range(0, size(old) - 1) WHERE old[i] = st | r.projectStatusN[i]]), 0)
      + coalesce(head([d IN deltas WHERE d.status = st | d.n]), 0)],
    r.projectStatusLarge = [st IN sts | coalesce(head([i IN range(0, size(old) - 1) WHERE old[i] = st | r.projectStatusLarge[i]]), 0)
      + coalesce(head([d IN deltas WHERE d.status = st | d.large]), 0)],
    r.projectStatusInvestmentKnown = [st IN sts | coalesce(head([i IN range(0, size(old) - 1) WHERE old[i] = st | r.projectStatusInvestmentKnown[i]]), 0)
      + coalesce(head([d IN deltas WHERE d.status = st | d.known]), 0)],
    r.projectStatusInvestmentYi = [st IN sts | coalesce(head([i IN range(0, size(old) - 1) WHERE old[i] = st | r.projectStatusInvestmentYi[i]]), 0.0)
      + coalesce(head([d IN deltas WHERE d.status = st | d.inv]), 0.0)],
    r.topProjects = [t IN top | t.id], r.topProjectInvestment = [t IN top | t.inv],
    r.topProjectNames = [t IN top | t.name]
  // @include rollups/_set-as-of
  RETURN count(r) AS segmentProjects
}
CALL (rebuilt) {
  // Projects → chain rollups (each project once per chain).
  UNWIND CASE WHEN rebuilt THEN [] ELSE $projects END AS id
  MATCH (x:Project {id: id})
  // @include rollups/_membership
  MATCH (x)-[:TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(c:IndustryChain)
  WITH DISTINCT x, c, memberPlaces
  UNWIND memberPlaces AS m
  WITH c, m, 'chain|' + c.id + '|' + m.id AS key, x
  WHERE NOT EXISTS { MATCH (:RollupDirty {key: key}) }
  WITH c, m, key, count(x) AS projects, count(x.totalInvestmentYi) AS known, sum(coalesce(x.totalInvestmentYi, 0.0)) AS inv
  MERGE (r:Rollup {key: key})
  ON CREATE SET r.scope = 'chain', r.scopeId = c.id, r.placeId = m.id
  SET r.projects = coalesce(r.projects, 0) + projects, r.investmentKnown = coalesce(r.investmentKnown, 0) + known,
    r.investmentYi = coalesce(r.investmentYi, 0.0) + inv
  RETURN count(r) AS chainProjects
}
CALL (rebuilt) {
  // Projects → cluster rollups (each project once per cluster).
  UNWIND CASE WHEN rebuilt THEN [] ELSE $projects END AS id
  MATCH (x:Project {id: id})
  // @include rollups/_membership
  MATCH (x)-[:TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(:IndustryChain)<-[:INCLUDES_CHAIN]-(cl:Cluster)
  WITH DISTINCT x, cl, memberPlaces
  UNWIND memberPlaces AS m
  WITH cl, m, 'cluster|' + cl.id + '|' + m.id AS key, x, coalesce(x.effectiveStatus, 'unknown') AS status
  WHERE NOT EXISTS { MATCH (:RollupDirty {key: key}) }
  WITH cl, m, key, status, count(x) AS n, count(x.totalInvestmentYi) AS known, sum(coalesce(x.totalInvestmentYi, 0.0)) AS inv
  WITH cl, m, key, collect({status: status, n: n, known: known, inv: inv}) AS deltas
  MERGE (r:Rollup {key: key})
  ON CREATE SET r.scope = 'cluster', r.scopeId = cl.id, r.placeId = m.id
  WITH r, deltas, coalesce(r.projectStatuses, []) AS old
  WITH r, deltas, old,
    COLLECT { UNWIND old + [d IN deltas | d.status] AS st RETURN DISTINCT st ORDER BY st } AS sts
  SET r.projects = coalesce(r.projects, 0) + reduce(t = 0, d IN deltas | t + d.n),
    r.investmentKnown = coalesce(r.investmentKnown, 0) + reduce(t = 0, d IN deltas | t + d.known),
    r.investmentYi = coalesce(r.investmentYi, 0.0) + reduce(t = 0.0, d IN deltas | t + d.inv),
    r.projectStatuses = sts,
    r.projectStatusN = [st IN sts | coalesce(head([i IN range(0, size(old) - 1) WHERE old[i] = st | r.projectStatusN[i]]), 0)
      + coalesce(head([d IN deltas WHERE d.status = st | d.n]), 0)],
    r.projectStatusInvestmentKnown = [st IN sts | coalesce(head([i IN range(0, size(old) - 1) WHERE old[i] = st | r.projectStatusInvestmentKnown[i]]), 0)
      + coalesce(head([d IN deltas WHERE d.status = st | d.known]), 0)],
    r.projectStatusInvestmentYi = [st IN sts | coalesce(head([i IN range(0, size(old) - 1) WHERE old[i] = st | r.projectStatusInvestmentYi[i]]), 0.0)
      + coalesce(head([d IN deltas WHERE d.status = st | d.inv]), 0.0)]
  RETURN count(r) AS clusterProjects
}
CALL (rebuilt) {
  // Projects → place rollups.
  UNWIND CASE WHEN rebuilt THEN [] ELSE $projects END AS id
  MATCH (x:Project {id: id})
  // @include rollups/_membership
  WITH x, memberPlaces, NOT EXISTS { (x)-[:TARGETS]->(:ChainSegment) } AS unmapped
  WITH x, memberPlaces, unmapped, unmapped AND x.unmappedReason IN ['non_industrial', 'outside_taxonomy'] AS outside
  UNWIND memberPlaces AS m
  WITH m, 'place|' + m.id + '|' + m.id AS key, x, unmapped, outside
  WHERE NOT EXISTS { MATCH (:RollupDirty {key: key}) }
  WITH m, key, count(x) AS projects, count(CASE WHEN unmapped THEN 1 END) AS withoutSegment,
    count(CASE WHEN outside THEN 1 END) AS outsideChains,
    count(CASE WHEN unmapped AND NOT coalesce(outside, false) AND size(coalesce(x.unmappedChains, [])) = 0 THEN 1 END)
      AS unknownIndustry,
    reduce(acc = [], l IN collect(CASE WHEN unmapped THEN coalesce(x.unmappedChains, []) ELSE [] END) | acc + l) AS named
  MERGE (r:Rollup {key: key})
  ON CREATE SET r.scope = 'place', r.scopeId = m.id, r.placeId = m.id, r.firms = 0, r.finestFirms = 0,
    r.unsegmentedChains = [], r.unsegmentedCounts = []
  WITH r, projects, withoutSegment, outsideChains, unknownIndustry, named, r.unsegmentedChains AS old
  WITH r, projects, withoutSegment, outsideChains, unknownIndustry, named, old,
    old + reduce(acc = [], k IN named | CASE WHEN k IN old OR k IN acc THEN acc ELSE acc + k END) AS chainIds
  SET r.projects = coalesce(r.projects, 0) + projects,
    r.projectsWithoutSegment = coalesce(r.projectsWithoutSegment, 0) + withoutSegment,
    r.projectsOutsideChains = coalesce(r.projectsOutsideChains, 0) + outsideChains,
    r.projectsUnknownIndustry = coalesce(r.projectsUnknownIndustry, 0) + unknownIndustry,
    r.unsegmentedChains = chainIds,
    r.unsegmentedCounts = [k IN chainIds | coalesce(head([i IN range(0, size(old) - 1) WHERE old[i] = k | r.unsegmentedCounts[i]]), 0)
      + size([f IN named WHERE f = k])]
  RETURN count(r) AS placeProjects
}
RETURN segmentFirms + candidateLists + chainFirms + clusterFirms + placeFirms + segmentProjects + chainProjects + clusterProjects + placeProjects AS n
