// Fragment: where the entries of a form lie in a tally (rollups/_tally): the whole signature list for
// 'full'; else the projection's contiguous run, "sc|…" then "sl|…" then "s|…", from `parts`
// ([how many sc, how many sl]). Input: `form`, `sigs`, `parts`. Binds: `first`, `last` (exclusive).
// Without `parts`, the whole list (the caller keeps the form's entries by their prefix).
WITH *, CASE
    WHEN form = 'full' OR parts IS NULL THEN [0, size(coalesce(sigs, []))]
    WHEN form = 'sc' THEN [0, parts[0]]
    WHEN form = 'sl' THEN [parts[0], parts[0] + parts[1]]
    ELSE [parts[0] + parts[1], size(coalesce(sigs, []))] END AS tallyRange
WITH *, coalesce(tallyRange[0], 0) AS first, coalesce(tallyRange[1], 0) AS last
