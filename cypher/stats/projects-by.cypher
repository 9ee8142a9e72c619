// Project counts and money totals (亿元) grouped by district, park, chain, cluster, status, period or
// list, over the same filters as project/list. A project targeting two chains counts in both chain
// groups (and once in totals of other groupings); money sums only projects with a known figure.
// Parameters: project/list filters, $groupBy (district|park|chain|cluster|status|period|list). Periods and
// lists are listings; with $rosters also district rosters; with $period, lists are those of that period.
// Returns: key, name, projectCount, investmentKnownCount, totalInvestmentYi, outputKnownCount, outputValueYi
// (sums of known figures; null when none is known: unknown money is never 0).
WITH $region AS regionId
// @include region/_places
// @include project/_start
// @include project/_filter
CALL (p) {
  WITH p WHERE $groupBy = 'status'
  RETURN coalesce(p.effectiveStatus, 'unknown') AS key, null AS name
  UNION
  WITH p WHERE $groupBy = 'district'
  OPTIONAL MATCH (p)-[:LOCATED_IN]->(d1:District)
  OPTIONAL MATCH (p)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(d2:District)
  WITH coalesce(d1, d2) AS d
  RETURN coalesce(d.id, 'unknown') AS key, d.name AS name
  UNION
  WITH p WHERE $groupBy = 'park'
  OPTIONAL MATCH (p)-[:LOCATED_IN]->(k:Park)
  RETURN coalesce(k.id, 'unknown') AS key, k.name AS name
  UNION
  WITH p WHERE $groupBy = 'chain'
  OPTIONAL MATCH (p)-[:TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(c:IndustryChain)
  RETURN DISTINCT coalesce(c.id, 'unknown') AS key, c.name AS name
  UNION
  WITH p WHERE $groupBy = 'cluster'
  // A project counts in a cluster when it targets one of its chains AND lies in the cluster's region.
  CALL (p) {
    MATCH (p)-[:TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(:IndustryChain)<-[:INCLUDES_CHAIN]-(c:Cluster)-[:IN_REGION]->(cr:District)
    WITH DISTINCT p, c, cr.id AS regionId
    // @include region/_places
    WITH c WHERE EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places }
    RETURN collect(DISTINCT c) AS clusters
  }
  UNWIND CASE WHEN size(clusters) = 0 THEN [null] ELSE clusters END AS c
  RETURN DISTINCT coalesce(c.id, 'unknown') AS key, c.name AS name
  UNION
  WITH p WHERE $groupBy = 'period'
  OPTIONAL MATCH (p)-[l:LISTED_IN|IN_ROSTER]->(e:Event)
  WHERE $rosters OR type(l) = 'LISTED_IN'
  RETURN DISTINCT coalesce(toString(toInteger(e.period)), 'unknown') AS key, e.name AS name
  UNION
  WITH p WHERE $groupBy = 'list'
  // With a period filter, the list the project was on in THAT period (listing, or roster with $rosters).
  OPTIONAL MATCH (p)-[l:LISTED_IN|IN_ROSTER]->(e:Event)
  WHERE ($rosters OR type(l) = 'LISTED_IN') AND ($period IS NULL OR e.period = $period)
  RETURN DISTINCT coalesce(l.list, 'unknown') AS key, null AS name
}
WITH key, name, collect(DISTINCT p) AS projects
RETURN key, name, size(projects) AS projectCount,
  size([x IN projects WHERE x.totalInvestmentYi IS NOT NULL]) AS investmentKnownCount,
  CASE WHEN any(x IN projects WHERE x.totalInvestmentYi IS NOT NULL) THEN reduce(s = 0.0, x IN projects | s + coalesce(x.totalInvestmentYi, 0.0)) END AS totalInvestmentYi,
  size([x IN projects WHERE x.outputValueYi IS NOT NULL]) AS outputKnownCount,
  CASE WHEN any(x IN projects WHERE x.outputValueYi IS NOT NULL) THEN reduce(s = 0.0, x IN projects | s + coalesce(x.outputValueYi, 0.0)) END AS outputValueYi
ORDER BY projectCount DESC, coalesce(round(totalInvestmentYi, 4), -1) DESC, key, name
LIMIT 1000
