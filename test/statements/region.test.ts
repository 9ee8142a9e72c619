import { describe, expect, it } from 'vitest';
import type { Params, Row } from '../../src/db/database.js';
import {
  ids,
  int,
  THRESHOLDS,
  NO_ENTERPRISE_FILTER,
  NO_PROJECT_FILTER,
  nodeIds,
  nodeIdsByKey,
  useGraph,
} from './support.js';

/*
 * THE region rule: x is in region R when x is LOCATED_IN R itself, a sub-region of R at ANY depth
 * (District -[:WITHIN]-> District chains), or a Park IN_DISTRICT of any of those; a null region
 * means no filter. Every statement with a region filter is checked against it here.
 *
 * The analysis fixture (support.ts) only goes two levels deep, so test/fixtures/datasets/region-depth
 * is loaded on top of it:
 *   a1 科创片区 (functional zone) WITHIN a;  a11 科创街道 (sub-district) WITHIN a1: r → a → a1 → a11
 *   pa1 街道园: a park IN_DISTRICT a11 (three levels below r)
 *   h1 片区研究院: research institute in a1, x3 and x4, 高新技术企业, partner of f2, revenue 20
 *      (2022) and 30 (2023), cites source sd
 *   h2 街道配套公司: in park pa1, x1, 专精特新, a unit of the outside group g1, supplies f2
 *   q1 科创街道整机项目: in a11, x3, stated under construction, 12亿元, investor g2, cites sd
 *   q2 街道园配套项目: in park pa1, x1, built by h2, e1 signed → e2 in production, 5亿元
 *   cl-a1 片区集群: cluster of a1 (chain x); figure fc-e2-a1 counts e2's projects scoped to a1
 *
 * Who is where (rule applied by hand):
 *   region  | places                    | enterprises (by name)  | projects (by name)
 *   r       | r a b a1 a11, pa pa1      | f3 f1 h1 f2 h2         | p3 p1 p2 q1 q2
 *   a       | a a1 a11, pa pa1          | f1 h1 f2 h2            | p2 q1 q2
 *   a1      | a1 a11, pa1               | h1 h2                  | q1 q2
 *   a11     | a11, pa1                  | h2                     | q1 q2
 *   b       | b                         | f3                     | p3 p1
 * Name orders: firms f3 乙区服务 < f1 园区 < g1 外地关联 < g2 外地大 < h1 片区 < f2 甲区 < h2 街道;
 * projects p3 < p1 < p2 外地 < q1 科创 < q2 街道; parks pa 甲园 < pa1 街道园.
 */
const graph = useGraph('analysis', 'region-depth');
const read = (key: string, params: Params = {}) => graph().read(key, params);
const batch = async (key: string, keys: string[], params: Params = {}) =>
  nodeIdsByKey(await read(key, { ...params, keys }));

const REGIONS = ['r', 'a', 'a1', 'a11', 'b'] as const;
type Region = (typeof REGIONS)[number];
const FIRMS: Record<Region, string[]> = {
  r: ['f3', 'f1', 'h1', 'f2', 'h2'],
  a: ['f1', 'h1', 'f2', 'h2'],
  a1: ['h1', 'h2'],
  a11: ['h2'],
  b: ['f3'],
};
const PROJECTS: Record<Region, string[]> = {
  r: ['p3', 'p1', 'p2', 'q1', 'q2'],
  a: ['p2', 'q1', 'q2'],
  a1: ['q1', 'q2'],
  a11: ['q1', 'q2'],
  b: ['p3', 'p1'],
};

describe('the region rule in project/list and project/count (project/_filter)', () => {
  const list = (region: string | null) =>
    read('project/list', {
      ...NO_PROJECT_FILTER,
      region,
      sort: 'name',
      desc: false,
      skip: int(0),
      limit: int(100),
    });
  const count = async (region: string | null) =>
    (await read('project/count', { ...NO_PROJECT_FILTER, region }))[0]?.n;

  it.each(REGIONS)('region %s', async (region) => {
    expect(nodeIds(await list(region))).toEqual(PROJECTS[region]);
    expect(await count(region)).toBe(PROJECTS[region].length);
  });

  it('no region: every project', async () => {
    expect(nodeIds(await list(null))).toEqual(PROJECTS.r);
    expect(await count(null)).toBe(5);
  });
});

describe('the region rule in enterprise/list and enterprise/count (enterprise/_filter)', () => {
  const list = (region: string | null) =>
    read('enterprise/list', { ...NO_ENTERPRISE_FILTER, region, skip: int(0), limit: int(100) });
  const count = async (region: string | null) =>
    (await read('enterprise/count', { ...NO_ENTERPRISE_FILTER, region }))[0]?.n;

  it.each(REGIONS)('region %s', async (region) => {
    expect(nodeIds(await list(region))).toEqual(FIRMS[region]);
    expect(await count(region)).toBe(FIRMS[region].length);
  });

  it('no region: every enterprise', async () => {
    expect(nodeIds(await list(null))).toEqual(['f3', 'f1', 'g1', 'g2', 'h1', 'f2', 'h2']);
    expect(await count(null)).toBe(7);
  });
});

