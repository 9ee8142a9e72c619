// The node each figure is about.
// Parameters: $keys [figure id]. Returns: key, node, labels.
UNWIND $keys AS key
MATCH (:Figure {id: key})-[:ABOUT]->(s:Entity)
RETURN key, properties(s) AS node, [l IN labels(s) WHERE l <> 'Entity'] AS labels
