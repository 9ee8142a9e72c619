// Rebuilds the rollups of some clusters at every place (rollups/_cluster).
// Parameters: $clusters (null: every one) [cluster id]. Returns: n (clusters rebuilt).
CALL () {
  WITH 1 AS all WHERE $clusters IS NULL
  MATCH (cl:Cluster)
  RETURN cl
  UNION
  UNWIND coalesce($clusters, []) AS clusterId
  MATCH (cl:Cluster {id: clusterId})
  RETURN cl
}
WITH cl, null AS wanted
// @include rollups/_cluster
RETURN count(cl) AS n