describe('the region rule in stats/projects-by', () => {
  const groups = (groupBy: string, region: string | null) =>
    read('stats/projects-by', { ...NO_PROJECT_FILTER, region, groupBy });
  // Only q1 (12亿元) and q2 (5亿元) have an investment figure; no project has an output value, so
  // outputKnownCount is 0 and outputValueYi null everywhere. A group with no known investment has a
  // null total (unknown, never 0).
  const row = (
    key: string,
    name: string | null,
    n: number,
    known: number,
    invest: number | null,
  ) => ({
    key,
    name,
    projectCount: n,
    investmentKnownCount: known,
    totalInvestmentYi: invest,
    outputKnownCount: 0,
    outputValueYi: null,
  });

  it('filters the projects by region at any depth', async () => {
    // Status groups tie on count; then by known investment: q1 12 (under construction), q2 5;
    // p2 (signed) has none known, so its total is null and it comes last (unknown is not more
    // than a known figure).
    expect(await groups('status', 'a')).toEqual([
      row('under_construction', null, 1, 1, 12),
      row('in_production', null, 1, 1, 5),
      row('signed', null, 1, 0, null),
    ]);
    expect(await groups('status', 'a11')).toEqual([
      row('under_construction', null, 1, 1, 12),
      row('in_production', null, 1, 1, 5),
    ]);
    expect(await groups('status', 'r')).toEqual([
      row('under_construction', null, 2, 1, 12),
      row('in_production', null, 2, 1, 5),
      row('signed', null, 1, 0, null),
    ]);
  });

  it('groups by the project’s own district, directly or through its park', async () => {
    // q1 is in a11; q2 in park pa1, which is in a11 (12 + 5 = 17, both known); p2 in a, none known.
    expect(await groups('district', 'a')).toEqual([
      row('a11', '科创街道', 2, 2, 17),
      row('a', '甲区', 1, 0, null),
    ]);
  });

  it("counts a project in a cluster when it lies in the cluster's region at any depth", async () => {
    // cl-x (region r, chain x): p1, p3 (b), q1 (a11), q2 (pa1). cl-a1 (region a1, chain x): q1, q2.
    // p2 targets no chain. Known investment: q1 12 + q2 5 = 17 in both clusters; p2 none.
    const expected = [
      row('cl-x', '测试集群', 4, 2, 17),
      row('cl-a1', '片区集群', 2, 2, 17),
      row('unknown', null, 1, 0, null),
    ];
    expect(await groups('cluster', null)).toEqual(expected);
    expect(await groups('cluster', 'r')).toEqual(expected);
    // Only p1 and p3 are in b; b is not inside a1. Neither has a known investment.
    expect(await groups('cluster', 'b')).toEqual([row('cl-x', '测试集群', 2, 0, null)]);
  });
});

describe('the region rule in district/enterprises, district/projects, district/parks', () => {
  it('district/enterprises: firms of the region, its sub-regions at any depth and their parks', async () => {
    expect(await batch('district/enterprises', [...REGIONS], { first: 10 })).toEqual(FIRMS);
  });

  it('district/projects: projects of the region at any depth, investment first', async () => {
    expect(await batch('district/projects', [...REGIONS], { first: 10 })).toEqual({
      r: ['q1', 'q2', 'p3', 'p1', 'p2'],
      a: ['q1', 'q2', 'p2'],
      a1: ['q1', 'q2'],
      a11: ['q1', 'q2'],
      b: ['p3', 'p1'],
    });
  });

  it('district/parks: parks of the region and of its sub-regions at any depth', async () => {
    expect(await batch('district/parks', [...REGIONS], { first: 10 })).toEqual({
      r: ['pa', 'pa1'],
      a: ['pa', 'pa1'],
      a1: ['pa1'],
      a11: ['pa1'],
    });
  });
});

