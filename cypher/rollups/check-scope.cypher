// What `npm run rollups:check` compares by default: every chain in every district.
// Parameters: none. Returns: chains [id], regions [id].
RETURN COLLECT { MATCH (c:IndustryChain) RETURN c.id ORDER BY c.id } AS chains,
  COLLECT { MATCH (d:District) RETURN d.id ORDER BY d.id } AS regions
