// The 三个一批 periods the graph's events have, in order (rollups:check --as-of all).
// Parameters: none. Returns: period.
MATCH (ev:Event)
WHERE ev.period IS NOT NULL
RETURN DISTINCT ev.period AS period
ORDER BY period
