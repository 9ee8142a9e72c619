// The same answer as leaders/leader-candidates (same parameters, same rows), with the candidate pool
// read from the chain rollup of the region (topFirms: the first ROLLUP_POOL firms by segments covered,
// revenue and id) instead of every local firm of the chain, plus the chain's designated (LEADS) and
// described (LEADING_FIRM_OF, operating in the chain) firms in the region, read directly.
// Exact while $limit ≤ ROLLUP_POOL (the pool the API asks for is that size).
// Parameters: as leaders/leader-candidates. Returns: as leaders/leader-candidates.
MATCH (c:IndustryChain {id: $chain})
MATCH (region:District {id: $region})
OPTIONAL MATCH (r:Rollup {key: 'chain|' + c.id + '|' + region.id})
CALL (c, region, r) {
  MATCH (e:Enterprise)-[:LEADS]->(c)
  WHERE EXISTS { (e)-[:LOCATED_IN]->()-[:IN_DISTRICT|WITHIN*0..]->(region) }
  RETURN e
  UNION
  MATCH (e:Enterprise)-[:LEADING_FIRM_OF]->(c)
  WHERE EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment)-[:IN_CHAIN]->(c) }
    AND EXISTS { (e)-[:LOCATED_IN]->()-[:IN_DISTRICT|WITHIN*0..]->(region) }
  RETURN e
  UNION
  UNWIND coalesce(r.topFirms, [])[..toInteger($limit)] AS id
  MATCH (e:Enterprise {id: id})
  RETURN e
}
WITH DISTINCT e, c, region
// @include leaders/_evidence
