// Aliases as whole keywords, each alias its own value: an alias look-up (entity/by-names, e.g. 郑州
// for 郑州市) is one term query, however many other names contain it. (Stored names have the
// entity_name range index; an index on the same labels and properties as name_fulltext would be
// taken for it by IF NOT EXISTS and silently skipped.)
CREATE FULLTEXT INDEX alias_exact IF NOT EXISTS FOR (n:District|Park|Enterprise|Project|IndustryChain|ChainSegment|Cluster|Event) ON EACH [n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}