describe('the region rule in segment/enterprises and segment/projects', () => {
  const firms = (region: string | null) =>
    batch('segment/enterprises', ['x1', 'x2', 'x3', 'x4'], { region, first: 10 });
  const projects = (region: string | null) =>
    batch('segment/projects', ['x1', 'x3'], { region, first: 10 });

  it('segment/enterprises', async () => {
    // Local firms before those headquartered outside (g1, g2), then by name.
    expect(await firms(null)).toEqual({
      x1: ['h2', 'g1', 'g2'],
      x2: ['f1', 'f2'],
      x3: ['h1'],
      x4: ['f3', 'h1'],
    });
    expect(await firms('r')).toEqual({
      x1: ['h2'],
      x2: ['f1', 'f2'],
      x3: ['h1'],
      x4: ['f3', 'h1'],
    });
    expect(await firms('a')).toEqual({ x1: ['h2'], x2: ['f1', 'f2'], x3: ['h1'], x4: ['h1'] });
    expect(await firms('a1')).toEqual({ x1: ['h2'], x3: ['h1'], x4: ['h1'] });
    expect(await firms('a11')).toEqual({ x1: ['h2'] });
    expect(await firms('b')).toEqual({ x4: ['f3'] });
  });

  it('segment/projects', async () => {
    expect(await projects(null)).toEqual({ x1: ['q2'], x3: ['q1', 'p3', 'p1'] });
    expect(await projects('r')).toEqual({ x1: ['q2'], x3: ['q1', 'p3', 'p1'] });
    for (const region of ['a', 'a1', 'a11'])
      expect(await projects(region)).toEqual({ x1: ['q2'], x3: ['q1'] });
    expect(await projects('b')).toEqual({ x3: ['p3', 'p1'] });
  });
});

describe('the region rule in park/list and cluster/list', () => {
  it('park/list: parks of the region and its sub-regions at any depth', async () => {
    const parks = async (region: string | null) => nodeIds(await read('park/list', { region }));
    expect(await parks(null)).toEqual(['pa', 'pa1']);
    expect(await parks('r')).toEqual(['pa', 'pa1']);
    expect(await parks('a')).toEqual(['pa', 'pa1']);
    expect(await parks('a1')).toEqual(['pa1']);
    expect(await parks('a11')).toEqual(['pa1']);
    expect(await parks('b')).toEqual([]);
  });

  it('cluster/list: clusters defined for the region or a sub-region at any depth', async () => {
    const clusters = async (region: string | null, kind: string | null = null) =>
      nodeIds(await read('cluster/list', { kind, region }));
    // By kind: district_focus (cl-a1) before leading_100bn (cl-x).
    expect(await clusters(null)).toEqual(['cl-a1', 'cl-x']);
    expect(await clusters('r')).toEqual(['cl-a1', 'cl-x']);
    expect(await clusters('a')).toEqual(['cl-a1']);
    expect(await clusters('a1')).toEqual(['cl-a1']);
    // a11 lies inside a1, not the other way round.
    expect(await clusters('a11')).toEqual([]);
    expect(await clusters('b')).toEqual([]);
    expect(await clusters('a', 'leading_100bn')).toEqual([]);
  });
});

describe('the region rule in profile/parks-by-chain', () => {
  const parks = (region: string | null) =>
    read('profile/parks-by-chain', { chain: 'x', region, limit: int(10) });
  // pa1: h2 (x1) and q2 (x1, 5亿元: one known investment); pa: f1 (x2). pa1 ranks first (2 against 1).
  const pa1 = {
    id: 'pa1',
    name: '街道园',
    districtId: 'a11',
    districtName: '科创街道',
    chainEnterprises: 1,
    allEnterprises: 1,
    chainProjects: 1,
    share: 1,
    investmentKnown: 1,
    investmentYi: 5,
  };

  it('keeps the parks lying in the region at any depth', async () => {
    expect(await parks(null)).toEqual([pa1, expect.objectContaining({ id: 'pa' })]);
    expect(ids(await parks('r'))).toEqual(['pa1', 'pa']);
    expect(ids(await parks('a'))).toEqual(['pa1', 'pa']);
    expect(await parks('a1')).toEqual([pa1]);
    expect(await parks('a11')).toEqual([pa1]);
    expect(await parks('b')).toEqual([]);
  });
});

