// Rebuilds the rollups of some places (rollups/_place: what each region holds whatever the chain).
// Parameters: $places (null: every district and park) [district or park id]. Returns: n (places rebuilt).
CALL () {
  WITH 1 AS all WHERE $places IS NULL
  MATCH (m:District)
  RETURN m
  UNION
  WITH 1 AS all WHERE $places IS NULL
  MATCH (m:Park)
  RETURN m
  UNION
  UNWIND coalesce($places, []) AS placeId
  MATCH (m:District {id: placeId})
  RETURN m
  UNION
  UNWIND coalesce($places, []) AS placeId
  MATCH (m:Park {id: placeId})
  RETURN m
}
// @include rollups/_place
RETURN count(m) AS n
