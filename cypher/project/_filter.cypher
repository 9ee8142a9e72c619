// Fragment: the project filters shared by project/list, project/count and the statistics; `p` is the Project.
// Needs `places` bound from $region (region/_places) before the MATCH. Parameters: see project/list.
// $period/$list match listings (LISTED_IN); with $rosters also district rosters (IN_ROSTER).
WHERE ($statuses IS NULL OR p.effectiveStatus IN $statuses)
  AND ($minInvest IS NULL OR p.totalInvestmentYi >= $minInvest)
  AND ($maxInvest IS NULL OR p.totalInvestmentYi <= $maxInvest)
  AND (places IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(loc) WHERE loc IN places })
  AND ($park IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Park {id: $park}) })
  AND ($segment IS NULL OR EXISTS { (p)-[:TARGETS]->(:ChainSegment {id: $segment}) })
  AND ($chain IS NULL OR EXISTS { (p)-[:TARGETS]->(:ChainSegment)-[:IN_CHAIN]->(:IndustryChain {id: $chain}) })
  AND ($stage IS NULL OR EXISTS { (p)-[:TARGETS]->(:ChainSegment {stage: $stage}) })
  AND ($period IS NULL OR EXISTS { MATCH (p)-[fl:LISTED_IN|IN_ROSTER]->(:Event {period: $period})
                                     WHERE ($list IS NULL OR fl.list = $list) AND ($rosters OR type(fl) = 'LISTED_IN') })
  AND ($list IS NULL OR $period IS NOT NULL OR EXISTS { MATCH (p)-[fl:LISTED_IN|IN_ROSTER]->()
                                     WHERE fl.list = $list AND ($rosters OR type(fl) = 'LISTED_IN') })
  AND ($source IS NULL OR EXISTS { (p)-[:EVIDENCED_BY]->(:Source {id: $source}) })
  AND ($enterprise IS NULL OR EXISTS { (p)-[:UNDERTAKEN_BY]->(:Enterprise {id: $enterprise}) })
  AND ($text IS NULL OR p.name CONTAINS $text OR any(a IN coalesce(p.aliases, []) WHERE a CONTAINS $text))
