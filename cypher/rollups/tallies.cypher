// Rebuilds project tallies (rollups/_tally-place) of some places, and the graph-wide one
// (rollups/_tally-all) when $all is true; one batch of a full rebuild (src/rollups/rollups.ts).
// Parameters: $places ([district or park id]), $all (Boolean). Returns: n (places done).
CALL () {
  WITH 1 AS one WHERE $all
  // @include rollups/_tally-all
}
CALL () {
  UNWIND $places AS placeId
  CALL (placeId) {
    MATCH (m:District {id: placeId}) RETURN m
    UNION
    MATCH (m:Park {id: placeId}) RETURN m
  }
  // @include rollups/_tally-place
  RETURN count(m) AS n
}
RETURN n
