// Fragment: what project statistics (stats/projects-by) filter and group project `x` by, as one
// signature string: "status|chains|listings|parked|located". status is the effective status ('' when
// none); chains the ids of the chains it targets, sorted, comma-separated; listings its 三个一批
// listings and roster entries, sorted, each "L:eventId:list" (LISTED_IN) or "R:eventId:list"
// (IN_ROSTER); parked 1 when it is LOCATED_IN a park; located 1 when it has a district key (below).
// Also binds `tKeys`, the ids of the districts it counts under when grouped by district (the
// districts it is LOCATED_IN, else its parks' districts: stats/projects-by's rule), and `tParks`, the
// ids of its parks. Ids are slugs (^[a-z0-9][a-z0-9-]*$), so the separators never occur in them.
// Input: `x` in scope. Binds: `tSig`, `tKeys`, `tParks`.
WITH *,
  COLLECT { MATCH (x)-[:TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(tc:IndustryChain) RETURN DISTINCT tc.id AS id ORDER BY id } AS tChains,
  COLLECT { MATCH (x)-[tl:LISTED_IN|IN_ROSTER]->(te:Event)
            RETURN DISTINCT CASE type(tl) WHEN 'LISTED_IN' THEN 'L' ELSE 'R' END + ':' + te.id + ':' + coalesce(tl.list, '') AS k
            ORDER BY k } AS tListings,
  COLLECT { MATCH (x)-[:LOCATED_IN]->(tk:Park) RETURN DISTINCT tk.id AS id } AS tParks,
  COLLECT { MATCH (x)-[:LOCATED_IN]->(td:District) RETURN DISTINCT td.id AS id } AS tDirect
WITH *, CASE WHEN size(tDirect) > 0 THEN tDirect
  ELSE COLLECT { MATCH (x)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(td:District) RETURN DISTINCT td.id AS id } END AS tKeys
WITH *, coalesce(x.effectiveStatus, '') + '|' + reduce(s = '', k IN tChains | s + CASE s WHEN '' THEN '' ELSE ',' END + k)
  + '|' + reduce(s = '', k IN tListings | s + CASE s WHEN '' THEN '' ELSE ',' END + k)
  + '|' + CASE WHEN size(tParks) > 0 THEN '1' ELSE '0' END + '|' + CASE WHEN size(tKeys) > 0 THEN '1' ELSE '0' END AS tSig
