// Enterprises that could fill given (gap) segments of a region, with the evidence a ranking needs.
// "Outside" is strict: a firm is PRESENT in the region when it, its group (parent, subsidiaries, sister
// units: SUBSIDIARY_OF up to two steps either way) or a project it undertakes is located there, or when it
// is located only at a coarser level (region/_coarse-places: it could be there). Present firms are left
// out unless $includeLocal, and then carry what makes them present (localPresence). Evidence per firm:
// 链主 designations and 龙头 descriptions, tags, latest revenue, its group's standing, concrete links to
// firms of the region (supplies, partners, investors), supply adjacency (local firms one supply step
// from the gap segment, counted up to $adjacentCap; computed once per segment), recent projects anywhere, and a dossier
// (headquarters, units and projects in Henan, listed status, recent projects). The firms considered in
// each segment are its first $candidateList by standing (candidates/_designations), revenue and id,
// wherever they are: the segment's candidate list, which candidates/fill-candidates-rollup reads from
// the rollups (rollups/_candidates) instead of ranking every firm of the segment. The pool is
// pre-ordered (linked first, then designated, then revenue) and capped (candidates/_evaluate);
// candidates.scoring.ts scores it.
// Parameters: $segments [segment id], $region (district id), $pool, $candidateList, $adjacentCap (Integer),
// $includeLocal (boolean), $leadingTags [tag], $leaderRevenueYi.
// Returns: id, name, aliases, tags, reference, segments [{id, name}], leads [chain name], leadingIn [chain name],
// revenueYi, groupLeading, localPresence [self|group|project|coarse], linkCount, supplyLinks, recentProjects,
// paths [{nodes [{kind, id, name}], rels [type]}], headquarters, hqOutside, henanUnits, henanProjects,
// recent [{id, name, status, region, investmentYi}].
WITH $region AS regionId
// @include region/_places
// @include region/_coarse-places
WITH places, coarsePlaces, COLLECT { MATCH (h:District)-[:WITHIN*0..]->(:District {id: 'henan'}) RETURN h } AS henan
CALL (places) {
  UNWIND $segments AS segmentId
  MATCH (s:ChainSegment {id: segmentId})
  // Supply adjacency: the region's firms in a segment one supply step from s, the first $adjacentCap by
  // id, each with its adjacent segment (the first by id).
  CALL (s, places) {
    OPTIONAL MATCH (s)-[:SUPPLIES]-(n:ChainSegment)<-[:OPERATES_IN]-(x:Enterprise)
    WHERE EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }
    WITH x, n ORDER BY n.id
    WITH x, collect(n)[0] AS n ORDER BY x.id
    WITH collect(CASE WHEN x IS NOT NULL THEN [n, x] END)[..toInteger($adjacentCap)] AS found
    RETURN [p IN found | p[1].id] AS adjacent, found[..2] AS adjacentSample
  }
  CALL (s) {
    MATCH (s)<-[:OPERATES_IN]-(e:Enterprise)
    // @include candidates/_designations
    WITH e, designations ORDER BY designations DESC, coalesce(e.revenueYi, -1) DESC, e.id
    LIMIT toInteger($candidateList)
    RETURN e, designations
  }
  // Per firm, inside the subquery: the region's lists are no grouping key.
  WITH e, max(designations) AS designations, collect({s: s, adjacent: adjacent, sample: adjacentSample}) AS segInfo
  RETURN e, designations, segInfo
}
// @include candidates/_evaluate
