// Fragment: whether project `x` (in the region of place `m`) is a stray of m's tally: it counts, when
// grouped by district or park (stats/projects-by), under a district (`tKeys`) or park (`tParks`) outside
// m's region, as when it is LOCATED_IN a park of the region and directly in a district elsewhere. Only
// districts have strays. Walked upwards from each key (a few WITHIN hops), never down from m.
// Input: `m`, `tKeys`, `tParks` in scope. Binds: `tStray`.
WITH *, m:District AND (
    any(k IN tKeys WHERE NOT m IN COLLECT { MATCH (:District {id: k})-[:WITHIN*0..]->(a:District) RETURN a })
    OR any(k IN tParks WHERE NOT m IN COLLECT { MATCH (:Park {id: k})-[:IN_DISTRICT]->(:District)-[:WITHIN*0..]->(a:District) RETURN a })
  ) AS tStray
