// Fragment (aggregating): the project tally of the rows in scope, one row per project `x` with its
// signature `tSig` (rollups/_tally-sig). Projects with the same signature are counted together: n,
// investment known, investment sum (亿元), output known, output sum. Two forms are kept:
// - `fullSigs`/`fullValues`: by the whole signature;
// - `tallySigs`/`tallyValues`: by three projections, each signature prefixed with its projection:
//   "s|status|||parked|located", "sc|status|chains||parked|located", "sl|status||listings|parked|located".
//   Sorted, so each projection's entries are contiguous: "sc|…", then "sl|…", then "s|…";
//   `tallyParts` = [how many sc, how many sl] tells where each starts.
// A statistic reads the smallest form that holds the dimensions it filters and groups by
// (stats/projects-by-rollup). Values are flat, five numbers per signature, in the signatures' order.
// Also counts the rows whose `tStray` is true (rollups/_tally-place).
// Input: rows of `x`, `tSig`, `tStray`. Binds (one row): fullSigs, fullValues, tallySigs, tallyValues,
// tallyParts, strays.
WITH tSig, count(x) AS n, count(x.totalInvestmentYi) AS ik, sum(coalesce(x.totalInvestmentYi, 0.0)) AS iv,
  count(x.outputValueYi) AS ok, sum(coalesce(x.outputValueYi, 0.0)) AS ov, count(CASE WHEN tStray THEN 1 END) AS st
WITH collect({sig: tSig, v: [toFloat(n), toFloat(ik), iv, toFloat(ok), ov]}) AS full, sum(st) AS strays
CALL (full) {
  UNWIND full AS f
  WITH f, split(f.sig, '|') AS p
  UNWIND ['s|' + p[0] + '|||' + p[3] + '|' + p[4], 'sc|' + p[0] + '|' + p[1] + '||' + p[3] + '|' + p[4],
    'sl|' + p[0] + '||' + p[2] + '|' + p[3] + '|' + p[4]] AS sig
  WITH sig, sum(f.v[0]) AS n, sum(f.v[1]) AS ik, sum(f.v[2]) AS iv, sum(f.v[3]) AS ok, sum(f.v[4]) AS ov
  ORDER BY sig
  WITH collect(sig) AS sigs, collect([n, ik, iv, ok, ov]) AS vs
  RETURN sigs AS tallySigs, [i IN range(0, 5 * size(vs) - 1) | vs[i / 5][i % 5]] AS tallyValues,
    [size([x IN sigs WHERE x STARTS WITH 'sc|']), size([x IN sigs WHERE x STARTS WITH 'sl|'])] AS tallyParts
}
RETURN [f IN full | f.sig] AS fullSigs, [i IN range(0, 5 * size(full) - 1) | full[i / 5].v[i % 5]] AS fullValues,
  tallySigs, tallyValues, tallyParts, strays
