// Fragment: the evidence and pre-order of 补链 candidates (candidates/fill-candidates and its rollup
// form): per candidate firm `e` of gap segment `s`, its segments, presence in the region, links, standing
// and dossier; the pool is pre-ordered (linked first, then designated, then revenue) and capped at $pool.
// Input: places, coarsePlaces, henan, and per candidate firm `e`: designations (candidates/_designations),
// segInfo [{s (gap segment), adjacent [local firm id], sample [[segment, firm]]}] (one row per firm; the
// heads aggregate by firm inside a subquery, so the region's lists are never grouping keys).
// Parameters and returns: as candidates/fill-candidates.
WITH places, coarsePlaces, henan, e, designations, segInfo,
  [k IN [
    CASE WHEN EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places } THEN 'self' END,
    CASE WHEN EXISTS { (e)-[:SUBSIDIARY_OF*1..2]-(x:Enterprise) WHERE x <> e AND EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places } } THEN 'group' END,
    CASE WHEN EXISTS { (p:Project)-[:UNDERTAKEN_BY]->(e) WHERE EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places } } THEN 'project' END,
    CASE WHEN EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN coarsePlaces } THEN 'coarse' END
  ] WHERE k IS NOT NULL] AS localPresence
WHERE $includeLocal OR size(localPresence) = 0
// Firms of the region it supplies, partners or is invested with: counted for every candidate (the
// pre-order needs it), their paths read for the pool only.
WITH *, COUNT {
    MATCH (e)-[:SUPPLIES_TO|PARTNERS_WITH|INVESTED_BY]-(x:Enterprise)
    WHERE EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
    RETURN DISTINCT x
  } AS linkCount
WITH e, designations, segInfo, localPresence, places, henan, linkCount,
  // Each local firm once, however many gap segments or supply edges reach it.
  // Up to $adjacentCap: each segment's list stops there, so a union that reaches it is at least that.
  // (Most firms are in one gap segment: their count needs no union.)
  reduce(m = $adjacentCap, v IN [size(CASE WHEN size(segInfo) = 1 THEN segInfo[0].adjacent
      ELSE reduce(ids = [], i IN segInfo | ids + [x IN i.adjacent WHERE NOT x IN ids]) END)] |
    CASE WHEN v < m THEN v ELSE m END) AS supplyLinks,
  e.revenueYi AS revenueYi
ORDER BY linkCount > 0 DESC, designations DESC, coalesce(revenueYi, -1) DESC, e.id
LIMIT $pool
WITH *, CASE WHEN linkCount = 0 THEN [] ELSE COLLECT {
      MATCH path = (e)-[:SUPPLIES_TO|PARTNERS_WITH|INVESTED_BY]-(x:Enterprise)
      WHERE EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
      RETURN path LIMIT 5
    } END AS firmPaths,
  COLLECT { MATCH (e)-[:LEADS]->(c:IndustryChain) RETURN DISTINCT c.name } AS leads,
  COLLECT { MATCH (e)-[:LEADING_FIRM_OF]->(c:IndustryChain) RETURN DISTINCT c.name } AS leadingIn
CALL (e, places) {
  OPTIONAL MATCH path = (p:Project)-[:UNDERTAKEN_BY]->(e)
  WHERE EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  OPTIONAL MATCH gpath = (x:Enterprise)-[:SUBSIDIARY_OF*1..2]-(e)
  WHERE x <> e AND EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(DISTINCT path)[..3] + collect(DISTINCT gpath)[..3] AS presencePaths
}
// @include enterprise/_group-leading
WITH e, segInfo, localPresence, henan, firmPaths, presencePaths, linkCount, supplyLinks, leads, leadingIn, revenueYi,
  groupLeading,
  COUNT { MATCH (p:Project)-[:UNDERTAKEN_BY]->(e) WHERE p.effectiveStatus IN ['signed', 'under_construction'] } AS recentProjects,
  COLLECT {
    MATCH (p:Project)-[:UNDERTAKEN_BY]->(e) WHERE p.effectiveStatus IN ['signed', 'under_construction']
    OPTIONAL MATCH (p)-[:LOCATED_IN]->(d:District)
    OPTIONAL MATCH (p)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(pd:District)
    WITH p, coalesce(d, pd) AS d ORDER BY coalesce(p.totalInvestmentYi, -1) DESC, p.id
    RETURN {id: p.id, name: p.name, status: p.effectiveStatus, region: d.name, investmentYi: p.totalInvestmentYi} LIMIT 5
  } AS recent,
  COLLECT {
    MATCH (e)-[:LOCATED_IN]->(d:District) RETURN d.name
    UNION
    MATCH (e)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(d:District) RETURN d.name
  }[0] AS headquarters,
  COUNT {
    MATCH (x:Enterprise)-[:SUBSIDIARY_OF*0..2]-(e)
    WHERE EXISTS { (x)-[:LOCATED_IN]->(h) WHERE h IN henan } OR EXISTS { (x)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(h) WHERE h IN henan }
  } AS henanUnits,
  COUNT {
    MATCH (p:Project)-[:UNDERTAKEN_BY]->(e)
    WHERE EXISTS { (p)-[:LOCATED_IN]->(h) WHERE h IN henan } OR EXISTS { (p)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(h) WHERE h IN henan }
  } AS henanProjects
WITH e, segInfo, localPresence, leads, leadingIn, revenueYi, groupLeading, recentProjects, linkCount, supplyLinks,
  recent, headquarters, henanUnits, henanProjects,
  [p IN firmPaths + presencePaths | {nodes: [n IN nodes(p) | {kind: [l IN labels(n) WHERE l <> 'Entity'][0], id: n.id, name: n.name}], rels: [x IN relationships(p) | type(x)]}] +
  reduce(acc = [], i IN segInfo | acc + [pair IN i.sample | {
      nodes: [{kind: 'Enterprise', id: e.id, name: e.name}, {kind: 'ChainSegment', id: i.s.id, name: i.s.name},
              {kind: 'ChainSegment', id: pair[0].id, name: pair[0].name}, {kind: 'Enterprise', id: pair[1].id, name: pair[1].name}],
      rels: ['OPERATES_IN', 'SUPPLIES', 'OPERATES_IN']}])[..3] AS paths
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.tags, []) AS tags,
  coalesce(e.reference, false) = true AS reference,
  [i IN segInfo | {id: i.s.id, name: i.s.name}] AS segments, leads, leadingIn, revenueYi, groupLeading, localPresence,
  linkCount, supplyLinks, recentProjects, [p IN paths WHERE p IS NOT NULL] AS paths,
  headquarters, coalesce(e.hqOutside, false) AS hqOutside, henanUnits, henanProjects, recent
