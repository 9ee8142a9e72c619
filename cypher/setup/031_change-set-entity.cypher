// A record's history: its change sets by the record's uid (kept after the record is deleted).
CREATE INDEX change_set_entity IF NOT EXISTS FOR (n:ChangeSet) ON (n.entityUid)
