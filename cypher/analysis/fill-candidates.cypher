// Enterprises located OUTSIDE a region that operate in given (gap) segments, with the evidence a
// ranking needs: leadership, tags, revenue, and the graph paths linking them to the region — firm
// links, local projects, local subsidiaries, and supply adjacency to local firms. The pool is
// pre-ordered (linked first, then leaders, then revenue) and capped; src/modules/analysis/candidate-scorer.ts scores it.
// Parameters: $segments [segment id], $region (district id), $pool (Integer), $recentPeriod (number or null).
// Returns: id, name, aliases, tags, segments [{id, name}], leads [chain name], revenueYi, recentProjects,
// paths [{nodes [{kind, id, name}], rels [type]}], linkCount, projectLinks, subsidiaryLinks, supplyLinks.
WITH $region AS regionId
// @include analysis/_region-places
UNWIND $segments AS segmentId
MATCH (s:ChainSegment {id: segmentId})<-[:OPERATES_IN]-(e:Enterprise)
WHERE NOT EXISTS { MATCH (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
WITH places, e, collect(DISTINCT s) AS segs
CALL (e, places) {
  OPTIONAL MATCH path = (e)-[:SUPPLIES_TO|PARTNERS_WITH|INVESTED_BY]-(x:Enterprise)
  WHERE EXISTS { MATCH (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(path)[..5] AS firmPaths, count(path) AS linkCount
}
CALL (e, places) {
  OPTIONAL MATCH path = (p:Project)-[:UNDERTAKEN_BY]->(e)
  WHERE EXISTS { MATCH (p)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(path)[..5] AS projectPaths, count(path) AS projectLinks
}
CALL (e, places) {
  OPTIONAL MATCH path = (x:Enterprise)-[:SUBSIDIARY_OF*1..2]-(e)
  WHERE x <> e AND EXISTS { MATCH (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(path)[..3] AS groupPaths, count(path) AS subsidiaryLinks
}
CALL (e, segs, places) {
  UNWIND segs AS s
  OPTIONAL MATCH path = (e)-[:OPERATES_IN]->(s)-[:SUPPLIES]-(:ChainSegment)<-[:OPERATES_IN]-(x:Enterprise)
  WHERE EXISTS { MATCH (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(path)[..3] AS supplyPaths, count(path) AS supplyLinks
}
WITH e, segs, firmPaths + projectPaths + groupPaths + supplyPaths AS paths, linkCount, projectLinks, subsidiaryLinks, supplyLinks,
  COLLECT { MATCH (e)-[:LEADS]->(c:IndustryChain) RETURN DISTINCT c.name } AS leads,
  COLLECT { MATCH (f:Figure {kind: 'revenue'})-[:ABOUT]->(e) RETURN f.valueYi ORDER BY f.year DESC LIMIT 1 }[0] AS revenueYi,
  COUNT { MATCH (p:Project)-[:UNDERTAKEN_BY]->(e) WHERE $recentPeriod IS NULL OR p.latestPeriod >= $recentPeriod OR p.effectiveStatus IN ['signed', 'under_construction'] } AS recentProjects
ORDER BY linkCount + projectLinks + subsidiaryLinks + supplyLinks > 0 DESC, size(leads) DESC, coalesce(revenueYi, 0) DESC, e.id
LIMIT $pool
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.tags, []) AS tags,
  [s IN segs | {id: s.id, name: s.name}] AS segments, leads, revenueYi, recentProjects,
  [p IN paths | {nodes: [n IN nodes(p) | {kind: [l IN labels(n) WHERE l <> 'Entity'][0], id: n.id, name: n.name}], rels: [r IN relationships(p) | type(r)]}] AS paths,
  linkCount, projectLinks, subsidiaryLinks, supplyLinks