describe('the region rule in profile/cluster-profile', () => {
  it('profiles cl-x in regions at every depth', async () => {
    const rows = await read('profile/cluster-profile', { cluster: 'cl-x', regions: [...REGIONS] });
    const by = Object.fromEntries(
      rows.map((r) => [
        r.regionId,
        {
          enterprises: r.enterprises,
          projects: r.projects,
          leaders: (r.leaders as { id: string }[]).map((l) => l.id),
          byStatus: r.byStatus,
          investmentYi: r.investmentYi,
          investmentKnown: r.investmentKnown,
          parks: r.parks,
        },
      ]),
    );
    // [projects, known investments, known sum (null when none is known)] per status.
    type Tally = [number, number, number | null];
    const status = (uc: Tally, ip: Tally) => [
      { status: 'in_production', n: ip[0], investmentKnown: ip[1], investmentYi: ip[2] },
      { status: 'under_construction', n: uc[0], investmentKnown: uc[1], investmentYi: uc[2] },
    ];
    const pa1 = { id: 'pa1', name: '街道园', enterprises: 1, projects: 1 };
    const pa = { id: 'pa', name: '甲园', enterprises: 1, projects: 0 };
    expect(by).toEqual({
      // Firms in x's segments: f1, f2 (x2), f3 (x4), h1 (x3, x4), h2 (x1); projects p1, p3, q1, q2.
      // Under construction: p1 (unknown), q1 (12); in production: p3 (unknown), q2 (5).
      r: {
        enterprises: 5,
        projects: 4,
        leaders: ['f1'],
        byStatus: status([2, 1, 12], [2, 1, 5]),
        investmentYi: 17,
        investmentKnown: 2,
        parks: [pa1, pa],
      },
      a: {
        enterprises: 4,
        projects: 2,
        leaders: ['f1'],
        byStatus: status([1, 1, 12], [1, 1, 5]),
        investmentYi: 17,
        investmentKnown: 2,
        parks: [pa1, pa],
      },
      a1: {
        enterprises: 2,
        projects: 2,
        leaders: [],
        byStatus: status([1, 1, 12], [1, 1, 5]),
        investmentYi: 17,
        investmentKnown: 2,
        parks: [pa1],
      },
      a11: {
        enterprises: 1,
        projects: 2,
        leaders: [],
        byStatus: status([1, 1, 12], [1, 1, 5]),
        investmentYi: 17,
        investmentKnown: 2,
        parks: [pa1],
      },
      b: {
        enterprises: 1,
        projects: 2,
        leaders: [],
        // p1 (under construction) and p3 (in production): neither investment is known.
        byStatus: status([1, 0, null], [1, 0, null]),
        investmentYi: null,
        investmentKnown: 0,
        parks: [],
      },
    });
  });
});

describe('the region rule in gaps/segment-presence', () => {
  const presence = (regions: string[], asOfPeriod: number | null = null) =>
    read('gaps/segment-presence', {
      chains: ['x'],
      regions,
      asOfPeriod,
      sample: int(10),
      ...THRESHOLDS,
    });
  const summary = (r: Row) => [
    r.regionId,
    r.segmentId,
    (r.firms as { id: string }[]).map((f) => f.id),
    (r.projects as { id: string }[]).map((p) => p.id),
    r.coarseFirmCount,
  ];

  it('counts firms and projects located at any depth below the region, and the coarser ones', async () => {
    // Coarser than a1: its ancestors a and r and the park pa of a, so f1 (pa) and f2 (a) in x2 could
    // be in a1. Coarser than a11: also a1, so h1 (x3, x4) too. Nothing is coarser than a but r.
    expect((await presence(['a', 'a1', 'a11'])).map(summary)).toEqual([
      ['a', 'x1', ['h2'], ['q2'], 0],
      ['a', 'x2', ['f1', 'f2'], [], 0],
      ['a', 'x3', ['h1'], ['q1'], 0],
      ['a', 'x4', ['h1'], [], 0],
      ['a', 'y1', [], [], 0],
      ['a1', 'x1', ['h2'], ['q2'], 0],
      ['a1', 'x2', [], [], 2],
      ['a1', 'x3', ['h1'], ['q1'], 0],
      ['a1', 'x4', ['h1'], [], 0],
      ['a1', 'y1', [], [], 0],
      ['a11', 'x1', ['h2'], ['q2'], 0],
      ['a11', 'x2', [], [], 2],
      ['a11', 'x3', [], ['q1'], 1],
      ['a11', 'x4', [], [], 1],
      ['a11', 'y1', [], [], 0],
    ]);
  });

  it('in the city, orders firms by revenue (latest year) and projects by investment', async () => {
    const rows = await presence(['r']);
    const x3 = rows.find((r) => r.segmentId === 'x3')!;
    const x4 = rows.find((r) => r.segmentId === 'x4')!;
    // h1's latest revenue is 30 (2023), not 20 (2022): large (≥ 10), not leading (< 100; its tag
    // 高新技术企业 is not a leading tag).
    expect(x3.firms).toEqual([
      {
        id: 'h1',
        name: '片区研究院',
        revenueYi: 30,
        tags: ['高新技术企业'],
        leader: false,
        leading: false,
        large: true,
        leadingBasis: [],
      },
    ]);
    // q1 (12亿元) is a large project; p3 and p1 have no known investment.
    expect(x3.projects).toEqual([
      {
        id: 'q1',
        name: '科创街道整机项目',
        status: 'under_construction',
        investmentYi: 12,
        large: true,
      },
      { id: 'p3', name: '乙区整机二期', status: 'in_production', investmentYi: null, large: false },
      {
        id: 'p1',
        name: '乙区整机项目',
        status: 'under_construction',
        investmentYi: null,
        large: false,
      },
    ]);
    // Statuses in status order (the same in the rollups).
    expect(x3.projectStats).toEqual([
      { status: 'in_production', n: 1, large: 0, investmentKnown: 0, investmentYi: null },
      { status: 'under_construction', n: 2, large: 1, investmentKnown: 1, investmentYi: 12 },
    ]);
    expect(x3).toMatchObject({ largeFirmCount: 1, leadingCount: 0, revenueKnownCount: 1 });
    expect((x4.firms as { id: string }[]).map((f) => f.id)).toEqual(['h1', 'f3']);
    expect(x4.firmCount).toBe(2);
  });

  it('as of a period, in the sub-district', async () => {
    // As of period 1, q2 was signed; q1 has no listing, so it has no status as of a period.
    const rows = await presence(['a11'], 1);
    expect(rows.find((r) => r.segmentId === 'x1')!.projects).toEqual([
      { id: 'q2', name: '街道园配套项目', status: 'signed', investmentYi: 5, large: false },
    ]);
    expect(rows.find((r) => r.segmentId === 'x3')!.projects).toEqual([]);
  });
});

