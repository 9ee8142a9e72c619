// Fragment: the most precise district known for `x` (an enterprise or project): the deepest of the
// district it is LOCATED_IN and the district of the park it is LOCATED_IN (ties by id); null when x has
// no location. Input: `x` in scope. Binds: `finest`.
WITH *, COLLECT {
    CALL (x) {
      MATCH (x)-[:LOCATED_IN]->(d:District) RETURN d
      UNION
      MATCH (x)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(d:District) RETURN d
    }
    RETURN d ORDER BY COUNT { (d)-[:WITHIN*1..]->(:District) } DESC, d.id LIMIT 1
  }[0] AS finest
