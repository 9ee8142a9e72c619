// Fragment: a project's status over the 三个一批 periods, as gaps/segment-presence reads it for
// `$asOfPeriod` (gaps/_status-as-of): at a period P the project is on the list of its latest listing
// (LISTED_IN or IN_ROSTER) in a period ≤ P, the highest list when several share that period
// (投产 in_production > 开工 started > 签约 signed); before its first listing it is not counted.
// As changes: `listingDeltas` [{period, status, n, large, known, inv}], n +1 for the status it enters at
// a period and −1 for the one it leaves, so the status as of any P is the sum of the deltas at periods
// ≤ P (a period the graph gains later needs no new entry); large, known and inv carry the same sign
// for a large project (investment or output ≥ $largeProjectYi), one with a known investment, and that
// investment (亿元), so sums over projects add up as the counts do. `firstListed`: the period of its
// first listing, or null. Events without a period are not listings in time (as gaps/_status-as-of).
// Input: `x` (Project) in scope. Parameters: $largeProjectYi. Binds: firstListed, listingDeltas.
CALL (x) {
  OPTIONAL MATCH (x)-[l:LISTED_IN|IN_ROSTER]->(ev:Event)
  WITH ev.period AS period,
    max(CASE l.list WHEN 'in_production' THEN 3 WHEN 'started' THEN 2 WHEN 'signed' THEN 1 END) AS rank
  WHERE period IS NOT NULL AND rank IS NOT NULL
  ORDER BY period
  WITH collect({period: period,
    status: CASE rank WHEN 3 THEN 'in_production' WHEN 2 THEN 'under_construction' ELSE 'signed' END}) AS tl
  WITH tl, x.totalInvestmentYi AS inv,
    coalesce(x.totalInvestmentYi, 0) >= $largeProjectYi OR coalesce(x.outputValueYi, 0) >= $largeProjectYi AS large
  WITH tl, inv, large,
    reduce(acc = [], i IN range(0, size(tl) - 1) | acc +
      CASE
        WHEN i = 0 THEN [{period: tl[0].period, status: tl[0].status, d: 1}]
        WHEN tl[i].status <> tl[i - 1].status
          THEN [{period: tl[i].period, status: tl[i - 1].status, d: -1}, {period: tl[i].period, status: tl[i].status, d: 1}]
        ELSE []
      END) AS changes
  RETURN tl[0].period AS firstListed,
    [c IN changes | {period: c.period, status: c.status, n: c.d, large: CASE WHEN large THEN c.d ELSE 0 END,
      known: CASE WHEN inv IS NOT NULL THEN c.d ELSE 0 END,
      inv: CASE WHEN inv IS NOT NULL THEN c.d * inv ELSE 0.0 END}] AS listingDeltas
}