describe('the region rule in candidates/fill-candidates', () => {
  const candidates = (segments: string[], region: string, includeLocal = false) =>
    read('candidates/fill-candidates', {
      segments,
      region,
      pool: int(10),
      candidateList: int(1000),
      adjacentCap: int(100),
      includeLocal,
      leadingTags: THRESHOLDS.leadingTags,
      leaderRevenueYi: THRESHOLDS.leaderRevenueYi,
    });
  const presence = (rows: Row[]) => rows.map((r) => [r.id, r.localPresence]);

  it('treats a firm as present when it, its group or its project is at any depth in the region', async () => {
    // h2 (park pa1, three levels below r) operates in x1 and is local to r, a, a1 and a11. g1's
    // unit h2 is there (group) and, for a and r, so is its project p2; g2 invests in q1 (a11); h2
    // builds q2 (pa1).
    for (const region of ['r', 'a', 'a1', 'a11'])
      expect(await candidates(['x1'], region)).toEqual([]);
    expect(presence(await candidates(['x1'], 'a', true))).toEqual([
      ['g1', ['group', 'project']],
      ['h2', ['self', 'project']],
      ['g2', ['project']],
    ]);
    // In a11 nobody has a firm link into the region: the pool goes by revenue (h2's is unknown).
    expect(presence(await candidates(['x1'], 'a11', true))).toEqual([
      ['g2', ['project']],
      ['g1', ['group']],
      ['h2', ['self', 'project']],
    ]);
    // For b nothing of that lies inside: all three are outside, unlinked, by revenue.
    expect(presence(await candidates(['x1'], 'b'))).toEqual([
      ['g2', []],
      ['g1', []],
      ['h2', []],
    ]);
  });

  it('treats a firm located only at a coarser level as possibly present', async () => {
    // For a1, f1 (park pa of a) and f2 (a) could lie in a1: not proposed as outside.
    expect(await candidates(['x2'], 'a1')).toEqual([]);
    expect(presence(await candidates(['x2'], 'a1', true))).toEqual([
      ['f2', ['coarse']],
      ['f1', ['coarse']],
    ]);
  });

  it('shows the paths into the region, group companies included', async () => {
    const [g1] = await candidates(['x1'], 'a', true);
    const n = (kind: string, id: string, name: string) => ({ kind, id, name });
    const G1 = n('Enterprise', 'g1', '外地关联公司');
    const supply = (local: object) => ({
      nodes: [G1, n('ChainSegment', 'x1', '原料环节'), n('ChainSegment', 'x2', '制造环节'), local],
      rels: ['OPERATES_IN', 'SUPPLIES', 'OPERATES_IN'],
    });
    expect(g1!.paths).toEqual([
      { nodes: [G1, n('Enterprise', 'f1', '园区龙头公司')], rels: ['SUPPLIES_TO'] },
      { nodes: [n('Project', 'p2', '外地公司甲区项目'), G1], rels: ['UNDERTAKEN_BY'] },
      { nodes: [n('Enterprise', 'h2', '街道配套公司'), G1], rels: ['SUBSIDIARY_OF'] },
      supply(n('Enterprise', 'f1', '园区龙头公司')),
      supply(n('Enterprise', 'f2', '甲区制造公司')),
    ]);
  });
});

