// Range index on the stored name of every dataset node: an exact name look-up (entity/by-names) is
// one index seek, whatever the graph's size and however many other names contain it.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)
