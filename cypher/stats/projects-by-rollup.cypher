// The same groups as stats/projects-by (same parameters, same rows, same order) read from the project
// tallies (rollups/_tally-place, _tally-all: projects counted by signature, never one by one), for the
// filters the tallies hold: $region, $statuses, $chain, $period, $list, $rosters (src/modules/stats
// sends the others to the direct statement). The smallest form that holds what the answer filters and
// groups by is read: status only, with chains, with listings, or the whole signature.
// Grouped by district, the own tallies of the region's districts; by park, the parks' tallies; by
// cluster, the region's tally per cluster. Where a signature cannot tell the answer, the row says
// exact false and the caller runs the direct statement: grouped by district or park when the region
// holds a project that counts under a place outside it (the tally's strays), grouped by cluster unless
// every cluster with a region covers the asked region (then membership follows the chains alone).
// Parameters: as stats/projects-by.
// Returns: exact (false: no answer here), key, name, projectCount, investmentKnownCount,
// totalInvestmentYi, outputKnownCount, outputValueYi (as stats/projects-by).
// The region's places are read only to group by district or park.
WITH CASE WHEN $groupBy IN ['district', 'park'] THEN $region END AS regionId
// @include region/_places
WITH places,
  ($groupBy IN ['chain', 'cluster'] OR $chain IS NOT NULL) AS needC,
  ($groupBy IN ['period', 'list'] OR $period IS NOT NULL OR $list IS NOT NULL) AS needL
WITH places, needL, CASE WHEN needC AND needL THEN 'full' WHEN needC THEN 'sc' WHEN needL THEN 'sl' ELSE 's' END AS form
OPTIONAL MATCH (base:Rollup {key: 'tally|' + coalesce($region, 'all') + '|' + coalesce($region, 'all')})
WITH places, needL, form, base,
  // Clusters with a region: they count a project of their chains located in it.
  COLLECT { MATCH (cl:Cluster) WHERE $groupBy = 'cluster' AND EXISTS { (cl)-[:IN_REGION]->(:District) }
            RETURN {id: cl.id, name: cl.name,
                    chains: COLLECT { MATCH (cl)-[:INCLUDES_CHAIN]->(c:IndustryChain) RETURN c.id },
                    covers: $region IS NOT NULL AND EXISTS { MATCH (:District {id: $region})-[:WITHIN*0..]->(:District)<-[:IN_REGION]-(cl) }} } AS clusters
WITH *, CASE $groupBy
    WHEN 'district' THEN $region IS NULL OR coalesce(base.strays, 0) = 0
    WHEN 'park' THEN $region IS NULL OR coalesce(base.strays, 0) = 0
    WHEN 'cluster' THEN all(cl IN clusters WHERE cl.covers)
    ELSE true END AS exact
