// Fragment: recomputes the rollup of place `m` (a District at any level, or a Park; scope 'place'): what
// its region holds whatever the chain, by THE region rule (region/_places): firms, finestFirms (firms
// whose most precise district is this place), projects, projectsWithoutSegment, and of those
// projectsOutsideChains (`unmappedReason` non_industrial or outside_taxonomy), projectsUnknownIndustry
// (no reason and no chain named) and, per chain named in `unmappedChains`, unsegmentedChains and
// unsegmentedCounts. A place whose region holds nothing has no rollup.
// Input: `m` in scope.
CALL (m) {
  MATCH (old:Rollup {key: 'place|' + m.id + '|' + m.id})
  DELETE old
}
CALL (m) {
  WITH m, m.id AS regionId
  CALL (m) {
    MATCH (m:Park)
    RETURN [m] AS places
    UNION
    MATCH (m:District)
    WITH m.id AS regionId
    // @include region/_places
    RETURN places
  }
  CALL (places) {
    UNWIND places AS loc
    MATCH (x:Enterprise)-[:LOCATED_IN]->(loc)
    RETURN count(DISTINCT x) AS firms
  }
  CALL (m) {
    CALL (m) {
      MATCH (x:Enterprise)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(m:District)
      RETURN x
      UNION
      MATCH (x:Enterprise)-[:LOCATED_IN]->(m:District)
      RETURN x
    }
    // @include rollups/_finest
    RETURN count(CASE WHEN finest = m THEN 1 END) AS finestFirms
  }
  CALL (places) {
    UNWIND places AS loc
    MATCH (p:Project)-[:LOCATED_IN]->(loc)
    WITH DISTINCT p
    WITH p, NOT EXISTS { (p)-[:TARGETS]->(:ChainSegment) } AS unmapped
    WITH p, unmapped, unmapped AND p.unmappedReason IN ['non_industrial', 'outside_taxonomy'] AS outside
    WITH count(p) AS projects, count(CASE WHEN unmapped THEN 1 END) AS withoutSegment,
      count(CASE WHEN outside THEN 1 END) AS outsideChains,
      count(CASE WHEN unmapped AND NOT coalesce(outside, false) AND size(coalesce(p.unmappedChains, [])) = 0 THEN 1 END)
        AS unknownIndustry,
      [q IN collect(CASE WHEN unmapped THEN p.unmappedChains END) WHERE q IS NOT NULL] AS named
    WITH projects, withoutSegment, outsideChains, unknownIndustry, reduce(acc = [], l IN named | acc + l) AS flat
    WITH projects, withoutSegment, outsideChains, unknownIndustry, flat,
      reduce(acc = [], k IN flat | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS chainIds
    RETURN projects, withoutSegment, outsideChains, unknownIndustry, chainIds,
      [k IN chainIds | size([f IN flat WHERE f = k])] AS chainCounts
  }
  WITH * WHERE firms + finestFirms + projects > 0
  MERGE (r:Rollup {key: 'place|' + m.id + '|' + m.id})
  SET r.scope = 'place', r.scopeId = m.id, r.placeId = m.id, r.firms = firms, r.finestFirms = finestFirms,
    r.projects = projects, r.projectsWithoutSegment = withoutSegment, r.projectsOutsideChains = outsideChains,
    r.projectsUnknownIndustry = unknownIndustry, r.unsegmentedChains = chainIds, r.unsegmentedCounts = chainCounts
}
