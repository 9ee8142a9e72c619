import { describe, expect, it } from 'vitest';
import type { Params } from '../../src/db/database.js';
import { int, NO_ENTERPRISE_FILTER, NO_PROJECT_FILTER, nodeIds, useGraph } from './support.js';

// Top-level lists, counts and searches on the analysis fixture (see support.ts for its facts and
// for the orders of its names).
const graph = useGraph('analysis');
const read = (key: string, params: Params = {}) => graph().read(key, params);

describe('project/list and project/count', () => {
  const list = (filter: Params, order = { sort: 'name', desc: false }, skip = 0, limit = 100) =>
    read('project/list', {
      ...NO_PROJECT_FILTER,
      ...order,
      skip: int(skip),
      limit: int(limit),
      ...filter,
    });
  const count = async (filter: Params) =>
    (await read('project/count', { ...NO_PROJECT_FILTER, ...filter }))[0]?.n;

  // [what, filter, the projects it keeps in name order]
  const cases: [string, Params, string[]][] = [
    ['no filter', {}, ['p3', 'p1', 'p2']],
    ['region r (its districts a and b)', { region: 'r' }, ['p3', 'p1', 'p2']],
    ['region a', { region: 'a' }, ['p2']],
    ['region b', { region: 'b' }, ['p3', 'p1']],
    ['region o (outside firms, no project)', { region: 'o' }, []],
    // An unknown region is a filter that nothing passes, not "no filter".
    ['an unknown region', { region: 'nowhere' }, []],
    ['park pa (no project in it)', { park: 'pa' }, []],
    ['status signed (p2 is stated signed)', { statuses: ['signed'] }, ['p2']],
    [
      'statuses under construction or in production',
      { statuses: ['under_construction', 'in_production'] },
      ['p3', 'p1'],
    ],
    // p1 has no stated status: its effective status comes from its latest listing (e2 started).
    ['status under_construction', { statuses: ['under_construction'] }, ['p1']],
    ['chain x (p2 targets no segment)', { chain: 'x' }, ['p3', 'p1']],
    ['chain y', { chain: 'y' }, []],
    ['segment x3', { segment: 'x3' }, ['p3', 'p1']],
    ['segment x2', { segment: 'x2' }, []],
    ['stage downstream', { stage: 'downstream' }, ['p3', 'p1']],
    ['stage midstream', { stage: 'midstream' }, []],
    ['period 1', { period: 1 }, ['p1']],
    ['period 2', { period: 2 }, ['p3', 'p1']],
    ['period 2, list started', { period: 2, list: 'started' }, ['p1']],
    ['period 1, list started', { period: 1, list: 'started' }, []],
    ['list in_production, any period', { list: 'in_production' }, ['p3']],
    // p2 is stated signed but never LISTED as signed: the list filter reads listings only.
    ['list signed, any period', { list: 'signed' }, ['p1']],
    ['enterprise g1 (undertakes p2)', { enterprise: 'g1' }, ['p2']],
    ['enterprise f1', { enterprise: 'f1' }, []],
    ['source sd (nothing cites a source here)', { source: 'sd' }, []],
    ['text 整机', { text: '整机' }, ['p3', 'p1']],
    ['text 甲区 (inside 外地公司甲区项目)', { text: '甲区' }, ['p2']],
    // No investment is known: an investment bound keeps nothing (unknown is not 0).
    ['minimum investment 0', { minInvest: 0 }, []],
    ['maximum investment 1000', { maxInvest: 1000 }, []],
    ['region b, period 1, list signed', { region: 'b', period: 1, list: 'signed' }, ['p1']],
    ['region a, chain x', { region: 'a', chain: 'x' }, []],
  ];

  it.each(cases)('%s: list and count agree with the fixture', async (_what, filter, expected) => {
    expect(nodeIds(await list(filter))).toEqual(expected);
    expect(await count(filter)).toBe(expected.length);
  });

  it('returns the node properties, derived ones included', async () => {
    const [p1] = (await list({ text: '整机项目' })).map((r) => r.node as Record<string, unknown>);
    expect(p1).toMatchObject({
      id: 'p1',
      name: '乙区整机项目',
      effectiveStatus: 'under_construction',
      latestPeriod: 2,
      reference: true,
    });
    expect(p1).not.toHaveProperty('status');
    expect(p1).not.toHaveProperty('totalInvestmentYi');
  });

  it('sorts by name descending', async () => {
    expect(nodeIds(await list({}, { sort: 'name', desc: true }))).toEqual(['p2', 'p1', 'p3']);
  });

  it('sorts by status along the pipeline (signed < under construction < in production)', async () => {
    expect(nodeIds(await list({}, { sort: 'status', desc: true }))).toEqual(['p3', 'p1', 'p2']);
    expect(nodeIds(await list({}, { sort: 'status', desc: false }))).toEqual(['p2', 'p1', 'p3']);
  });

  it('sorts by latest period with unknown last in both directions, ties by name', async () => {
    // p1 and p3 were both last listed in period 2; p2 was never listed.
    expect(nodeIds(await list({}, { sort: 'period', desc: true }))).toEqual(['p3', 'p1', 'p2']);
    expect(nodeIds(await list({}, { sort: 'period', desc: false }))).toEqual(['p3', 'p1', 'p2']);
  });

  it('falls back to name order when no investment or output is known', async () => {
    for (const sort of ['investment', 'output'])
      for (const desc of [true, false])
        expect(nodeIds(await list({}, { sort, desc }))).toEqual(['p3', 'p1', 'p2']);
  });

  it('pages with SKIP and LIMIT after sorting', async () => {
    expect(nodeIds(await list({}, undefined, 1, 1))).toEqual(['p1']);
    expect(nodeIds(await list({}, undefined, 0, 2))).toEqual(['p3', 'p1']);
    expect(nodeIds(await list({}, undefined, 3, 10))).toEqual([]);
  });
});

