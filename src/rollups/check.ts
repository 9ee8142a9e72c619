import type { Database, Row } from '../db/database.js';
import { int } from '../db/convert.js';
import { DEFAULT_GAP_OPTIONS, LEADING_TAGS } from '../modules/gaps/gaps.scoring.js';
import { candidateParams, candidatesWeighed } from '../modules/candidates/candidates.queries.js';
import { ROLLUP_POOL } from './rollups.js';

/**
 * Compares what the rollups answer with the direct computation over every local firm and project:
 * for each chain and region, the rows of gaps/segment-presence against gaps/segment-presence-rollup
 * and of gaps/region-coverage against gaps/region-coverage-rollup, chain leaders' candidates in
 * rank order (leaders/leader-candidates), then parks by chain
 * (profile/parks-by-chain) and cluster profiles (profile/cluster-profile), field by field. Used by the
 * tests (fixture and generated graphs) and by `npm run rollups:check` on a live graph.
 */

export interface RollupDifference {
  statement: string;
  chainId: string;
  regionId: string;
  segmentId?: string;
  field: string;
  direct: unknown;
  rollup: unknown;
}

export interface CheckReport {
  chains: number;
  clusters: number;
  regions: number;
  /** Rows compared (segment rows and coverage rows). */
  rows: number;
  /** Marks left behind by a write that did not refresh them (0 on a consistent graph). */
  dirty: number;
  built: boolean;
  /** Project statistics the tallies leave to the direct statement (exact false), not compared. */
  statsSkipped: number;
  differences: RollupDifference[];
}

export interface CheckOptions {
  /** Chain ids (default: every chain). */
  chains?: string[];
  /** Cluster ids (default: every cluster). */
  clusters?: string[];
  /** District ids (default: every district, and project statistics graph-wide too). */
  regions?: string[];
  /**
   * 三个一批 periods to compare the segment presence as of, besides now (default: none; the CLI's
   * `--as-of all` takes every period the graph's events have).
   */
  asOfPeriods?: number[];
  /** Compare project statistics (stats/projects-by) too (default: true). */
  projectStats?: boolean;
  /**
   * Compare 补链 candidates (candidates/fill-candidates) too (default: true). The direct statement
   * ranks every firm of the chain's segments graph-wide: beyond a transaction's memory at 1M.
   */
  candidates?: boolean;
  /** Stop comparing after this many differences. */
  maxDifferences?: number;
  onProgress?: (msg: string) => void;
}

const REGIONS_PER_CALL = 20;

/** A direct statement at city scale reads every local firm: minutes, not the request deadline. */
const CHECK_TIMEOUT_MS = 600_000;

export async function checkRollups(db: Database, opts: CheckOptions = {}): Promise<CheckReport> {
  const [meta] = await db.read('rollups/meta');
  const [scope] = await db.read('rollups/check-scope');
  const chains = opts.chains ?? (scope?.chains as string[]) ?? [];
  const clusters = opts.clusters ?? (scope?.clusters as string[]) ?? [];
  const regions = opts.regions ?? (scope?.regions as string[]) ?? [];
  const max = opts.maxDifferences ?? 50;
  const report: CheckReport = {
    chains: chains.length,
    clusters: clusters.length,
    regions: regions.length,
    rows: 0,
    dirty: Number(meta?.dirty ?? 0),
    built: meta !== undefined,
    statsSkipped: 0,
    differences: [],
  };
  const params = {
    asOfPeriod: null,
    sample: int(10),
    leadingTags: LEADING_TAGS,
    leaderRevenueYi: DEFAULT_GAP_OPTIONS.leaderRevenueYi,
    largeFirmRevenueYi: DEFAULT_GAP_OPTIONS.largeFirmRevenueYi,
    largeProjectYi: DEFAULT_GAP_OPTIONS.largeProjectYi,
  };
  /**
   * Runs a direct statement and its rollup twin with the same parameters and records the rows
   * that differ (rows shaped by `shape`, e.g. keyed by what they are about); true when enough
   * differences are found to stop.
   */
  const compare = async (
    direct: string,
    rollup: string,
    p: Record<string, unknown>,
    key: string | null,
    shape: (rows: Row[]) => Row[] = (rows) => rows,
  ): Promise<boolean> => {
    const [a, b] = await Promise.all([
      db.read(direct, p, { timeoutMs: CHECK_TIMEOUT_MS }),
      db.read(rollup, p, { timeoutMs: CHECK_TIMEOUT_MS }),
    ]);
    report.rows += a.length;
    compareRows(direct, key, shape(a), shape(b), report.differences);
    return report.differences.length >= max;
  };
  for (const chainId of chains) {
    for (let i = 0; i < regions.length; i += REGIONS_PER_CALL) {
      const batch = {
        ...params,
        chains: [chainId],
        regions: regions.slice(i, i + REGIONS_PER_CALL),
      };
      for (const [direct, rollup, key] of [
        ['gaps/segment-presence', 'gaps/segment-presence-rollup', 'segmentId'],
        ['gaps/region-coverage', 'gaps/region-coverage-rollup', null],
      ] as const)
        if (await compare(direct, rollup, batch, key)) return report;
      for (const asOfPeriod of opts.asOfPeriods ?? []) {
        const asOf = { ...batch, asOfPeriod: int(asOfPeriod) };
        const atPeriod = (rows: Row[]) =>
          rows.map((r) => ({ ...r, regionId: `${String(r.regionId)}@${asOfPeriod}` }));
        const presence = 'gaps/segment-presence';
        if (await compare(presence, `${presence}-rollup`, asOf, 'segmentId', atPeriod))
          return report;
      }
    }
    // The chain leaders' candidates in each region, ranked by the rollup's pool.
    for (const regionId of regions) {
      const leaders = {
        chain: chainId,
        region: regionId,
        limit: int(ROLLUP_POOL),
        leadingTags: LEADING_TAGS,
        leaderRevenueYi: DEFAULT_GAP_OPTIONS.leaderRevenueYi,
      };
      const ranked = (rows: Row[]) =>
        rows.map((r, rank) => ({ chainId, regionId, key: `${rank}`, ...r }));
      const direct = 'leaders/leader-candidates';
      if (await compare(direct, `${direct}-rollup`, leaders, 'key', ranked)) return report;
    }
    // 补链 candidates of every segment of the chain in each region, from the candidate lists against
    // the direct ranking: present firms included (flagged), the pool as large as the lists.
    const segments = (await db.read('chain/segments', { keys: [chainId] })).map((r) =>
      String((r.node as Row).id),
    );
    for (const regionId of segments.length && opts.candidates !== false ? regions : []) {
      const p = {
        ...candidateParams(segments, regionId, true, DEFAULT_GAP_OPTIONS.leaderRevenueYi),
        pool: int(segments.length * candidatesWeighed(segments.length)),
      };
      const ranked = (rows: Row[]) =>
        rows.map((r, rank) => ({ chainId, regionId, key: `${rank}`, ...r }));
      const direct = 'candidates/fill-candidates';
      if (await compare(direct, `${direct}-rollup`, p, 'key', ranked)) return report;
    }
    // Parks ranked by the chain, city-wide and in the checked regions' parks alike.
    const parks = { chain: chainId, region: null, limit: int(PARKS_LIMIT) };
    const aboutChain = (rows: Row[]) => rows.map(withChain(chainId));
    const parksDirect = 'profile/parks-by-chain';
    if (await compare(parksDirect, `${parksDirect}-rollup`, parks, 'id', aboutChain)) return report;
    opts.onProgress?.(`${chainId}: ${report.rows} rows compared`);
  }
  // Project statistics from the tallies, in every checked region and graph-wide, by every grouping,
  // under filters of each kind the tallies hold; rows compared in rank order.
  if (opts.projectStats !== false) {
    const periods = (await db.read('rollups/periods')).map((r) => Number(r.period));
    const period = opts.asOfPeriods?.find((p) => periods.includes(p)) ?? periods.at(-1);
    const filters: Record<string, unknown>[] = [
      {},
      { statuses: ['under_construction', 'in_production'] },
      { list: 'signed' },
      ...chains.slice(0, 2).map((chain) => ({ chain })),
      ...(period === undefined
        ? []
        : [
            { period: int(period) },
            { period: int(period), list: 'started', rosters: true },
            { period: int(period), chain: chains[0] ?? null, statuses: ['signed'] },
          ]),
    ];
    // Graph-wide too, unless regions were named (a graph-wide direct statement reads every project).
    for (const regionId of opts.regions ? regions : [null, ...regions])
      for (const groupBy of STATS_GROUPINGS)
        for (const f of filters) {
          const p = { ...NO_PROJECT_FILTER, ...f, region: regionId, groupBy };
          const [rollup, direct] = await Promise.all([
            db.read('stats/projects-by-rollup', p, { timeoutMs: CHECK_TIMEOUT_MS }),
            db.read('stats/projects-by', p, { timeoutMs: CHECK_TIMEOUT_MS }),
          ]);
          if (rollup[0]?.exact === false) {
            report.statsSkipped += 1;
            continue;
          }
          const label = `${groupBy}:${JSON.stringify(f)}`;
          const ranked = (rows: Row[]) =>
            rows.map((r, rank) => {
              const { exact: _exact, ...rest } = r;
              return { chainId: label, regionId, rank: `${rank}`, ...rest };
            });
          report.rows += direct.length;
          compareRows(
            'stats/projects-by',
            'rank',
            ranked(direct),
            ranked(rollup),
            report.differences,
          );
          if (report.differences.length >= max) return report;
        }
    opts.onProgress?.(`project statistics: ${report.rows} rows compared`);
  }
  for (const clusterId of clusters) {
    for (let i = 0; i < regions.length; i += REGIONS_PER_CALL) {
      const batch = { cluster: clusterId, regions: regions.slice(i, i + REGIONS_PER_CALL) };
      const aboutCluster = (rows: Row[]) => rows.map(withChain(clusterId));
      const direct = 'profile/cluster-profile';
      if (await compare(direct, `${direct}-rollup`, batch, null, aboutCluster)) return report;
    }
  }
  return report;
}

