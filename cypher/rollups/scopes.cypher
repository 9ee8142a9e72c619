// What a full rebuild walks through: every segment, chain, cluster and place id.
// Parameters: none. Returns: segments, chains, clusters, places (lists of ids).
RETURN COLLECT { MATCH (s:ChainSegment) RETURN s.id ORDER BY s.id } AS segments,
  COLLECT { MATCH (c:IndustryChain) RETURN c.id ORDER BY c.id } AS chains,
  COLLECT { MATCH (cl:Cluster) RETURN cl.id ORDER BY cl.id } AS clusters,
  COLLECT { MATCH (m:District) RETURN m.id AS id UNION MATCH (m:Park) RETURN m.id AS id } AS places
