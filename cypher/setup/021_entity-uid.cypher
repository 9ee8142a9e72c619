// Unique key across all dataset nodes ("<Label>:<id>"): lets one statement link any two nodes.
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (n:Entity) REQUIRE n.uid IS UNIQUE
