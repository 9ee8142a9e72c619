// Parks, optionally those in a region and its sub-regions.
// Parameters: $region (district id or null). Returns: node.
WITH $region AS regionId
// @include region/_places
MATCH (k:Park)
WHERE places IS NULL OR k IN places
RETURN properties(k) AS node
ORDER BY k.name
LIMIT 1000
