// Unique key of the migration ledger: each setup file is recorded once by its key.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE
