import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Database, Row } from '../../src/db/database.js';
import { checkRollups } from '../../src/rollups/check.js';
import { rebuildRollups, rollupParams } from '../../src/rollups/rollups.js';
import { int, NO_PROJECT_FILTER, THRESHOLDS, useGraph } from './support.js';

// The presence rollups of the analysis fixture (support.ts), worked out by hand, and their
// maintenance by the import: every answer they give equals the direct computation
// (src/rollups/check.ts) after the first import, after incremental imports that move, add and
// re-segment firms, after one that changes the region tree, and after a full rebuild.
const graph = useGraph('analysis');

// The statements a full rebuild runs (src/rollups/rollups.ts rebuildRollups), and those the import
// runs around its writes (src/dataset/import-dataset.ts).
const REBUILD = [
  'rollups/scopes',
  'rollups/clear',
  'rollups/segments',
  'rollups/chains',
  'rollups/clusters',
  'rollups/places',
  'rollups/tallies',
  'rollups/write-meta',
];
const MAINTAIN = ['rollups/mark', 'rollups/tally-delta', 'rollups/ensure', 'rollups/refresh'];
const ADD = 'rollups/add';
// src/rollups/check.ts reads what it compares from this one.
const CHECK_SCOPE = 'rollups/check-scope';

async function rollup(db: Database, key: string): Promise<Row | undefined> {
  const [row] = await db.raw('MATCH (r:Rollup {key: $key}) RETURN properties(r) AS r', { key });
  return row?.r as Row | undefined;
}

