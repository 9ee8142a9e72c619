// Fragment: THE status of project `p` as of a 三个一批 period: with $asOfPeriod null its effective
// status now; else the list of its latest listing (LISTED_IN or IN_ROSTER) in a period ≤ $asOfPeriod,
// the highest when several share that period (投产 > 开工 > 签约), or null when it was not yet listed
// (not counted then). rollups/_listings keeps the same rule as changes per period.
// Input: `p` in scope. Parameters: $asOfPeriod. Binds: status.
WITH *, COLLECT {
    WITH p WHERE $asOfPeriod IS NOT NULL
    MATCH (p)-[l:LISTED_IN|IN_ROSTER]->(ev:Event)
    WHERE ev.period <= $asOfPeriod
    RETURN l.list ORDER BY ev.period DESC,
      CASE l.list WHEN 'in_production' THEN 3 WHEN 'started' THEN 2 ELSE 1 END DESC LIMIT 1
  }[0] AS listAsOf
WITH *, CASE
    WHEN $asOfPeriod IS NULL THEN p.effectiveStatus
    WHEN listAsOf = 'signed' THEN 'signed'
    WHEN listAsOf = 'started' THEN 'under_construction'
    WHEN listAsOf = 'in_production' THEN 'in_production'
  END AS status
