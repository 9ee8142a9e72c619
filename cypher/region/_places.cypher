// Fragment: THE region rule. "x is in region R" means x is LOCATED_IN one of R's places: R itself,
// its sub-regions at any depth (District -[:WITHIN]-> District), and the parks IN_DISTRICT of any of
// them. Every statement that filters by region uses this fragment and only this rule.
// Input: `regionId` in scope (a district id, or null for "no region filter").
// Binds: `places`, the list of those District and Park nodes, or null when regionId is null.
// Use: `places IS NULL OR EXISTS { (x)-[:LOCATED_IN]->(loc) WHERE loc IN places }`, or start from
// `UNWIND places AS loc MATCH (x)-[:LOCATED_IN]->(loc)` to read what a region holds.
WITH *, CASE WHEN regionId IS NULL THEN null ELSE COLLECT {
    MATCH (regionPlace:District)-[:WITHIN*0..]->(:District {id: regionId}) RETURN regionPlace
    UNION
    MATCH (regionPlace:Park)-[:IN_DISTRICT]->(:District)-[:WITHIN*0..]->(:District {id: regionId}) RETURN regionPlace
  } END AS places
