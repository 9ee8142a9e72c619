// Recomputes derived enterprise fields after an import: `revenueYi`, the latest revenue figure
// about the firm (亿元; the latest year first, then the figure id), which every analysis reads
// instead of looking the figures up firm by firm. Only the enterprises an import touched ($ids: the
// enterprises of the bundle and those its figures are about); $ids null recomputes every one.
// Parameters: $ids ([enterprise id] or null). Returns: n (enterprises updated).
CALL () {
  WITH 1 AS all WHERE $ids IS NULL
  MATCH (e:Enterprise)
  RETURN e
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (e:Enterprise {id: id})
  RETURN e
}
CALL (e) {
  OPTIONAL MATCH (f:Figure {kind: 'revenue'})-[:ABOUT]->(e)
  WITH f ORDER BY f.year DESC, f.id
  RETURN collect(f.valueYi)[0] AS revenue
}
SET e.revenueYi = revenue
RETURN count(e) AS n
