// How many projects match the filters (same filters as project/list).
// Parameters: $region, $park, $chain, $segment, $enterprise, $source (ids or null), $stage, $statuses [string], $period, $list, $rosters (boolean: period and list also match district rosters), $minInvest, $maxInvest (亿元), $text. Returns: n.
WITH $region AS regionId
// @include region/_places
// @include project/_start
// @include project/_filter
RETURN count(p) AS n