describe('enterprise/list and enterprise/count', () => {
  const list = (filter: Params, skip = 0, limit = 100) =>
    read('enterprise/list', {
      ...NO_ENTERPRISE_FILTER,
      skip: int(skip),
      limit: int(limit),
      ...filter,
    });
  const count = async (filter: Params) =>
    (await read('enterprise/count', { ...NO_ENTERPRISE_FILTER, ...filter }))[0]?.n;

  const all = ['f3', 'f1', 'g1', 'g2', 'f2'];
  const cases: [string, Params, string[]][] = [
    ['no filter', {}, all],
    // f1 is located in park pa, which lies in a, which lies in r.
    ['region r', { region: 'r' }, ['f3', 'f1', 'f2']],
    ['region a (f1 through its park)', { region: 'a' }, ['f1', 'f2']],
    ['region b', { region: 'b' }, ['f3']],
    ['region o', { region: 'o' }, ['g1', 'g2']],
    ['an unknown region', { region: 'nowhere' }, []],
    ['park pa', { park: 'pa' }, ['f1']],
    ['chain x', { chain: 'x' }, all],
    ['chain y', { chain: 'y' }, []],
    ['segment x2', { segment: 'x2' }, ['f1', 'f2']],
    ['segment x1', { segment: 'x1' }, ['g1', 'g2']],
    ['stage upstream', { stage: 'upstream' }, ['g1', 'g2']],
    ['stage midstream', { stage: 'midstream' }, ['f1', 'f2']],
    ['stage downstream', { stage: 'downstream' }, ['f3']],
    ['kind company', { kinds: ['company'] }, all],
    ['kinds research institute or university', { kinds: ['research_institute', 'university'] }, []],
    ['tag 上市公司', { tags: ['上市公司'] }, ['f1']],
    // Tags are all required, not any.
    ['tags 上市公司 and 专精特新', { tags: ['上市公司', '专精特新'] }, []],
    ['headquartered outside', { hqOutside: true }, ['g1', 'g2']],
    // An unset hqOutside counts as false.
    ['headquartered locally', { hqOutside: false }, ['f3', 'f1', 'f2']],
    ['designated chain leaders', { chainLeader: true }, ['f1']],
    ['not chain leaders', { chainLeader: false }, ['f3', 'g1', 'g2', 'f2']],
    ['reference data', { reference: true }, all],
    ['from the articles', { reference: false }, []],
    ['source sd', { source: 'sd' }, []],
    ['text 外地', { text: '外地' }, ['g1', 'g2']],
    ['text 制造', { text: '制造' }, ['f2']],
    ['region r, not chain leaders', { region: 'r', chainLeader: false }, ['f3', 'f2']],
    ['region a, segment x1', { region: 'a', segment: 'x1' }, []],
  ];

  it.each(cases)('%s: list and count agree with the fixture', async (_what, filter, expected) => {
    expect(nodeIds(await list(filter))).toEqual(expected);
    expect(await count(filter)).toBe(expected.length);
  });

  it('returns the node properties', async () => {
    const [f1] = (await list({ park: 'pa' })).map((r) => r.node);
    expect(f1).toMatchObject({
      id: 'f1',
      name: '园区龙头公司',
      kind: 'company',
      tags: ['上市公司'],
      reference: true,
      referenceBasis: 'test fixture',
    });
  });

  it('pages by name with SKIP and LIMIT', async () => {
    expect(nodeIds(await list({}, 2, 2))).toEqual(['g1', 'g2']);
    expect(nodeIds(await list({}, 4, 2))).toEqual(['f2']);
  });
});

