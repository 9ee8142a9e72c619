// Fragment: the projects a filtered project statement starts from, binding `p` (then `WITH *`, so a
// WHERE may follow): those of the enterprise ($enterprise), else of the park ($park), else of the
// region's places (`places`, from region/_places), else every project. The most selective anchor
// given is read through its relationships, so a filtered list costs what the anchor holds, not what
// the graph holds. The full filter (project/_filter) still follows: the same answer as filtering
// every project.
CALL (places) {
  WITH places WHERE $enterprise IS NOT NULL
  MATCH (p:Project)-[:UNDERTAKEN_BY]->(:Enterprise {id: $enterprise})
  RETURN DISTINCT p
  UNION
  WITH places WHERE $enterprise IS NULL AND $park IS NOT NULL
  MATCH (p:Project)-[:LOCATED_IN]->(:Park {id: $park})
  RETURN p
  UNION
  WITH places WHERE $enterprise IS NULL AND $park IS NULL AND places IS NOT NULL
  UNWIND places AS loc
  MATCH (p:Project)-[:LOCATED_IN]->(loc)
  RETURN DISTINCT p
  UNION
  WITH places WHERE $enterprise IS NULL AND $park IS NULL AND places IS NULL
  // In a subquery of its own, so the guard runs first: as a plain MATCH the planner scans every
  // project and filters on the guard afterwards, whichever anchor applies.
  CALL (places) {
    MATCH (p:Project)
    RETURN p
  }
  RETURN p
}
WITH *
