// The same answer as profile/cluster-profile (same parameters, same rows), read from the cluster
// rollups of each region and of each park in it (cypher/rollups/_cluster); the designated leaders
// (LEADS a member chain: a handful) are read directly.
// Parameters: $cluster (cluster id), $regions [district id] (null: the cluster's own region). Returns: as
// profile/cluster-profile.
MATCH (cl:Cluster {id: $cluster})
WITH cl, COLLECT { MATCH (cl)-[:INCLUDES_CHAIN]->(c:IndustryChain) RETURN c } AS chains
UNWIND coalesce($regions, COLLECT { MATCH (cl)-[:IN_REGION]->(d:District) RETURN d.id }) AS regionId
// @include region/_places
OPTIONAL MATCH (r:Rollup {key: 'cluster|' + cl.id + '|' + regionId})
WITH cl, chains, regionId, places, r, coalesce(r.projectStatuses, []) AS statuses
RETURN regionId, COLLECT { MATCH (d:District {id: regionId}) RETURN properties(d) }[0] AS regionNode,
  [c IN chains | properties(c)] AS chainNodes,
  [c IN chains | {id: c.id, name: c.name}] AS chains,
  coalesce(r.firms, 0) AS enterprises,
  COLLECT { MATCH (e:Enterprise)-[:LEADS]->(c:IndustryChain)
            WHERE c IN chains AND EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
              AND EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment)-[:IN_CHAIN]->(c2:IndustryChain) WHERE c2 IN chains }
            RETURN DISTINCT {id: e.id, name: e.name} AS leader ORDER BY leader.id } AS leaders,
  coalesce(r.projects, 0) AS projects,
  [i IN range(0, size(statuses) - 1) | {status: statuses[i], n: r.projectStatusN[i],
    investmentKnown: r.projectStatusInvestmentKnown[i],
    investmentYi: CASE WHEN r.projectStatusInvestmentKnown[i] > 0 THEN r.projectStatusInvestmentYi[i] END}] AS byStatus,
  CASE WHEN r.investmentKnown > 0 THEN r.investmentYi END AS investmentYi,
  coalesce(r.investmentKnown, 0) AS investmentKnown,
  COLLECT { UNWIND places AS k
            WITH k WHERE k:Park
            MATCH (q:Rollup {key: 'cluster|' + cl.id + '|' + k.id})
            WITH k, coalesce(q.firms, 0) AS ef, coalesce(q.projects, 0) AS pf
            RETURN {id: k.id, name: k.name, enterprises: ef, projects: pf} AS park
            ORDER BY ef + pf DESC, k.name, k.id LIMIT 20 } AS parks
