// Fragment: sets a segment rollup's as-of fields (rollups/_segment) from its projects' status changes
// and listed projects, the same way for a full computation and for newcomers added to stored values
// (rollups/add):
//   asOfPeriods, asOfStatuses, asOfN, asOfLarge, asOfInvestmentKnown, asOfInvestmentYi: the changes
//   summed per (period, status), those summing to nothing left out, in (period, status) order;
//   listedFirst, listedProjects, listedInvestment, listedNames: the first $periodTop projects (by
//   investment, name, id) of each first-listing period, in (period, rank) order.
// Input: `r` (Rollup), `asOfEntries` [[{period, status, n, large, known, inv}]] (lists of
// rollups/_listings deltas: one per project, or stored ones), `listedCandidates` [{first, id, inv (-1: unknown), name}]. Parameters: $periodTop.
WITH *,
  COLLECT {
    UNWIND asOfEntries AS l
    UNWIND l AS e
    WITH e.period AS period, e.status AS status, sum(e.n) AS n, sum(e.large) AS large, sum(e.known) AS known,
      sum(e.inv) AS inv
    WHERE n <> 0 OR large <> 0 OR known <> 0 OR inv <> 0
    RETURN {period: period, status: status, n: n, large: large, known: known, inv: inv} AS e ORDER BY period, status
  } AS asOf,
  COLLECT {
    UNWIND listedCandidates AS t
    WITH t ORDER BY t.inv DESC, t.name, t.id
    WITH t.first AS first, collect(t)[..toInteger($periodTop)] AS ts
    UNWIND ts AS t
    RETURN t ORDER BY t.first, t.inv DESC, t.name, t.id
  } AS listed
SET r.asOfPeriods = [e IN asOf | e.period], r.asOfStatuses = [e IN asOf | e.status], r.asOfN = [e IN asOf | e.n],
  r.asOfLarge = [e IN asOf | e.large], r.asOfInvestmentKnown = [e IN asOf | e.known],
  r.asOfInvestmentYi = [e IN asOf | e.inv],
  r.listedFirst = [t IN listed | t.first], r.listedProjects = [t IN listed | t.id],
  r.listedInvestment = [t IN listed | t.inv], r.listedNames = [t IN listed | t.name]
