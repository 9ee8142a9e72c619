// How many enterprises match the filters (same filters as enterprise/list).
// Parameters: $region, $park, $chain, $segment, $source (ids or null), $stage, $kinds [string], $tags [string], $hqOutside, $chainLeader, $reference (booleans or null), $text. Returns: n.
WITH $region AS regionId
// @include region/_places
// @include enterprise/_start
// @include enterprise/_filter
RETURN count(e) AS n
