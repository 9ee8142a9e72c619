// The uids of every record an editor changed (also those deleted since): the start-up seed leaves them as edited.
// Parameters: none. Returns: uid.
MATCH (c:ChangeSet)
RETURN DISTINCT c.entityUid AS uid
