// The designated chain leaders (链主) of each chain, with region and provenance.
// Parameters: $keys [chain id]. Returns: key, node (enterprise), region, rel.
UNWIND $keys AS key
MATCH (e:Enterprise)-[r:LEADS]->(:IndustryChain {id: key})
OPTIONAL MATCH (d:District {id: r.region})
RETURN key, properties(e) AS node, properties(d) AS region, properties(r) AS rel
ORDER BY e.name
