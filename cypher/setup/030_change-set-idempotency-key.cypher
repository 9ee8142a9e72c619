// A client's idempotency key names at most one change set: a retried edit is applied once.
CREATE CONSTRAINT change_set_idempotency_key IF NOT EXISTS FOR (n:ChangeSet) REQUIRE n.idempotencyKey IS UNIQUE