// What to read, one row per tally entry of the form: sig, v (its five values), key (null: from the
// signature), name, only (a part of the tally), chains (the cluster's). Read per grouping, so an
// answer reads only the tallies it needs.
WITH *, CASE WHEN needL THEN COLLECT { MATCH (e:Event) RETURN {id: e.id, period: e.period, name: e.name} } ELSE [] END AS events
CALL (exact, places, form, base, clusters, events) {
  WITH * WHERE NOT exact
  RETURN null AS key, null AS name, null AS projectCount, null AS investmentKnownCount, null AS totalInvestmentYi,
    null AS outputKnownCount, null AS outputValueYi
  UNION
  WITH * WHERE exact
  CALL (exact, places, form, base, clusters) {
    WITH * WHERE exact AND $groupBy = 'district'
    CALL (places) {
      UNWIND places AS d
      WITH d WHERE d:District
      RETURN d
      UNION
      WITH places WHERE places IS NULL
      MATCH (d:District)
      RETURN d
    }
    MATCH (t:Rollup {key: 'tally|' + d.id + '|' + d.id})
    WITH form, d, CASE form WHEN 'full' THEN t.ownFullSigs WHEN 'sc' THEN t.ownScSigs WHEN 'sl' THEN t.ownSlSigs ELSE t.ownSSigs END AS sigs,
      CASE form WHEN 'full' THEN t.ownFullValues WHEN 'sc' THEN t.ownScValues WHEN 'sl' THEN t.ownSlValues ELSE t.ownSValues END AS values
    UNWIND range(0, size(coalesce(sigs, [])) - 1) AS i
    WITH d, sigs[i] AS sig, values[5 * i .. 5 * i + 5] AS v
    RETURN sig, v, d.id AS key, d.name AS name, null AS only, null AS partChains
    UNION ALL
    WITH * WHERE exact AND $groupBy = 'park'
    CALL (places) {
      UNWIND places AS k
      WITH k WHERE k:Park
      RETURN k
      UNION
      WITH places WHERE places IS NULL
      MATCH (k:Park)
      RETURN k
    }
    MATCH (t:Rollup {key: 'tally|' + k.id + '|' + k.id})
    WITH form, k, CASE form WHEN 'full' THEN t.fullSigs WHEN 'sc' THEN t.scSigs WHEN 'sl' THEN t.slSigs ELSE t.sSigs END AS sigs,
      CASE form WHEN 'full' THEN t.fullValues WHEN 'sc' THEN t.scValues WHEN 'sl' THEN t.slValues ELSE t.sValues END AS values
    UNWIND range(0, size(coalesce(sigs, [])) - 1) AS i
    WITH k, sigs[i] AS sig, values[5 * i .. 5 * i + 5] AS v
    RETURN sig, v, k.id AS key, k.name AS name, null AS only, null AS partChains
    UNION ALL
    // The region's (or the graph's) own tally: the whole answer, or its unknown group.
    WITH * WHERE exact AND base IS NOT NULL
    WITH form, clusters, CASE form WHEN 'full' THEN base.fullSigs WHEN 'sc' THEN base.scSigs WHEN 'sl' THEN base.slSigs ELSE base.sSigs END AS sigs,
      CASE form WHEN 'full' THEN base.fullValues WHEN 'sc' THEN base.scValues WHEN 'sl' THEN base.slValues ELSE base.sValues END AS values
    UNWIND range(0, size(coalesce(sigs, [])) - 1) AS i
    WITH form, clusters, sigs[i] AS sig, values[5 * i .. 5 * i + 5] AS v
    WHERE form = 'full' OR sig STARTS WITH form + '|'
    UNWIND CASE $groupBy
        WHEN 'district' THEN CASE WHEN $region IS NULL THEN [{key: 'unknown', only: 'unlocated'}] ELSE [] END
        WHEN 'park' THEN [{key: 'unknown', only: 'unparked'}]
        WHEN 'cluster' THEN [cl IN clusters | {key: cl.id, name: cl.name, chains: cl.chains}]
          + [{key: 'unknown', only: 'clusterless', chains: reduce(acc = [], cl IN clusters | acc + cl.chains)}]
        ELSE [{}] END AS part
    RETURN sig, v, part.key AS key, part.name AS name, part.only AS only, part.chains AS partChains
  }
  CALL (exact, form, events, sig, v, key, name, only, partChains) {
    WITH * WHERE exact AND (form = 'full' OR sig STARTS WITH form + '|')
    WITH events, v, key AS srcKey, name AS srcName, only, partChains AS srcChains,
      CASE WHEN form = 'full' THEN split(sig, '|') ELSE split(sig, '|')[1..] END AS p
    WITH events, v, srcKey, srcName, only, srcChains, p[0] AS status, [c IN split(p[1], ',') WHERE c <> ''] AS chains,
      p[2] AS listed, p[3] = '1' AS parked, p[4] = '1' AS located
    WHERE ($statuses IS NULL OR status IN $statuses)
      AND ($chain IS NULL OR $chain IN chains)
      AND (only IS NULL OR (only = 'unlocated' AND NOT located) OR (only = 'unparked' AND NOT parked)
           OR (only = 'clusterless' AND none(c IN chains WHERE c IN srcChains)))
      AND (only IS NOT NULL OR srcChains IS NULL OR any(c IN chains WHERE c IN srcChains))
    // Listings: [{type L|R, list ('' when none), period, name}] of the event each names.
    WITH v, srcKey, srcName, status, chains, [l IN split(listed, ',') WHERE l <> '' | split(l, ':')] AS raw, events
    WITH v, srcKey, srcName, status, chains,
      [l IN raw | {type: l[0], list: l[2], period: head([e IN events WHERE e.id = l[1] | e.period]),
                   name: head([e IN events WHERE e.id = l[1] | e.name])}] AS ls
    WHERE ($period IS NULL OR any(l IN ls WHERE l.period = $period AND ($list IS NULL OR l.list = $list) AND ($rosters OR l.type = 'L')))
      AND ($list IS NULL OR $period IS NOT NULL OR any(l IN ls WHERE l.list = $list AND ($rosters OR l.type = 'L')))
    RETURN v AS vs, CASE
        WHEN srcKey IS NOT NULL THEN [{key: srcKey, name: srcName}]
        WHEN $groupBy = 'status' THEN [{key: CASE status WHEN '' THEN 'unknown' ELSE status END, name: null}]
        WHEN $groupBy = 'chain' THEN [c IN chains | {key: c, name: null}]
        WHEN $groupBy = 'period' THEN [l IN ls WHERE $rosters OR l.type = 'L' | {key: coalesce(toString(toInteger(l.period)), 'unknown'), name: l.name}]
        WHEN $groupBy = 'list' THEN [l IN ls WHERE ($rosters OR l.type = 'L') AND ($period IS NULL OR l.period = $period)
                                     | {key: CASE l.list WHEN '' THEN 'unknown' ELSE l.list END, name: null}]
      END AS keys
  }
  UNWIND CASE WHEN size(keys) = 0 THEN [{key: 'unknown', name: null}]
    ELSE reduce(acc = [], k IN keys | CASE WHEN k IN acc THEN acc ELSE acc + k END) END AS k
  WITH k.key AS key, k.name AS name, sum(vs[0]) AS n, sum(vs[1]) AS ik, sum(vs[2]) AS iv, sum(vs[3]) AS ok, sum(vs[4]) AS ov
  WITH key, CASE WHEN $groupBy = 'chain' AND key <> 'unknown'
      THEN COLLECT { MATCH (c:IndustryChain {id: key}) RETURN c.name }[0] ELSE name END AS name,
    toInteger(round(n)) AS projectCount, toInteger(round(ik)) AS investmentKnownCount,
    CASE WHEN ik > 0.5 THEN iv END AS totalInvestmentYi, toInteger(round(ok)) AS outputKnownCount,
    CASE WHEN ok > 0.5 THEN ov END AS outputValueYi
  RETURN key, name, projectCount, investmentKnownCount, totalInvestmentYi, outputKnownCount, outputValueYi
  ORDER BY projectCount DESC, coalesce(round(totalInvestmentYi, 4), -1) DESC, key, name
  LIMIT 1000
}
RETURN exact, key, name, projectCount, investmentKnownCount, totalInvestmentYi, outputKnownCount, outputValueYi
ORDER BY projectCount DESC, coalesce(round(totalInvestmentYi, 4), -1) DESC, key, name
