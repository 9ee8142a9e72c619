// Unique key of every ChainSegment node: imports MERGE on it.
CREATE CONSTRAINT chain_segment_id IF NOT EXISTS FOR (n:ChainSegment) REQUIRE n.id IS UNIQUE