function bundle(content: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chainatlas-rollups-'));
  const file = path.join(dir, 'bundle.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const ref = { reference: { basis: 'test fixture' } };
const seg = (segment: string) => ({ segment, basis: 'fixture', ...ref });

// Now, as of every period of the fixture, before the first and after the last.
const AS_OF = [0, 1, 2, 3];

async function expectConsistent(db: Database) {
  const report = await checkRollups(db, { asOfPeriods: AS_OF });
  expect(report.differences).toEqual([]);
  expect(report.built).toBe(true);
  expect(report.dirty).toBe(0);
  expect(report.rows).toBeGreaterThan(0);
}

// Each consistency check compares every rollup answer with the direct statements (a few hundred
// statements): minutes on a busy 2-core machine, hence the longer timeout.
describe('presence rollups', { timeout: 240_000 }, () => {
  it('are built by the first import and hold what the fixture says (rollups/meta)', async () => {
    const [meta] = await graph().read('rollups/meta');
    expect(meta).toMatchObject({
      version: 5,
      top: 30,
      candidateList: 1000,
      periodTop: 10,
      leaderRevenueYi: 100,
      largeFirmRevenueYi: 10,
      largeProjectYi: 10,
      dirty: 0,
    });
    expect(Number(meta!.rollups)).toBeGreaterThan(0);
  });

  it("keep each segment's candidate list graph-wide, by standing, revenue and id", async () => {
    // 原料环节 x1: g2 (外地市, revenue known) and g1 (revenue unknown), neither designated.
    expect(await rollup(graph(), 'candidates|x1|all')).toMatchObject({
      scope: 'candidates',
      scopeId: 'x1',
      placeId: 'all',
      firms: 2,
      candidates: ['g2', 'g1'],
      candDesignations: [0, 0],
    });
  });

  it('count each firm once per place of its region, leading ones first in the top list', async () => {
    const db = graph();
    // 制造环节 x2 in 测试市 r: f1 (park pa in 甲区 a; 上市公司, revenue 200) and f2 (甲区 a).
    expect(await rollup(db, 'segment|x2|r')).toMatchObject({
      firms: 2,
      revenueKnown: 1,
      leading: 1,
      large: 1,
      finestFirms: 0,
      topFirms: ['f1', 'f2'],
    });
    // Both are known down to 甲区 (f1 through its park's district).
    expect(await rollup(db, 'segment|x2|a')).toMatchObject({ firms: 2, finestFirms: 2 });
    expect(await rollup(db, 'segment|x2|pa')).toMatchObject({ firms: 1, topFirms: ['f1'] });
    expect(await rollup(db, 'segment|x2|b')).toBeUndefined();
    // 整机环节 x3 in 乙区 b: p1 under construction (e2 started), p3 in production (e2).
    const x3 = await rollup(db, 'segment|x3|b');
    expect(x3).toMatchObject({ projects: 2 });
    expect(x3!.firms).toBeUndefined();
    const byStatus = Object.fromEntries(
      (x3!.projectStatuses as string[]).map((s, i) => [s, (x3!.projectStatusN as number[])[i]]),
    );
    expect(byStatus).toEqual({ under_construction: 1, in_production: 1 });
    // Chain x (x1..x4) in r: f1, f2, f3 once each; projects p1, p3.
    expect(await rollup(db, 'chain|x|r')).toMatchObject({
      firms: 3,
      projects: 2,
      firmsReference: 3,
    });
    // 测试市 holds f1, f2, f3 and p1, p2, p3; p2 has no segment.
    expect(await rollup(db, 'place|r|r')).toMatchObject({
      firms: 3,
      projects: 3,
      projectsWithoutSegment: 1,
    });
    // The cluster of chain x in r.
    expect(await rollup(db, 'cluster|cl-x|r')).toMatchObject({ firms: 3, projects: 2 });
  });

  it('answer gaps/segment-presence-rollup and gaps/region-coverage-rollup as the direct statements do', async () => {
    const db = graph();
    const params = {
      ...THRESHOLDS,
      chains: ['x', 'y'],
      regions: ['r', 'a', 'b', 'o'],
      asOfPeriod: null,
      sample: int(10),
    };
    const [direct, viaRollups] = await Promise.all([
      db.read('gaps/segment-presence', params),
      db.read('gaps/segment-presence-rollup', params),
    ]);
    expect(viaRollups).toEqual(direct);
    // 链主 f1 counts as designated for x, and its own leading facts are not counted twice.
    const x2 = viaRollups.find(
      (r) => r.chainId === 'x' && r.regionId === 'r' && r.segmentId === 'x2',
    );
    expect(x2).toMatchObject({ firmCount: 2, leaderCount: 1, leadingCount: 1, largeFirmCount: 1 });
    // Without samples (what the API asks when no firm or project list is selected): the same
    // counts, no lists, as the direct statement.
    const none = { ...params, sample: int(0) };
    const [directNone, rollupNone] = await Promise.all([
      db.read('gaps/segment-presence', none),
      db.read('gaps/segment-presence-rollup', none),
    ]);
    expect(rollupNone).toEqual(directNone);
    expect(rollupNone).toEqual(viaRollups.map((r) => ({ ...r, firms: [], projects: [] })));
    const coverage = { chains: ['x', 'y'], regions: ['r', 'a', 'b', 'o'] };
    expect(await db.read('gaps/region-coverage-rollup', coverage)).toEqual(
      await db.read('gaps/region-coverage', coverage),
    );
    // The three in one round trip, each in its own order.
    expect((await db.read('gaps/chain-analysis-rollup', params))[0]).toEqual({
      presence: viaRollups,
      coverage: await db.read('gaps/region-coverage-rollup', coverage),
      edges: await db.read('gaps/chain-edges', { chains: ['x', 'y'] }),
    });
    await expectConsistent(db);
  });

  it('answer profile/cluster-profile-rollup and profile/parks-by-chain-rollup as the direct statements do', async () => {
    const db = graph();
    const cluster = { cluster: 'cl-x', regions: ['r', 'a', 'b'] };
    const profiles = await db.read('profile/cluster-profile-rollup', cluster);
    expect(profiles).toEqual(await db.read('profile/cluster-profile', cluster));
    expect(profiles[0]).toMatchObject({
      regionId: 'r',
      enterprises: 3,
      projects: 2,
      leaders: [{ id: 'f1' }],
    });
    expect(profiles[0]!.parks).toEqual([{ id: 'pa', name: '甲园', enterprises: 1, projects: 0 }]);
    for (const region of [null, 'r', 'b']) {
      const parks = { chain: 'x', region, limit: int(10) };
      expect(await db.read('profile/parks-by-chain-rollup', parks)).toEqual(
        await db.read('profile/parks-by-chain', parks),
      );
    }
  });

  it('rank the chain leaders from the chain rollup pool as leaders/leader-candidates does (leaders/leader-candidates-rollup)', async () => {
    const db = graph();
    for (const region of ['r', 'a', 'b', 'o']) {
      const params = { ...THRESHOLDS, chain: 'x', region, limit: int(200) };
      expect(await db.read('leaders/leader-candidates-rollup', params)).toEqual(
        await db.read('leaders/leader-candidates', params),
      );
    }
    expect(await rollup(graph(), 'chain|x|r')).toMatchObject({ topFirms: ['f1', 'f2', 'f3'] });
  });

  it(`add new firms and projects by their contributions, without a rebuild (${ADD})`, async () => {
    const db = graph();
    const before = (await db.read('rollups/meta'))[0]!;
    const x4 = await rollup(db, 'segment|x4|r');
    await importDataset(
      db,
      bundle({
        enterprises: [
          {
            id: 'f20',
            name: '乙区新服务公司',
            kind: 'company',
            district: 'b',
            segments: [seg('x4'), seg('y1')],
            ...ref,
          },
        ],
        projects: [
          {
            id: 'p20',
            name: '甲园新整机项目',
            park: 'pa',
            status: 'under_construction',
            segments: [seg('x3')],
            batches: [{ event: 'e2', list: 'started', ...ref }],
            ...ref,
          },
          {
            id: 'p22',
            name: '乙区新整机项目',
            district: 'b',
            status: 'signed',
            segments: [seg('x3')],
            batches: [
              { event: 'e1', list: 'in_production', ...ref },
              { event: 'e2', list: 'signed', ...ref },
            ],
            ...ref,
          },
          {
            id: 'p21',
            name: '乙区文旅项目',
            district: 'b',
            status: 'signed',
            unmapped: { reason: 'non_industrial', basis: 'fixture' },
            ...ref,
          },
        ],
      }),
    );
    const after = (await db.read('rollups/meta'))[0]!;
    expect(after.builtAt).toBe(before.builtAt);
    expect(after.dirty).toBe(0);
    expect(await rollup(db, 'segment|x4|r')).toMatchObject({ firms: Number(x4!.firms) + 1 });
    expect(await rollup(db, 'segment|x3|pa')).toMatchObject({ projects: 1, topProjects: ['p20'] });
    // As of each period: p1 signed at 1 → started at 2; p3 in production at 2; p22 in production at
    // 1 → signed at 2 (its latest list counts, even a lower one).
    expect(await rollup(db, 'segment|x3|b')).toMatchObject({
      listedProjects: ['p1', 'p22', 'p3'],
      listedFirst: [1, 1, 2],
    });
    const x3AsOf = async (period: number) => {
      const rows = await db.read('gaps/segment-presence-rollup', {
        ...THRESHOLDS,
        chains: ['x'],
        regions: ['b'],
        asOfPeriod: int(period),
        sample: int(10),
      });
      const row = rows.find((r) => r.segmentId === 'x3')!;
      return {
        stats: (row.projectStats as Row[]).map((p) => `${String(p.status)} ${String(p.n)}`),
        sample: (row.projects as Row[]).map((p) => `${String(p.id)} ${String(p.status)}`),
      };
    };
    // The periods rollups:check --as-of all compares.
    expect((await db.read('rollups/periods')).map((r) => r.period)).toEqual([1, 2]);
    expect(await x3AsOf(0)).toEqual({ stats: [], sample: [] });
    expect(await x3AsOf(1)).toEqual({
      stats: ['in_production 1', 'signed 1'],
      sample: ['p1 signed', 'p22 in_production'],
    });
    expect(await x3AsOf(2)).toEqual({
      stats: ['in_production 1', 'signed 1', 'under_construction 1'],
      sample: ['p3 in_production', 'p1 under_construction', 'p22 signed'],
    });
    await expectConsistent(db);
  });

  it(`follow an import that moves, re-segments and adds firms and projects (${MAINTAIN.join(', ')})`, async () => {
    const db = graph();
    await importDataset(
      db,
      bundle({
        // f2 moves from 甲区 to 乙区 and into x1; a new firm known only at city level; a new
        // project in 甲区's park.
        enterprises: [
          {
            id: 'f2',
            name: '甲区制造公司',
            kind: 'company',
            district: 'b',
            segments: [seg('x1')],
            ...ref,
          },
          {
            id: 'f9',
            name: '测试市新公司',
            kind: 'company',
            district: 'r',
            segments: [seg('x2')],
            ...ref,
          },
        ],
        projects: [
          {
            id: 'p9',
            name: '甲园新项目',
            park: 'pa',
            status: 'signed',
            segments: [seg('x2')],
            ...ref,
          },
          // p1 moves into 甲区's park while still stated in 乙区 (it counts under 乙区 when grouped
          // by district: a stray of 甲区's tally) and leaves period 2's list; p2 gets a segment.
          {
            id: 'p1',
            name: '乙区整机项目',
            district: 'b',
            park: 'pa',
            batches: [{ event: 'e1', list: 'signed', ...ref }],
            segments: [seg('x3')],
            ...ref,
          },
          {
            id: 'p2',
            name: '外地公司甲区项目',
            district: 'a',
            status: 'signed',
            enterprises: [{ enterprise: 'g1', role: 'investor' }],
            segments: [seg('x2')],
            ...ref,
          },
        ],
      }),
    );
    // The project tallies moved with them: 甲区 now holds p1 (through its park), p2, p9 and p20.
    const a = await rollup(db, 'tally|a|a');
    expect(a).toMatchObject({ strays: 1 });
    // The status-only projection (rollups/_tally): five values per signature, the count first.
    const count = (t: Row | undefined) =>
      ((t?.sValues as number[]) ?? []).reduce((n, v, i) => (i % 5 === 0 ? n + v : n), 0);
    expect((a!.sSigs as string[]).every((sig) => sig.startsWith('s|'))).toBe(true);
    expect(count(a)).toBe(4);
    expect(count(await rollup(db, 'tally|all|all'))).toBe(7);
    const [byDistrict] = await db.read('stats/projects-by-rollup', {
      ...NO_PROJECT_FILTER,
      region: 'a',
      groupBy: 'district',
    });
    expect(byDistrict).toMatchObject({ exact: false });
    expect(await rollup(db, 'segment|x2|a')).toMatchObject({ firms: 1, projects: 2 });
    expect(await rollup(db, 'segment|x1|b')).toMatchObject({ firms: 1, topFirms: ['f2'] });
    expect(await rollup(db, 'segment|x2|r')).toMatchObject({ firms: 2, finestFirms: 1 });
    const [meta] = await db.read('rollups/meta');
    expect(meta!.dirty).toBe(0);
    await expectConsistent(db);
  });

  it('are rebuilt in the same transaction when the region tree changes (rollups/ensure)', async () => {
    const db = graph();
    const before = String((await db.read('rollups/meta'))[0]!.builtAt);
    await importDataset(
      db,
      bundle({
        districts: [{ id: 'c', name: '丙区', level: 'district', parent: 'r', ...ref }],
        enterprises: [
          {
            id: 'f9',
            name: '测试市新公司',
            kind: 'company',
            district: 'c',
            segments: [seg('x2')],
            ...ref,
          },
        ],
      }),
    );
    const after = String((await db.read('rollups/meta'))[0]!.builtAt);
    expect(after).not.toBe(before);
    expect(await rollup(db, 'segment|x2|c')).toMatchObject({ firms: 1, finestFirms: 1 });
    await expectConsistent(db);
  });

  it(`come back identical from a full rebuild (${REBUILD.join(', ')})`, async () => {
    const db = graph();
    const snapshot = async () =>
      (await db.raw('MATCH (r:Rollup) RETURN r.key AS key, properties(r) AS r ORDER BY key')).map(
        (row) => JSON.stringify(row),
      );
    const before = await snapshot();
    const report = await rebuildRollups(db);
    expect(report.rollups).toBe(before.length);
    expect(await snapshot()).toEqual(before);
    // rollups/ensure finds nothing to do on a graph whose rollups are current.
    const [ensure] = await db.write('rollups/ensure', rollupParams());
    expect(ensure!.rebuilt).toBe(false);
    const [scope] = await db.read(CHECK_SCOPE);
    expect(scope!.chains).toEqual(['x', 'y']);
  });
});
