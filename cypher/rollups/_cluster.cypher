// Fragment: recomputes the rollups of cluster `cl` at the places `wanted` (place ids; null: every place).
// A cluster rollup (scope 'cluster') counts each firm and project of the cluster's member chains once
// (INCLUDES_CHAIN, then their segments): firms, projects, investmentKnown, investmentYi, and per
// effective status (in status order) projectStatuses, projectStatusN, projectStatusInvestmentKnown,
// projectStatusInvestmentYi. A place where the cluster has neither firm nor project has no rollup.
// Input: `cl`, `wanted` in scope.
CALL (cl, wanted) {
  MATCH (old:Rollup {scope: 'cluster', scopeId: cl.id})
  WHERE wanted IS NULL OR old.placeId IN wanted
  DELETE old
}
CALL (cl, wanted) {
  MATCH (cl)-[:INCLUDES_CHAIN]->(:IndustryChain)<-[:IN_CHAIN]-(:ChainSegment)<-[:OPERATES_IN]-(x:Enterprise)
  WITH DISTINCT x
  // @include rollups/_membership
  UNWIND memberPlaces AS m
  WITH x, m
  WHERE wanted IS NULL OR m.id IN wanted
  WITH m, count(x) AS firms
  MERGE (r:Rollup {key: 'cluster|' + cl.id + '|' + m.id})
  SET r.scope = 'cluster', r.scopeId = cl.id, r.placeId = m.id, r.firms = firms
}
CALL (cl, wanted) {
  MATCH (cl)-[:INCLUDES_CHAIN]->(:IndustryChain)<-[:IN_CHAIN]-(:ChainSegment)<-[:TARGETS]-(x:Project)
  WITH DISTINCT x
  // @include rollups/_membership
  UNWIND memberPlaces AS m
  WITH x, m, coalesce(x.effectiveStatus, 'unknown') AS status
  WHERE wanted IS NULL OR m.id IN wanted
  WITH m, status, count(x) AS n, count(x.totalInvestmentYi) AS known, sum(coalesce(x.totalInvestmentYi, 0.0)) AS inv
  ORDER BY status
  WITH m, collect(status) AS statuses, collect(n) AS ns, collect(known) AS knowns, collect(inv) AS invs
  MERGE (r:Rollup {key: 'cluster|' + cl.id + '|' + m.id})
  SET r.scope = 'cluster', r.scopeId = cl.id, r.placeId = m.id,
    r.projects = reduce(t = 0, n IN ns | t + n), r.investmentKnown = reduce(t = 0, n IN knowns | t + n),
    r.investmentYi = reduce(t = 0.0, v IN invs | t + v),
    r.projectStatuses = statuses, r.projectStatusN = ns, r.projectStatusInvestmentKnown = knowns,
    r.projectStatusInvestmentYi = invs
}
