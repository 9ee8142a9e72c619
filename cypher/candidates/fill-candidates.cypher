// Enterprises located OUTSIDE a region that operate in given (gap) segments, with the evidence a
// ranking needs: leadership, tags, revenue, and the graph paths linking them to the region — firm
// links, local projects, local group companies, and supply adjacency (a local firm one supply step
// from the gap segment; computed once per segment). The pool is pre-ordered (linked first, then
// leaders, then revenue) and capped; src/modules/candidates/candidates.scoring.ts scores it.
// Parameters: $segments [segment id], $region (district id), $pool (Integer).
// Returns: id, name, aliases, tags, segments [{id, name}], leads [chain name], revenueYi, recentProjects,
// paths [{nodes [{kind, id, name}], rels [type]}], linkCount, projectLinks, subsidiaryLinks, supplyLinks.
WITH $region AS regionId
// @include region/_places
UNWIND $segments AS segmentId
MATCH (s:ChainSegment {id: segmentId})
CALL (s, places) {
  OPTIONAL MATCH (s)-[:SUPPLIES]-(n:ChainSegment)<-[:OPERATES_IN]-(x:Enterprise)
  WHERE EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  WITH n, x ORDER BY x.id
  RETURN count(x) AS adjacent, collect(CASE WHEN x IS NOT NULL THEN [n, x] END)[..2] AS adjacentSample
}
MATCH (s)<-[:OPERATES_IN]-(e:Enterprise)
WHERE NOT EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
WITH places, e, collect({s: s, adjacent: adjacent, sample: adjacentSample}) AS segInfo
CALL (e, places) {
  OPTIONAL MATCH path = (e)-[:SUPPLIES_TO|PARTNERS_WITH|INVESTED_BY]-(x:Enterprise)
  WHERE EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(path)[..5] AS firmPaths, count(path) AS linkCount
}
CALL (e, places) {
  OPTIONAL MATCH path = (p:Project)-[:UNDERTAKEN_BY]->(e)
  WHERE EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(path)[..5] AS projectPaths, count(path) AS projectLinks
}
CALL (e, places) {
  OPTIONAL MATCH path = (x:Enterprise)-[:SUBSIDIARY_OF*1..2]-(e)
  WHERE x <> e AND EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(path)[..3] AS groupPaths, count(path) AS subsidiaryLinks
}
WITH e, segInfo, firmPaths, projectPaths, groupPaths, linkCount, projectLinks, subsidiaryLinks,
  reduce(n = 0, i IN segInfo | n + i.adjacent) AS supplyLinks,
  COLLECT { MATCH (e)-[:LEADS]->(c:IndustryChain) RETURN DISTINCT c.name } AS leads,
  COLLECT { MATCH (f:Figure {kind: 'revenue'})-[:ABOUT]->(e) RETURN f.valueYi ORDER BY f.year DESC LIMIT 1 }[0] AS revenueYi
ORDER BY linkCount + projectLinks + subsidiaryLinks + supplyLinks > 0 DESC, size(leads) DESC, coalesce(revenueYi, 0) DESC, e.id
LIMIT $pool
WITH e, segInfo, firmPaths, projectPaths, groupPaths, linkCount, projectLinks, subsidiaryLinks, supplyLinks, leads, revenueYi,
  COUNT { MATCH (p:Project)-[:UNDERTAKEN_BY]->(e) WHERE p.effectiveStatus IN ['signed', 'under_construction'] } AS recentProjects
WITH e, segInfo, leads, revenueYi, recentProjects, linkCount, projectLinks, subsidiaryLinks, supplyLinks,
  [p IN firmPaths + projectPaths + groupPaths | {nodes: [n IN nodes(p) | {kind: [l IN labels(n) WHERE l <> 'Entity'][0], id: n.id, name: n.name}], rels: [x IN relationships(p) | type(x)]}] +
  reduce(acc = [], i IN segInfo | acc + [pair IN i.sample | {
      nodes: [{kind: 'Enterprise', id: e.id, name: e.name}, {kind: 'ChainSegment', id: i.s.id, name: i.s.name},
              {kind: 'ChainSegment', id: pair[0].id, name: pair[0].name}, {kind: 'Enterprise', id: pair[1].id, name: pair[1].name}],
      rels: ['OPERATES_IN', 'SUPPLIES', 'OPERATES_IN']}])[..3] AS paths
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.tags, []) AS tags,
  [i IN segInfo | {id: i.s.id, name: i.s.name}] AS segments, leads, revenueYi, recentProjects,
  [p IN paths WHERE p IS NOT NULL] AS paths, linkCount, projectLinks, subsidiaryLinks, supplyLinks
