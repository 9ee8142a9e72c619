// Range index on a rollup's scope and scope id: a rebuild or refresh of one segment, chain or cluster
// finds its rollups at every place without a label scan.
CREATE INDEX rollup_scope IF NOT EXISTS FOR (n:Rollup) ON (n.scope, n.scopeId)
