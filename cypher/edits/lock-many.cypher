// A batch's edit locks (a list import writing many firms): each record's edit lock and its node's own write lock, held until commit, as edits/lock takes them for one record.
// Parameters: $uids. Returns: locked (how many locks were taken).
UNWIND $uids AS uid
MERGE (l:EditLock {uid: uid})
SET l.edits = coalesce(l.edits, 0) + 1
WITH l, uid
OPTIONAL MATCH (n:Entity {uid: uid})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | SET n.editLock = true REMOVE n.editLock)
RETURN count(l) AS locked
