// A cluster's picture in each region: its chains; the local enterprises and projects in those chains'
// segments (projects by status, investment), leaders, and the region's parks holding them.
// Parameters: $cluster (cluster id), $regions [district id] (null: the cluster's own region). Returns: regionId,
// regionNode, chainNodes (the region's and member chains' properties), chains [{id, name}],
// enterprises, leaders [{id, name}], projects, byStatus [{status, n, investmentKnown, investmentYi}], investmentYi (null when no investment is known),
// investmentKnown, parks [{id, name, enterprises, projects}]. profile/cluster-profile-rollup answers the same
// from the rollups.
MATCH (cl:Cluster {id: $cluster})
WITH cl, COLLECT { MATCH (cl)-[:INCLUDES_CHAIN]->(c:IndustryChain) RETURN c } AS chains
UNWIND coalesce($regions, COLLECT { MATCH (cl)-[:IN_REGION]->(d:District) RETURN d.id }) AS regionId
// @include region/_places
WITH *, COLLECT { UNWIND chains AS c MATCH (s:ChainSegment)-[:IN_CHAIN]->(c) RETURN DISTINCT s } AS segs
CALL (segs, places) {
  OPTIONAL MATCH (e:Enterprise)-[:OPERATES_IN]->(s:ChainSegment)
  WHERE s IN segs AND EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(DISTINCT e) AS firms
}
CALL (segs, places) {
  OPTIONAL MATCH (p:Project)-[:TARGETS]->(s:ChainSegment)
  WHERE s IN segs AND EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places }
  RETURN collect(DISTINCT p) AS projects
}
WITH regionId, chains, places, firms, projects,
  COLLECT { UNWIND firms AS e WITH e WHERE EXISTS { MATCH (e)-[:LEADS]->(c) WHERE c IN chains } RETURN e ORDER BY e.id } AS leaders
RETURN regionId, COLLECT { MATCH (d:District {id: regionId}) RETURN properties(d) }[0] AS regionNode,
  [c IN chains | properties(c)] AS chainNodes,
  [c IN chains | {id: c.id, name: c.name}] AS chains,
  size(firms) AS enterprises,
  [e IN leaders | {id: e.id, name: e.name}] AS leaders,
  size(projects) AS projects,
  COLLECT { UNWIND projects AS p
            WITH coalesce(p.effectiveStatus, 'unknown') AS status, count(p) AS n, count(p.totalInvestmentYi) AS known,
              CASE WHEN count(p.totalInvestmentYi) > 0 THEN sum(p.totalInvestmentYi) END AS inv
            RETURN {status: status, n: n, investmentKnown: known, investmentYi: inv} AS row ORDER BY status } AS byStatus,
  CASE WHEN any(p IN projects WHERE p.totalInvestmentYi IS NOT NULL) THEN reduce(s = 0.0, p IN projects | s + coalesce(p.totalInvestmentYi, 0.0)) END AS investmentYi,
  size([p IN projects WHERE p.totalInvestmentYi IS NOT NULL]) AS investmentKnown,
  // The region's parks only: a record of the region (say, stated in one of its districts) that is
  // also LOCATED_IN a park elsewhere does not bring that park into this region's picture.
  COLLECT { CALL (firms, projects, places) {
              UNWIND firms AS e MATCH (e)-[:LOCATED_IN]->(k:Park) RETURN k, 1 AS ef, 0 AS pf
              UNION ALL
              UNWIND projects AS p MATCH (p)-[:LOCATED_IN]->(k:Park) RETURN k, 0 AS ef, 1 AS pf
            }
            WITH k, ef, pf WHERE k IN places
            WITH k, sum(ef) AS ef, sum(pf) AS pf
            RETURN {id: k.id, name: k.name, enterprises: ef, projects: pf} AS park ORDER BY ef + pf DESC, k.name, k.id LIMIT 20 } AS parks