describe('park/list', () => {
  const parks = async (region: string | null) => nodeIds(await read('park/list', { region }));

  it('lists every park without a region', async () => {
    const rows = await read('park/list', { region: null });
    expect(rows.map((r) => r.node)).toEqual([
      expect.objectContaining({ id: 'pa', name: '甲园', kind: 'industrial_park' }),
    ]);
  });

  it('lists the parks of a region and of its sub-regions', async () => {
    expect(await parks('a')).toEqual(['pa']);
    expect(await parks('r')).toEqual(['pa']);
    expect(await parks('b')).toEqual([]);
    expect(await parks('nowhere')).toEqual([]);
  });
});

describe('cluster/list', () => {
  const clusters = async (kind: string | null, region: string | null) =>
    nodeIds(await read('cluster/list', { kind, region }));

  it('filters by kind and by region', async () => {
    expect(await clusters(null, null)).toEqual(['cl-x']);
    expect(await clusters('leading_100bn', null)).toEqual(['cl-x']);
    expect(await clusters('future', null)).toEqual([]);
    expect(await clusters(null, 'r')).toEqual(['cl-x']);
    expect(await clusters('leading_100bn', 'r')).toEqual(['cl-x']);
  });

  it('does not list a cluster of a parent region under its sub-region', async () => {
    // cl-x is defined for r; a and b lie inside r, not the other way round.
    expect(await clusters(null, 'a')).toEqual([]);
    expect(await clusters(null, 'b')).toEqual([]);
  });
});

describe('district/list', () => {
  const districts = async (parent: string | null, level: string | null) =>
    nodeIds(await read('district/list', { parent, level }));

  it('orders by level, then name', async () => {
    // 'city' < 'district'; 外地市 < 测试市 and 乙区 < 甲区 by code point.
    expect(await districts(null, null)).toEqual(['o', 'r', 'b', 'a']);
  });

  it('filters by direct parent and by level', async () => {
    expect(await districts('r', null)).toEqual(['b', 'a']);
    expect(await districts(null, 'city')).toEqual(['o', 'r']);
    expect(await districts('r', 'city')).toEqual([]);
    expect(await districts('a', null)).toEqual([]);
  });
});

describe('chain/list', () => {
  it('lists every chain by name', async () => {
    const rows = await read('chain/list');
    expect(rows.map((r) => r.node)).toEqual([
      expect.objectContaining({ id: 'x', name: '测试链' }),
      expect.objectContaining({ id: 'y', name: '邻链' }),
    ]);
  });
});

describe('chain/segment-list', () => {
  const segments = async (chain: string | null, stage: string | null) =>
    nodeIds(await read('chain/segment-list', { chain, stage }));

  it('without a chain lists every segment by name', async () => {
    expect(await segments(null, null)).toEqual(['x2', 'x1', 'x3', 'x4', 'y1']);
    expect(await segments(null, 'downstream')).toEqual(['x3', 'x4', 'y1']);
  });

  it('with a chain lists its segments in chain order', async () => {
    expect(await segments('x', null)).toEqual(['x1', 'x2', 'x3', 'x4']);
    expect(await segments('x', 'downstream')).toEqual(['x3', 'x4']);
    expect(await segments('y', null)).toEqual(['y1']);
    expect(await segments('nope', null)).toEqual([]);
  });
});

