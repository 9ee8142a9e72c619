// Unique key of the marks an import leaves on the rollups its writes touch (RollupDirty, one per
// rollup key), refreshed and removed before the import's transaction commits.
CREATE CONSTRAINT rollup_dirty_key IF NOT EXISTS FOR (n:RollupDirty) REQUIRE n.key IS UNIQUE
