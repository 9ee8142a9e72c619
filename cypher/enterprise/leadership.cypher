// The chains each enterprise leads (链主) and in which region.
// Parameters: $keys [enterprise id]. Returns: key, node (chain), region, rel.
UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[r:LEADS]->(c:IndustryChain)
OPTIONAL MATCH (d:District {id: r.region})
RETURN key, properties(c) AS node, properties(d) AS region, properties(r) AS rel
ORDER BY r.position
