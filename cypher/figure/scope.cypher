// The district whose share of an event a figure counts.
// Parameters: $keys [figure id]. Returns: key, node.
UNWIND $keys AS key
MATCH (:Figure {id: key})-[:SCOPED_TO]->(d:District)
RETURN key, properties(d) AS node
