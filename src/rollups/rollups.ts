import { int } from '../db/convert.js';
import type { Database, Statement } from '../db/database.js';
import { DEFAULT_GAP_OPTIONS, LEADING_TAGS } from '../modules/gaps/gaps.scoring.js';

/**
 * Presence rollups (cypher/rollups/): per segment, chain, cluster and place (every District at every
 * level, every Park), what the analyses count — local firms, leading and large ones, projects by
 * status, investment, firms known only at a coarser level — kept in the graph so every app instance
 * reads the same. Maintained by every write path in the write's own transaction (marks before and
 * after the writes, then a refresh of what was marked), rebuilt in full when the region tree or the
 * chains change, and checked against the direct computation by src/rollups/check.ts.
 */

/** Format of the rollups: a new value makes every graph rebuild them (rollups/ensure). */
export const ROLLUP_VERSION = 5;

/** Firms and projects kept in each rollup's top list (the analyses' samples read from it). */
export const ROLLUP_TOP = 30;

/**
 * Listed projects kept per first-listing period in each segment rollup: the project sample of an
 * answer as of a 三个一批 period is exact up to this many (the analyses list 10).
 */
export const ROLLUP_PERIOD_TOP = 10;

/**
 * Firms kept in each chain rollup's pool of chain-leader candidates (by segments covered, revenue,
 * id): chainLeaders ranks these and the chain's designated firms.
 */
export const ROLLUP_POOL = 200;

/**
 * Firms kept in each segment's candidate list (rollups/_candidates: by standing, revenue, id,
 * graph-wide): fillCandidates weighs the first CANDIDATES_WEIGHED (300) of each gap segment.
 */
export const ROLLUP_CANDIDATES = 1_000;

/** The criteria the rollups are computed with: the analyses' default thresholds. */
export function rollupParams(): Record<string, unknown> {
  return {
    version: ROLLUP_VERSION,
    top: ROLLUP_TOP,
    periodTop: ROLLUP_PERIOD_TOP,
    pool: ROLLUP_POOL,
    candidateList: ROLLUP_CANDIDATES,
    leadingTags: LEADING_TAGS,
    leaderRevenueYi: DEFAULT_GAP_OPTIONS.leaderRevenueYi,
    largeFirmRevenueYi: DEFAULT_GAP_OPTIONS.largeFirmRevenueYi,
    largeProjectYi: DEFAULT_GAP_OPTIONS.largeProjectYi,
  };
}

export interface Thresholds {
  leaderRevenueYi: number;
  largeFirmRevenueYi: number;
  largeProjectYi: number;
  asOfPeriod?: number | null;
}

/**
 * True when an analysis with these criteria can read the rollups: the thresholds the rollups hold,
 * now or as of any 三个一批 period (segment rollups keep every project's status changes per period).
 * Otherwise it runs the direct statements, which answer the same for any criteria at the cost of
 * reading every local firm.
 */
export function rollupsAnswer(o: Thresholds): boolean {
  return (
    o.leaderRevenueYi === DEFAULT_GAP_OPTIONS.leaderRevenueYi &&
    o.largeFirmRevenueYi === DEFAULT_GAP_OPTIONS.largeFirmRevenueYi &&
    o.largeProjectYi === DEFAULT_GAP_OPTIONS.largeProjectYi
  );
}

/** What a write touches, by id: the records of an import bundle. */
export interface Touched {
  enterprises: string[];
  projects: string[];
  events: string[];
}

/** New enterprises and projects of a write, by id: added to the rollups by their contributions. */
export interface Fresh {
  enterprises: string[];
  projects: string[];
}

/** Marks the rollups the touched records are in now (run before AND after the writes). */
export function markStatement(t: Touched): Statement {
  return { key: 'rollups/mark', params: { ...t } };
}

/**
 * Takes the touched projects' contributions out of the project tallies (rollups/tally-delta, sign
 * −1): run before the writes, with the marks.
 */
