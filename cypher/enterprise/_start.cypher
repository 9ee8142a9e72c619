// Fragment: the enterprises a filtered enterprise statement starts from, binding `e` (then `WITH *`,
// so a WHERE may follow): those of the park ($park), else of the region's places (`places`, from
// region/_places), else every enterprise. The anchor is read through its relationships, so a
// filtered list costs what the anchor holds, not what the graph holds. The full filter
// (enterprise/_filter) still follows: the same answer.
CALL (places) {
  WITH places WHERE $park IS NOT NULL
  MATCH (e:Enterprise)-[:LOCATED_IN]->(:Park {id: $park})
  RETURN e
  UNION
  WITH places WHERE $park IS NULL AND places IS NOT NULL
  UNWIND places AS loc
  MATCH (e:Enterprise)-[:LOCATED_IN]->(loc)
  RETURN DISTINCT e
  UNION
  WITH places WHERE $park IS NULL AND places IS NULL
  MATCH (e:Enterprise)
  RETURN e
}
WITH *
