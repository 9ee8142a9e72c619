// What `npm run rollups:check` compares by default: every chain and cluster in every district.
// Parameters: none. Returns: chains [id], clusters [id], regions [id].
RETURN COLLECT { MATCH (c:IndustryChain) RETURN c.id ORDER BY c.id } AS chains,
  COLLECT { MATCH (cl:Cluster) RETURN cl.id ORDER BY cl.id } AS clusters,
  COLLECT { MATCH (d:District) RETURN d.id ORDER BY d.id } AS regions
