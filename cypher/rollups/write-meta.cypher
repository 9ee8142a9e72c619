// Records what the rollups were just rebuilt with (rollups/_write-meta), at the end of a full rebuild.
// Parameters: as rollups/_write-meta. Returns: n.
WITH 1 AS one
// @include rollups/_structure
// @include rollups/_write-meta
RETURN count(meta) AS n
