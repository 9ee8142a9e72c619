// Fragment: a fingerprint of what the rollups are keyed and grouped by: the ids of every district,
// park, segment, chain and cluster, and the region tree, segment-to-chain and cluster-to-chain links.
// When it differs from the one the rollups were built on (RollupMeta.structure), every rollup is rebuilt.
// Binds: `structure` (a sorted list of strings).
WITH *, COLLECT {
    CALL () {
      MATCH (a:District)-[:WITHIN]->(b:District) RETURN 'W' + a.id + '>' + b.id AS k
      UNION
      MATCH (a:Park)-[:IN_DISTRICT]->(b:District) RETURN 'I' + a.id + '>' + b.id AS k
      UNION
      MATCH (a:ChainSegment)-[:IN_CHAIN]->(b:IndustryChain) RETURN 'C' + a.id + '>' + b.id AS k
      UNION
      MATCH (a:Cluster)-[:INCLUDES_CHAIN]->(b:IndustryChain) RETURN 'K' + a.id + '>' + b.id AS k
      UNION
      MATCH (a:District) RETURN 'N' + a.id AS k
      UNION
      MATCH (a:Park) RETURN 'N' + a.id AS k
      UNION
      MATCH (a:ChainSegment) RETURN 'N' + a.id AS k
      UNION
      MATCH (a:IndustryChain) RETURN 'N' + a.id AS k
      UNION
      MATCH (a:Cluster) RETURN 'N' + a.id AS k
    }
    RETURN k ORDER BY k
  } AS structure
