// Fragment: the enterprise filters shared by enterprise/list, enterprise/count and the statistics; `e` is the Enterprise.
// Needs `places` bound from $region (region/_places) before the MATCH. Parameters: see enterprise/list.
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($tags IS NULL OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
  AND ($hqOutside IS NULL OR coalesce(e.hqOutside, false) = $hqOutside)
  AND ($reference IS NULL OR coalesce(e.reference, false) = $reference)
  AND ($chainLeader IS NULL OR EXISTS { (e)-[:LEADS]->() } = $chainLeader)
  AND (places IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(loc) WHERE loc IN places })
  AND ($park IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Park {id: $park}) })
  AND ($segment IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment {id: $segment}) })
  AND ($chain IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment)-[:IN_CHAIN]->(:IndustryChain {id: $chain}) })
  AND ($stage IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment {stage: $stage}) })
  AND ($source IS NULL OR EXISTS { (e)-[:EVIDENCED_BY]->(:Source {id: $source}) })
  AND ($text IS NULL OR e.name CONTAINS $text OR any(a IN coalesce(e.aliases, []) WHERE a CONTAINS $text))
