// Unique key of every Enterprise node: imports MERGE on it.
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE
