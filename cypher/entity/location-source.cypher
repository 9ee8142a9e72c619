// Where the location of each enterprise or project is stated. A location with its own provenance
// (`located` on the relationship: a district known from public knowledge for an article firm) is
// stated by it; otherwise by the record's own provenance. The park placement wins over the district.
// Parameters: $keys [uid]. Returns: key, own (location has its own provenance), evidence,
// reference, referenceBasis.
UNWIND $keys AS key
MATCH (n:Entity {uid: key})
CALL (n) {
  MATCH (n)-[l:LOCATED_IN]->(place)
  RETURN l ORDER BY CASE WHEN place:Park THEN 0 ELSE 1 END LIMIT 1
}
WITH key, n, l, coalesce(l.located, false) AS own
RETURN key, own,
  CASE WHEN own THEN l.evidence ELSE n.evidence END AS evidence,
  CASE WHEN own THEN l.reference ELSE n.reference END AS reference,
  CASE WHEN own THEN l.referenceBasis ELSE n.referenceBasis END AS referenceBasis
