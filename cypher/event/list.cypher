// Events by date, optionally of one kind and period.
// Parameters: $kind (string or null), $period (number or null). Returns: node.
MATCH (e:Event)
WHERE ($kind IS NULL OR e.kind = $kind) AND ($period IS NULL OR e.period = $period)
RETURN properties(e) AS node
ORDER BY e.date, e.period, e.name
LIMIT 1000
