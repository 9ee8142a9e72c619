// Parks in each region, including its sub-regions.
// Parameters: $keys [district id], $first. Returns: key, node.
UNWIND $keys AS key
WITH key, key AS regionId
// @include region/_places
CALL (places) {
  UNWIND places AS k
  WITH k WHERE k:Park
  RETURN k ORDER BY k.name LIMIT toInteger($first)
}
RETURN key, properties(k) AS node