/** projectStats groupings (stats/projects-by's $groupBy). */
const STATS_GROUPINGS = ['district', 'park', 'chain', 'cluster', 'status', 'period', 'list'];

/** The project filters stats/projects-by takes, none set (src/modules/project projectFilterParams). */
const NO_PROJECT_FILTER = {
  region: null,
  park: null,
  chain: null,
  segment: null,
  source: null,
  enterprise: null,
  stage: null,
  statuses: null,
  period: null,
  list: null,
  rosters: false,
  minInvest: null,
  maxInvest: null,
  text: null,
};

/** Parks compared per chain: every park holding some of it. */
const PARKS_LIMIT = 100_000;

/** Rows of a statement without a chainId column, keyed by the chain or cluster they are about. */
const withChain = (id: string) => (r: Row) => ({ chainId: id, regionId: null, ...r });

const rowKey = (r: Row, key: string | null) =>
  `${String(r.chainId)}|${String(r.regionId)}|${key ? String(r[key]) : ''}`;

/** Numbers to 6 decimals: sums taken in another order differ in the last bits only. */
function normal(v: unknown): unknown {
  if (typeof v === 'number') return Math.round(v * 1e6) / 1e6;
  if (Array.isArray(v)) return v.map(normal);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, x]) => [k, normal(x)]),
    );
  return v ?? null;
}

function compareRows(
  statement: string,
  key: string | null,
  direct: Row[],
  rollup: Row[],
  out: RollupDifference[],
): void {
  const byKey = new Map(rollup.map((r) => [rowKey(r, key), r]));
  const seen = new Set<string>();
  for (const d of direct) {
    const k = rowKey(d, key);
    seen.add(k);
    const r = byKey.get(k);
    const where = {
      statement,
      chainId: String(d.chainId),
      regionId: String(d.regionId),
      ...(key ? { segmentId: String(d[key]) } : {}),
    };
    if (!r) {
      out.push({ ...where, field: '(row)', direct: 'present', rollup: 'missing' });
      continue;
    }
    for (const field of Object.keys(d)) {
      const a = JSON.stringify(normal(d[field]));
      const b = JSON.stringify(normal(r[field]));
      if (a !== b) out.push({ ...where, field, direct: d[field], rollup: r[field] });
    }
  }
  for (const r of rollup)
    if (!seen.has(rowKey(r, key)))
      out.push({
        statement,
        chainId: String(r.chainId),
        regionId: String(r.regionId),
        field: '(row)',
        direct: 'missing',
        rollup: 'present',
      });
}
