// One page of enterprises matching the filters (region includes sub-regions and parks), by name.
// Parameters: $region, $park, $chain, $segment, $source (ids or null), $stage, $kinds [string], $tags [string], $hqOutside, $chainLeader, $reference (booleans or null), $text, $skip, $limit (Integer). Returns: node.
WITH $region AS regionId
// @include region/_places
// @include enterprise/_start
// @include enterprise/_filter
WITH e ORDER BY e.name, e.id
SKIP $skip LIMIT $limit
RETURN properties(e) AS node
