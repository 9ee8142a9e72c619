// Before an accepted candidate creates a record: one of its kind the graph has already under its id (the same new period accepted from another article), or, for a project, firm or cluster, under its name or an alias (written meanwhile from another article), to merge into instead. Events go by id only: the same name in another year is another edition.
// Parameters: $label ('Project', 'Enterprise', 'Event', 'Cluster' or 'Figure'), $id, $name (or null). Returns: id (at most one; the id's own record first).
CALL {
  MATCH (n:Entity {uid: $label + ':' + $id})
  RETURN n.id AS id, 0 AS rank
  UNION
  MATCH (n:Project)
  WHERE $label = 'Project' AND (n.name = $name OR $name IN coalesce(n.aliases, []))
  RETURN n.id AS id, 1 AS rank
  UNION
  MATCH (n:Enterprise)
  WHERE $label = 'Enterprise' AND (n.name = $name OR $name IN coalesce(n.aliases, []))
  RETURN n.id AS id, 1 AS rank
  UNION
  MATCH (n:Cluster)
  WHERE $label = 'Cluster' AND (n.name = $name OR $name IN coalesce(n.aliases, []))
  RETURN n.id AS id, 1 AS rank
}
RETURN id
ORDER BY rank, id
LIMIT 1
