// First statement of an edit's transaction: takes the record's edit lock (held until commit), so concurrent edits of one record run one after the other and each guard reads what the previous one committed; and the record node's own write lock, so a plain import (which takes no edit lock) changing the record either went first (the guard sees its version) or waits for this edit.
// Parameters: $uid. Returns: edits (how many edits took the lock so far).
MERGE (l:EditLock {uid: $uid})
SET l.edits = coalesce(l.edits, 0) + 1
WITH l
OPTIONAL MATCH (n:Entity {uid: $uid})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | SET n.editLock = true REMOVE n.editLock)
RETURN l.edits AS edits
