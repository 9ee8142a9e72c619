// A record's change sets, newest first (also after the record was deleted).
// Parameters: $uid, $limit. Returns: change (properties, at as text).
MATCH (c:ChangeSet {entityUid: $uid})
RETURN c {.*, at: toString(c.at)} AS change
ORDER BY c.at DESC, c.versionAfter DESC
LIMIT $limit
