// Unique id of a change set (ChangeSet: one recorded edit of a record, with its reason and before/after).
CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (n:ChangeSet) REQUIRE n.id IS UNIQUE