export function tallyOutStatement(t: Touched): Statement {
  return {
    key: 'rollups/tally-delta',
    params: { projects: t.projects, events: t.events, fresh: [], sign: -1 },
  };
}

/**
 * After the writes, the derived fields and the second marks: a full rebuild when the structure or
 * the criteria changed (or rollups were never built), else the touched and new projects'
 * contributions put (back) into the project tallies and the new records added to the presence
 * rollups by their contributions, then the refresh of every marked rollup.
 */
export function maintainStatements(fresh: Fresh, existing: Touched): Statement[] {
  const out: Statement[] = [{ key: 'rollups/ensure', params: rollupParams() }];
  // After a rebuild (ensure leaves a 'rebuilt' mark) the new records are in already: add and the
  // tally delta skip.
  if (existing.projects.length || existing.events.length || fresh.projects.length)
    out.push({
      key: 'rollups/tally-delta',
      params: {
        projects: existing.projects,
        events: existing.events,
        fresh: fresh.projects,
        sign: 1,
      },
    });
  if (fresh.enterprises.length || fresh.projects.length)
    out.push({ key: 'rollups/add', params: { ...rollupParams(), ...fresh } });
  out.push({ key: 'rollups/refresh', params: rollupParams() });
  return out;
}

/** Rollups removed per transaction before a full rebuild. */
const CLEAR_BATCH = 20_000;

/** A rebuild batch on a city-size graph takes minutes, not the request deadline. */
const REBUILD_TIMEOUT_MS = 3_600_000;

export interface RebuildReport {
  segments: number;
  chains: number;
  clusters: number;
  places: number;
  rollups: number;
  durationMs: number;
}

/**
 * Rebuilds every rollup from the graph, in batches (one transaction per batch of segments, chains,
 * clusters or places) so a city-size graph never needs one huge transaction. Analyses running
 * meanwhile read the direct statements' answers only where a rollup is missing: the meta is written
 * last, and until then rollups/ensure in an import would rebuild again.
 */
export async function rebuildRollups(
  db: Database,
  log: (msg: string) => void = () => {},
  batch = 8,
): Promise<RebuildReport> {
  const started = Date.now();
  const [scopes] = await db.read('rollups/scopes');
  const ids = (k: string) => ((scopes?.[k] as string[]) ?? []).map(String);
  for (;;) {
    const [row] = await db.write('rollups/clear', { limit: int(CLEAR_BATCH) });
    if (Number(row?.n ?? 0) === 0) break;
  }
  const params = rollupParams();
  const run = async (key: string, name: string, list: string[], size: number, extra = {}) => {
    for (let i = 0; i < list.length; i += size) {
      const slice = list.slice(i, i + size);
      await db.writeTransaction([{ key, params: { ...params, ...extra, [name]: slice } }], {
        timeoutMs: REBUILD_TIMEOUT_MS,
      });
      log(`${name}: ${Math.min(i + size, list.length)}/${list.length}`);
    }
  };
  await run('rollups/segments', 'segments', ids('segments'), batch);
  await run('rollups/chains', 'chains', ids('chains'), 1);
  await run('rollups/clusters', 'clusters', ids('clusters'), 4);
  await run('rollups/places', 'places', ids('places'), batch * 4);
  // Project tallies: the graph-wide one alone, then the places'.
  await db.writeTransaction([{ key: 'rollups/tallies', params: { places: [], all: true } }], {
    timeoutMs: REBUILD_TIMEOUT_MS,
  });
  await run('rollups/tallies', 'places', ids('places'), batch * 4, { all: false });
  await db.write('rollups/write-meta', params, { timeoutMs: REBUILD_TIMEOUT_MS });
  const [meta] = await db.read('rollups/meta');
  return {
    segments: ids('segments').length,
    chains: ids('chains').length,
    clusters: ids('clusters').length,
    places: ids('places').length,
    rollups: Number(meta?.rollups ?? 0),
    durationMs: Date.now() - started,
  };
}