describe('the region rule in leaders/leader-candidates', () => {
  const leaders = (region: string) =>
    read('leaders/leader-candidates', {
      chain: 'x',
      region,
      limit: int(10),
      leadingTags: THRESHOLDS.leadingTags,
      leaderRevenueYi: THRESHOLDS.leaderRevenueYi,
    });

  it('takes the local firms at any depth', async () => {
    // f1 designated first; then by segments covered (h1: x3 and x4), revenue, id.
    expect(ids(await leaders('r'))).toEqual(['f1', 'h1', 'f2', 'f3', 'h2']);
    expect(ids(await leaders('a'))).toEqual(['f1', 'h1', 'f2', 'h2']);
    expect(ids(await leaders('a1'))).toEqual(['h1', 'h2']);
    expect(ids(await leaders('a11'))).toEqual(['h2']);
    expect(ids(await leaders('b'))).toEqual(['f3']);
  });

  it('counts local projects and partners at any depth', async () => {
    const criteria = (rows: Row[]) =>
      rows.map((r) => [
        r.id,
        [...(r.segments as string[])].sort(),
        r.revenueYi,
        r.described,
        r.localProjects,
        r.investmentKnown,
        r.investmentYi,
      ]);
    // h2 builds q2 in its own park pa1 (5亿元: one known investment); the others have no local
    // project, so no investment is known (null, not 0). Nothing has a LEADING_FIRM_OF description.
    expect(criteria(await leaders('a'))).toEqual([
      ['f1', ['制造环节'], 200, [], 0, 0, null],
      ['h1', ['整机环节', '服务环节'].sort(), 30, [], 0, 0, null],
      ['f2', ['制造环节'], null, [], 0, 0, null],
      ['h2', ['原料环节'], null, [], 1, 1, 5],
    ]);
    expect(criteria(await leaders('a11'))).toEqual([['h2', ['原料环节'], null, [], 1, 1, 5]]);
    // For a1, h2's partner f2 (in a) is not local; h1's partner f2 neither.
    const a1 = await leaders('a1');
    expect(a1.map((r) => [r.id, r.localPartners])).toEqual([
      ['h1', 0],
      ['h2', 0],
    ]);
  });

  it('counts local partner firms, each once (not once per segment they operate in)', async () => {
    // In a: f2's local partners of the chain are h2 (supplies it; x1) and h1 (partner; x3 and
    // x4): two firms. h1 and h2 each have one (f2); f1's only link, g1, is in o.
    const a = await leaders('a');
    expect(a.map((r) => [r.id, r.localPartners])).toEqual([
      ['f1', 0],
      ['h1', 1],
      ['f2', 2],
      ['h2', 1],
    ]);
  });
});

describe('the region rule in pipeline/pipeline, pipeline/movements, pipeline/transitions', () => {
  const filtered = (key: string, region: string | null, extra: Params = {}) =>
    read(key, { ...NO_PROJECT_FILTER, region, ...extra });
  // q2 (park pa1 in a11): signed in period 1, in production in period 2.
  const q2Period1 = {
    period: 1,
    date: '2023-01-01',
    eventId: 'e1',
    districtId: 'a11',
    districtName: '科创街道',
    signed: 1,
    started: 0,
    inProduction: 0,
    // Signed: q2 (5, known); nothing started or in production here, so those sums are null.
    signedInvestmentYi: 5,
    startedInvestmentYi: null,
    inProductionInvestmentYi: null,
    investmentKnownCount: 1,
    // fc-e2-a1 states a count for a1 but names no list (and no row is a1's): nothing is stated.
    statedSigned: null,
    statedStarted: null,
    statedInProduction: null,
    signedLaterStarted: 1,
    reachedProduction: 1,
  };
  const q2Period2 = {
    period: 2,
    date: '2023-04-01',
    eventId: 'e2',
    districtId: 'a11',
    districtName: '科创街道',
    signed: 0,
    started: 0,
    inProduction: 1,
    // In production: q2 (5, known); nothing signed or started here, so those sums are null.
    signedInvestmentYi: null,
    startedInvestmentYi: null,
    inProductionInvestmentYi: 5,
    investmentKnownCount: 1,
    // fc-e2-a1 states a count for a1 but names no list (and no row is a1's): nothing is stated.
    statedSigned: null,
    statedStarted: null,
    statedInProduction: null,
    signedLaterStarted: 0,
    reachedProduction: 0,
  };

  it('pipeline/pipeline', async () => {
    for (const region of ['a', 'a1', 'a11'])
      expect(await filtered('pipeline/pipeline', region)).toEqual([q2Period1, q2Period2]);
    // In r: b's rows (p1, p3) and a11's, by period then district name (乙区 < 科创街道). Only q2's
    // investment is known (one per a11 row); b's p1 and p3 have none.
    const r = await filtered('pipeline/pipeline', 'r');
    expect(
      r.map((x) => [
        x.period,
        x.districtId,
        x.signed,
        x.started,
        x.inProduction,
        x.investmentKnownCount,
      ]),
    ).toEqual([
      [1, 'b', 1, 0, 0, 0],
      [1, 'a11', 1, 0, 0, 1],
      [2, 'b', 0, 1, 1, 0],
      [2, 'a11', 0, 0, 1, 1],
    ]);
    expect(await filtered('pipeline/pipeline', null)).toEqual(r);
  });

  it('pipeline/movements', async () => {
    const moves = (region: string | null) =>
      filtered('pipeline/movements', region, { limit: int(10) });
    expect(await moves('a')).toEqual([
      {
        id: 'q2',
        name: '街道园配套项目',
        steps: [
          { period: 1, list: 'signed', date: '2023-01-01', roster: false },
          { period: 2, list: 'in_production', date: '2023-04-01', roster: false },
        ],
      },
    ]);
    expect(ids(await moves('a11'))).toEqual(['q2']);
    expect(ids(await moves('r'))).toEqual(['p1', 'q2']);
    expect(ids(await moves('b'))).toEqual(['p1']);
  });

  it('pipeline/transitions', async () => {
    const moves = async (region: string | null) =>
      (await filtered('pipeline/transitions', region)).sort((x, y) =>
        `${String(x.from)}>${String(x.to)}`.localeCompare(`${String(y.from)}>${String(y.to)}`),
      );
    const toProduction = {
      from: 'signed',
      to: 'in_production',
      projects: 1,
      meanPeriods: 1,
      rosterBounded: 0,
    };
    expect(await moves('a')).toEqual([toProduction]);
    expect(await moves('a11')).toEqual([toProduction]);
    expect(await moves('r')).toEqual([
      toProduction,
      { from: 'signed', to: 'started', projects: 1, meanPeriods: 1, rosterBounded: 0 },
    ]);
  });
});

