// The chains a source calls each enterprise a leading firm (龙头企业) of, and in which region: a
// description, not a 链主 designation (enterprise/leadership).
// Parameters: $keys [enterprise id]. Returns: key, node (chain), region, rel.
UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[r:LEADING_FIRM_OF]->(c:IndustryChain)
OPTIONAL MATCH (d:District {id: r.region})
RETURN key, properties(c) AS node, properties(d) AS region, properties(r) AS rel
ORDER BY r.position