describe('event/list', () => {
  const events = async (kind: string | null, period: number | null) =>
    nodeIds(await read('event/list', { kind, period }));

  it('lists events by date, optionally of one kind or period', async () => {
    expect(await events(null, null)).toEqual(['e1', 'e2']);
    expect(await events('three_batches', null)).toEqual(['e1', 'e2']);
    expect(await events(null, 2)).toEqual(['e2']);
    expect(await events('investment_fair', null)).toEqual([]);
    expect(await events(null, 3)).toEqual([]);
  });

  it('returns the event properties', async () => {
    const [e1] = (await read('event/list', { kind: null, period: 1 })).map((r) => r.node);
    expect(e1).toMatchObject({ id: 'e1', name: '第一期', period: 1, date: '2023-01-01' });
  });
});

describe('source/list', () => {
  it('is empty when the dataset has no source (the positive case is in region.test.ts)', async () => {
    expect(await read('source/list')).toEqual([]);
  });
});

const ALL_LABELS = [
  'District',
  'Park',
  'Enterprise',
  'Project',
  'IndustryChain',
  'ChainSegment',
  'Cluster',
  'Event',
];

describe('search/fulltext', () => {
  const search = (text: string, labels = ALL_LABELS, limit = 20) =>
    read('search/fulltext', { query: `"${text}"`, text, labels, limit: int(limit) });

  it('ranks the exact name, then a prefix, then a name containing the text', async () => {
    // 甲区 is the name of a; 甲区制造公司 starts with it; 外地公司甲区项目 contains it.
    const rows = await search('甲区');
    expect(rows.map((r) => [(r.node as { id: string }).id, r.labels, r.matched])).toEqual([
      ['a', ['District'], '甲区'],
      ['f2', ['Enterprise'], '甲区制造公司'],
      ['p2', ['Project'], '外地公司甲区项目'],
    ]);
    const [a, f2, p2] = rows.map((r) => Number(r.score));
    expect(a).toBeGreaterThanOrEqual(20);
    expect(f2).toBeGreaterThanOrEqual(10);
    expect(f2).toBeLessThan(20);
    expect(p2).toBeLessThan(10);
  });

  it('keeps only the asked labels', async () => {
    expect(nodeIds(await search('甲区', ['Enterprise']))).toEqual(['f2']);
    expect(nodeIds(await search('甲区', ['Cluster']))).toEqual([]);
  });

  it('breaks equal scores by name length, then id', async () => {
    // x3 整机环节 starts with 整机; p1 and p3 contain it in names of the same length.
    expect(nodeIds(await search('整机'))).toEqual(['x3', 'p1', 'p3']);
    expect(nodeIds(await search('整机', ALL_LABELS, 1))).toEqual(['x3']);
  });
});

describe('search/contains', () => {
  const search = (text: string, labels = ALL_LABELS, limit = 20) =>
    read('search/contains', { text, labels, limit: int(limit) });

  it('scores one-character hits by rank, then by the shortness of the matched name', async () => {
    // None of 测试链, 邻链, 邻链应用 starts with 链: scores 1/3, 1/2, 1/4.
    const rows = await search('链');
    expect(rows.map((r) => [(r.node as { id: string }).id, r.matched])).toEqual([
      ['y', '邻链'],
      ['x', '测试链'],
      ['y1', '邻链应用'],
    ]);
    expect(rows.map((r) => Number(r.score))).toEqual(
      [0.5, 1 / 3, 0.25].map((n) => expect.closeTo(n, 9)),
    );
  });

  it('puts exact names first, then prefixes, ties by name length and id', async () => {
    // 甲区 and 甲园 start with 甲 (10 + 1/2 each: same length, so by id a < pa); 甲区制造公司
    // starts with it (10 + 1/6); 外地公司甲区项目 only contains it (1/8).
    expect(nodeIds(await search('甲'))).toEqual(['a', 'pa', 'f2', 'p2']);
    expect(nodeIds(await search('甲', ALL_LABELS, 2))).toEqual(['a', 'pa']);
    const exact = await search('甲区');
    expect(exact.map((r) => (r.node as { id: string }).id)).toEqual(['a', 'f2', 'p2']);
    expect(Number(exact[0]!.score)).toBeCloseTo(20.5, 9);
  });

  it('keeps only the asked labels', async () => {
    // 甲区 and 乙区: both rank 0 for 区, 1/2 each, same length: by id.
    expect(nodeIds(await search('区', ['District']))).toEqual(['a', 'b']);
    expect(nodeIds(await search('区', ['Park']))).toEqual([]);
  });
});