// Statements whose positive cases need facts the analysis fixture lacks (a source, a group,
// a figure scope, investments, a firm in two gap segments).
describe('facts only the supplementary dataset has', () => {
  it('source/list', async () => {
    expect((await read('source/list')).map((r) => r.node)).toEqual([
      expect.objectContaining({ id: 'sd', file: 'region-depth.txt', title: '街道测试来源' }),
    ]);
  });

  it('project/list and enterprise/list by source, kind, tag and provenance', async () => {
    const projects = (filter: Params) =>
      read('project/list', {
        ...NO_PROJECT_FILTER,
        sort: 'name',
        desc: false,
        skip: int(0),
        limit: int(100),
        ...filter,
      });
    const firms = (filter: Params) =>
      read('enterprise/list', {
        ...NO_ENTERPRISE_FILTER,
        skip: int(0),
        limit: int(100),
        ...filter,
      });
    expect(nodeIds(await projects({ source: 'sd' }))).toEqual(['q1']);
    expect(nodeIds(await firms({ source: 'sd' }))).toEqual(['h1']);
    expect(nodeIds(await firms({ reference: false }))).toEqual(['h1']);
    expect(nodeIds(await firms({ kinds: ['research_institute'] }))).toEqual(['h1']);
    expect(nodeIds(await firms({ tags: ['专精特新'] }))).toEqual(['h2']);
    expect(nodeIds(await firms({ park: 'pa1' }))).toEqual(['h2']);
    expect(nodeIds(await projects({ park: 'pa1' }))).toEqual(['q2']);
  });

  it('project/list and project/count by investment', async () => {
    const filter = (f: Params) => ({ ...NO_PROJECT_FILTER, ...f });
    const list = (f: Params, sort: string, desc: boolean) =>
      read('project/list', { ...filter(f), sort, desc, skip: int(0), limit: int(100) });
    // Known investment first (q1 12, q2 5) in either direction, the unknown ones after by name.
    expect(nodeIds(await list({}, 'investment', true))).toEqual(['q1', 'q2', 'p3', 'p1', 'p2']);
    expect(nodeIds(await list({}, 'investment', false))).toEqual(['q2', 'q1', 'p3', 'p1', 'p2']);
    expect(nodeIds(await list({ minInvest: 10 }, 'name', false))).toEqual(['q1']);
    expect(nodeIds(await list({ maxInvest: 10 }, 'name', false))).toEqual(['q2']);
    expect(nodeIds(await list({ minInvest: 5, maxInvest: 5 }, 'name', false))).toEqual(['q2']);
    const count = async (f: Params) => (await read('project/count', filter(f)))[0]?.n;
    expect(await count({ minInvest: 5 })).toBe(2);
    expect(await count({ maxInvest: 4.99 })).toBe(0);
  });

  it('enterprise/parent, enterprise/subsidiaries and enterprise/links', async () => {
    expect(await batch('enterprise/parent', ['h2', 'g1'])).toEqual({ h2: ['g1'] });
    expect(await batch('enterprise/subsidiaries', ['g1', 'h2'])).toEqual({ g1: ['h2'] });
    const links = await read('enterprise/links', { keys: ['f2'] });
    // By type (PARTNERS_WITH < SUPPLIES_TO), both pointing at f2.
    expect(links.map((r) => [(r.node as { id: string }).id, r.type, r.outgoing])).toEqual([
      ['h1', 'PARTNERS_WITH', false],
      ['h2', 'SUPPLIES_TO', false],
    ]);
  });

  it('enterprise/projects and project/enterprises', async () => {
    expect(await batch('enterprise/projects', ['h2', 'g2', 'g1'], { first: 10 })).toEqual({
      h2: ['q2'],
      g2: ['q1'],
      g1: ['p2'],
    });
    const rows = await read('project/enterprises', { keys: ['q2', 'q1'] });
    expect(
      rows
        .map((r) => [r.key, (r.node as { id: string }).id, (r.rel as { role: string }).role])
        .sort(),
    ).toEqual([
      ['q1', 'g2', 'investor'],
      ['q2', 'h2', 'builder'],
    ]);
  });

  it('park/district, park/enterprises, park/projects', async () => {
    expect(await batch('park/district', ['pa1', 'pa'])).toEqual({ pa1: ['a11'], pa: ['a'] });
    expect(await batch('park/enterprises', ['pa1', 'pa'], { first: 10 })).toEqual({
      pa1: ['h2'],
      pa: ['f1'],
    });
    expect(await batch('park/projects', ['pa1', 'pa'], { first: 10 })).toEqual({ pa1: ['q2'] });
  });

  it('district/list, district/parent, district/children, district/clusters one level down', async () => {
    const list = async (parent: string | null, level: string | null) =>
      nodeIds(await read('district/list', { parent, level }));
    expect(await list('a', null)).toEqual(['a1']);
    expect(await list('a1', null)).toEqual(['a11']);
    expect(await list(null, 'functional_zone')).toEqual(['a1']);
    expect(await batch('district/parent', ['a11', 'a1'])).toEqual({ a11: ['a1'], a1: ['a'] });
    expect(await batch('district/children', ['a', 'a1', 'a11'])).toEqual({
      a: ['a1'],
      a1: ['a11'],
    });
    // Clusters defined for exactly that region, not for a sub-region.
    expect(await batch('district/clusters', ['a', 'a1', 'r'])).toEqual({
      a1: ['cl-a1'],
      r: ['cl-x'],
    });
  });

  it('figure/scope, figure/subject, entity/figures', async () => {
    expect(await batch('figure/scope', ['fc-e2-a1', 'fi-q1'])).toEqual({ 'fc-e2-a1': ['a1'] });
    const subject = await read('figure/subject', { keys: ['fc-e2-a1'] });
    expect(subject.map((r) => [(r.node as { id: string }).id, r.labels])).toEqual([
      ['e2', ['Event']],
    ]);
    // By kind, then year: h1's 2022 revenue before its 2023 one.
    expect(
      await batch('entity/figures', ['Enterprise:h1', 'Event:e2', 'Project:q2'], { kinds: null }),
    ).toEqual({
      'Enterprise:h1': ['fr-h1-2022', 'fr-h1'],
      'Event:e2': ['fc-e2-a1'],
      'Project:q2': ['fi-q2'],
    });
    expect(
      await batch('entity/figures', ['Enterprise:h1', 'Project:q2'], {
        kinds: ['total_investment'],
      }),
    ).toEqual({ 'Project:q2': ['fi-q2'] });
  });

  it('entity/district and entity/park at depth', async () => {
    expect(
      await batch('entity/district', [
        'Enterprise:h2',
        'Enterprise:h1',
        'Project:q1',
        'Project:q2',
      ]),
    ).toEqual({
      'Enterprise:h2': ['a11'],
      'Enterprise:h1': ['a1'],
      'Project:q1': ['a11'],
      'Project:q2': ['a11'],
    });
    expect(await batch('entity/park', ['Enterprise:h2', 'Project:q2', 'Project:q1'])).toEqual({
      'Enterprise:h2': ['pa1'],
      'Project:q2': ['pa1'],
    });
  });

  it('candidates/fill-candidates merges the gap segments of one firm', async () => {
    // For b, h1 (a1) is outside and operates in both x3 and x4; no x2 firm is in b (adjacency 0).
    const rows = await read('candidates/fill-candidates', {
      segments: ['x3', 'x4'],
      region: 'b',
      pool: int(10),
      candidateList: int(1000),
      adjacentCap: int(100),
      includeLocal: false,
      leadingTags: THRESHOLDS.leadingTags,
      leaderRevenueYi: THRESHOLDS.leaderRevenueYi,
    });
    expect(
      rows.map((r) => [
        r.id,
        [...(r.segments as { id: string }[])].map((s) => s.id).sort(),
        r.revenueYi,
        r.supplyLinks,
      ]),
    ).toEqual([['h1', ['x3', 'x4'], 30, 0]]);
  });
});
