// The projects each enterprise undertakes or invests in, with its role.
// Parameters: $keys [enterprise id], $first. Returns: key, node (project), rel.
UNWIND $keys AS key
MATCH (e:Enterprise {id: key})
CALL (e) {
  MATCH (p:Project)-[r:UNDERTAKEN_BY]->(e)
  RETURN p, r ORDER BY coalesce(p.totalInvestmentYi, -1) DESC, p.name LIMIT toInteger($first)
}
RETURN key, properties(p) AS node, properties(r) AS rel
