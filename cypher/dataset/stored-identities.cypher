// Identity of the nodes an import is about to write, read before anything is written: an existing id with another name (file, subject) is refused.
// Parameters: $uids [string]. Returns: uid, name, file, kind, subjectKind, subjectId (one row per uid already in the graph).
UNWIND $uids AS u
MATCH (n:Entity {uid: u})
RETURN u AS uid, n.name AS name, n.file AS file, n.kind AS kind, n.subjectKind AS subjectKind, n.subjectId AS subjectId
