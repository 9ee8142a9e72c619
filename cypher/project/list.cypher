// One page of projects matching the filters (region includes sub-regions and parks), sorted.
// Parameters: $region, $park, $chain, $segment, $enterprise, $source (ids or null), $stage, $statuses [string], $period, $list, $rosters (boolean: period and list also match district rosters), $minInvest, $maxInvest (亿元), $text, $sort (name|investment|output|period|status), $desc, $skip, $limit (Integer).
// Returns: node (limit rows; ask for one more than the page to learn whether more follow).
WITH $region AS regionId
// @include region/_places
// @include project/_start
// @include project/_filter
WITH p, CASE $sort
    WHEN 'investment' THEN p.totalInvestmentYi
    WHEN 'output' THEN p.outputValueYi
    WHEN 'period' THEN p.latestPeriod
    WHEN 'status' THEN CASE p.effectiveStatus WHEN 'planned' THEN 0 WHEN 'signed' THEN 1 WHEN 'under_construction' THEN 2 WHEN 'in_production' THEN 3 END
  END AS num
ORDER BY CASE WHEN $desc THEN coalesce(num, -1.0e300) END DESC,
  CASE WHEN NOT $desc THEN num END ASC,
  CASE WHEN $sort = 'name' AND $desc THEN p.name END DESC,
  p.name, p.id
SKIP $skip LIMIT $limit
RETURN properties(p) AS node
