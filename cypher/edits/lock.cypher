// First statement of an edit's transaction: takes the record's edit lock (held until commit), so concurrent edits of one record run one after the other and each guard reads what the previous one committed.
// Parameters: $uid. Returns: edits (how many edits took the lock so far).
MERGE (l:EditLock {uid: $uid})
SET l.edits = coalesce(l.edits, 0) + 1
RETURN l.edits AS edits
