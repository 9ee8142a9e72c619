// Unique key of every Cluster node: imports MERGE on it.
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE
