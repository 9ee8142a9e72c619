// Unique key of every presence rollup (Rollup: one per scope × place, see cypher/rollups/): the
// analyses seek rollups by key, and the rebuild and the import MERGE on it.
CREATE CONSTRAINT rollup_key IF NOT EXISTS FOR (n:Rollup) REQUIRE n.key IS UNIQUE
