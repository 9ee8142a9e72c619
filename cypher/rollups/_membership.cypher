// Fragment: THE region rule seen from an enterprise or project `x` (region/_places seen from the other
// end): the places whose region holds x. x is in region R when it is LOCATED_IN one of R's places, so
// x belongs to every park it is located in, to every district it is located in, to the district of
// each of those parks, and to all their ancestors (District -[:WITHIN]-> District). Each place once.
// Also binds `finest`, the most precise district known for x: the deepest of its own district and its
// park's district (ties by id); null when x has no location. "Known only at a coarser level" than a
// region R means `finest` is a strict ancestor of R (region/_coarse-places, gaps/*).
// Input: `x` in scope. Binds: `memberPlaces` [District|Park], `finest` (District or null).
WITH *, COLLECT {
    MATCH (x)-[:LOCATED_IN]->(memberPlace:Park) RETURN memberPlace
    UNION
    MATCH (x)-[:LOCATED_IN]->(:District)-[:WITHIN*0..]->(memberPlace:District) RETURN memberPlace
    UNION
    MATCH (x)-[:LOCATED_IN]->(:Park)-[:IN_DISTRICT]->(:District)-[:WITHIN*0..]->(memberPlace:District) RETURN memberPlace
  } AS memberPlaces
// @include rollups/_finest
