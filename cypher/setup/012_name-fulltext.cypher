// Chinese full-text search over names and aliases (cjk analyzer = character bigrams; phrase queries match substrings).
CREATE FULLTEXT INDEX name_fulltext IF NOT EXISTS FOR (n:District|Park|Enterprise|Project|IndustryChain|ChainSegment|Cluster|Event) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}
