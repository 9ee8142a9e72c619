// Fragment: a firm's standing for ranking candidates: the distinct chains it is a designated 链主 of
// (LEADS) plus those a text calls it a leading firm (龙头企业) of (LEADING_FIRM_OF). The candidate lists
// (rollups/_candidates) and the direct pool (candidates/fill-candidates) rank by it, then by revenue.
// Input: `e` (Enterprise) in scope. Binds: `designations` (Integer).
WITH *, size(COLLECT { MATCH (e)-[:LEADS]->(c:IndustryChain) RETURN DISTINCT c.name })
  + size(COLLECT { MATCH (e)-[:LEADING_FIRM_OF]->(c:IndustryChain) RETURN DISTINCT c.name }) AS designations
