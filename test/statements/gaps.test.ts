import { describe, expect, it } from 'vitest';
import type { Params, Row } from '../../src/db/database.js';
import { int, THRESHOLDS, useGraph } from './support.js';

// Gap analysis statements on the analysis fixture (see support.ts).
const graph = useGraph('analysis');
const read = (key: string, params: Params = {}) => graph().read(key, params);
/**
 * The gap statements take several chains ($chains) and tag each row with its chainId: run one
 * chain, check every row is of it, and compare the rest.
 */
const readChain = async (key: string, chain: string, params: Params = {}) =>
  (await read(key, { ...params, chains: [chain] })).map(({ chainId, ...row }) => {
    expect(chainId).toBe(chain);
    return row;
  });

describe('gaps/chain-edges', () => {
  it("lists the chain's supply edges and those crossing into a neighbour chain", async () => {
    expect(await readChain('gaps/chain-edges', 'x')).toEqual([
      { from: 'x1', to: 'x2', crossChain: false },
      { from: 'x2', to: 'x3', crossChain: false },
      { from: 'x2', to: 'x4', crossChain: false },
      { from: 'x2', to: 'y1', crossChain: true },
    ]);
  });

  it('seen from the neighbour chain, the same edge crosses in', async () => {
    expect(await readChain('gaps/chain-edges', 'y')).toEqual([
      { from: 'x2', to: 'y1', crossChain: true },
    ]);
    expect(await readChain('gaps/chain-edges', 'nope')).toEqual([]);
  });
});

describe('gaps/segment-presence', () => {
  const presence = (
    regions: string[],
    asOfPeriod: number | null = null,
    sample = 10,
    chain = 'x',
    thresholds: Params = {},
  ) =>
    readChain('gaps/segment-presence', chain, {
      regions,
      asOfPeriod,
      sample: int(sample),
      ...THRESHOLDS,
      ...thresholds,
    });

  // f1: 链主 of x, tag 上市公司, revenue 200 (≥ 100): leading on three grounds, and large.
  const f1 = {
    id: 'f1',
    name: '园区龙头公司',
    revenueYi: 200,
    tags: ['上市公司'],
    leader: true,
    leading: true,
    large: true,
    leadingBasis: ['designated', 'tag', 'revenue'],
  };
  const plain = {
    revenueYi: null,
    tags: [],
    leader: false,
    leading: false,
    large: false,
    leadingBasis: [],
  };
  const f2 = { id: 'f2', name: '甲区制造公司', ...plain };
  const f3 = { id: 'f3', name: '乙区服务公司', ...plain };
  const segment = {
    x1: {
      segmentId: 'x1',
      name: '原料环节',
      aliases: [],
      stage: 'upstream',
      inChain: true,
      order: 1,
      hasChainData: true,
    },
    x2: {
      segmentId: 'x2',
      name: '制造环节',
      aliases: [],
      stage: 'midstream',
      inChain: true,
      order: 2,
      hasChainData: true,
    },
    x3: {
      segmentId: 'x3',
      name: '整机环节',
      aliases: [],
      stage: 'downstream',
      inChain: true,
      order: 3,
      hasChainData: true,
    },
    x4: {
      segmentId: 'x4',
      name: '服务环节',
      aliases: [],
      stage: 'downstream',
      inChain: true,
      order: 4,
      hasChainData: true,
    },
    // y1 is a one-step supply neighbour from chain y: listed after the chain's own segments. No
    // firm or project of chain y is anywhere: y1 never has chain data.
    y1: {
      segmentId: 'y1',
      name: '邻链应用',
      aliases: [],
      stage: 'downstream',
      inChain: false,
      order: null,
      hasChainData: false,
    },
  };
  const none = {
    firmCount: 0,
    leaderCount: 0,
    leadingCount: 0,
    largeFirmCount: 0,
    revenueKnownCount: 0,
    coarseFirmCount: 0,
    firms: [],
    projectStats: [],
    projects: [],
  };
  const stat = (status: string) => ({
    status,
    n: 1,
    large: 0,
    investmentKnown: 0,
    investmentYi: null,
  });
  const p3 = {
    id: 'p3',
    name: '乙区整机二期',
    status: 'in_production',
    investmentYi: null,
    large: false,
  };
  const p1 = {
    id: 'p1',
    name: '乙区整机项目',
    status: 'under_construction',
    investmentYi: null,
    large: false,
  };

  it('reports every segment of the chain and its neighbours for the city', async () => {
    // r holds a and b: f1 (park pa in a) and f2 in x2, f3 in x4, p1 and p3 (b) in x3. The outside
    // firms g1 and g2 (x1) do not count. Projects by investment (none known), then name.
    expect(await presence(['r'])).toEqual([
      { regionId: 'r', ...segment.x1, ...none },
      {
        regionId: 'r',
        ...segment.x2,
        ...none,
        firmCount: 2,
        leaderCount: 1,
        leadingCount: 1,
        largeFirmCount: 1,
        revenueKnownCount: 1,
        firms: [f1, f2],
      },
      {
        regionId: 'r',
        ...segment.x3,
        ...none,
        projectStats: [stat('in_production'), stat('under_construction')],
        projects: [p3, p1],
      },
      { regionId: 'r', ...segment.x4, ...none, firmCount: 1, firms: [f3] },
      { regionId: 'r', ...segment.y1, ...none },
    ]);
  });

  it('answers several regions in one call, ordered by region id', async () => {
    const rows = await presence(['b', 'a']);
    const summary = (r: Row) => [
      r.regionId,
      r.segmentId,
      r.firmCount,
      (r.projects as { id: string }[]).map((p) => p.id),
    ];
    expect(rows.map(summary)).toEqual([
      ['a', 'x1', 0, []],
      ['a', 'x2', 2, []],
      ['a', 'x3', 0, []],
      ['a', 'x4', 0, []],
      ['a', 'y1', 0, []],
      ['b', 'x1', 0, []],
      ['b', 'x2', 0, []],
      ['b', 'x3', 0, ['p3', 'p1']],
      ['b', 'x4', 1, []],
      ['b', 'y1', 0, []],
    ]);
  });

  it('orders firms leaders first, then by revenue, and caps the sample, never the counts', async () => {
    // In o (the outside city) g2 (revenue 1000: leading and large) comes before g1 (50: large only).
    const [x1] = await presence(['o']);
    expect(x1).toMatchObject({
      segmentId: 'x1',
      firmCount: 2,
      leaderCount: 0,
      leadingCount: 1,
      largeFirmCount: 2,
      revenueKnownCount: 2,
    });
    expect(
      (x1!.firms as { id: string; leadingBasis: string[] }[]).map((f) => [f.id, f.leadingBasis]),
    ).toEqual([
      ['g2', ['revenue']],
      ['g1', []],
    ]);
    // A sample of 1 lists f1 only, and every count still covers both firms.
    const [, x2] = await presence(['r'], null, 1);
    expect(x2).toMatchObject({
      segmentId: 'x2',
      firmCount: 2,
      leaderCount: 1,
      leadingCount: 1,
      firms: [f1],
    });
    // With a sample of 0 the classification facts are the same.
    const [, x2none] = await presence(['r'], null, 0);
    expect(x2none).toMatchObject({ firmCount: 2, leadingCount: 1, largeFirmCount: 1, firms: [] });
  });

  it('takes the thresholds as parameters', async () => {
    // With leaders from 1 000 亿元 and large firms from 300, g2 is both and g1 neither.
    const [x1] = await presence(['o'], null, 10, 'x', {
      leaderRevenueYi: 1000,
      largeFirmRevenueYi: 300,
    });
    expect(x1).toMatchObject({ leadingCount: 1, largeFirmCount: 1 });
    const [y] = await presence(['o'], null, 10, 'x', {
      leaderRevenueYi: 2000,
      largeFirmRevenueYi: 2000,
    });
    expect(y).toMatchObject({ leadingCount: 0, largeFirmCount: 0 });
  });

  it('reads project status as of a period from the listings', async () => {
    // As of period 1, p1 was only signed and p3 not yet listed: p3 is left out.
    const x3 = async (period: number) =>
      (await presence(['b'], period)).find((r) => r.segmentId === 'x3')!;
    const one = await x3(1);
    expect(one.projects).toEqual([{ ...p1, status: 'signed' }]);
    expect(one.projectStats).toEqual([stat('signed')]);
    expect((await x3(2)).projects).toEqual([p3, p1]);
  });

  it("counts a firm as leader only of the chain it leads, even in a neighbour's segment", async () => {
    // Chain y: its own y1, and x2 as neighbour. f1 leads x, not y: still leading by tag and revenue.
    const rows = await presence(['r'], null, 10, 'y');
    expect(
      rows.map((r) => [
        r.segmentId,
        r.inChain,
        r.order,
        r.firmCount,
        r.leaderCount,
        r.leadingCount,
      ]),
    ).toEqual([
      ['y1', true, 1, 0, 0, 0],
      ['x2', false, null, 2, 0, 1],
    ]);
    expect(
      (rows[1]!.firms as { id: string; leader: boolean; leadingBasis: string[] }[]).map((f) => [
        f.id,
        f.leader,
        f.leadingBasis,
      ]),
    ).toEqual([
      ['f1', false, ['tag', 'revenue']],
      ['f2', false, []],
    ]);
  });

  it('answers nothing for an unknown chain', async () => {
    expect(await presence(['r'], null, 10, 'nope')).toEqual([]);
  });
});

describe('gaps/region-coverage', () => {
  const coverage = (regions: string[], chain = 'x') =>
    readChain('gaps/region-coverage', chain, { regions });

  it('counts what the graph knows in each region, of the chain and overall', async () => {
    // r: f1 f2 f3 located in it (firms 3), projects p1 p2 p3 (p2 has no segment); chain x: f1 f2
    // f3, and p1 p3. o: g1 g2 of chain x, no projects. All firms are reference fixture data.
    expect(await coverage(['r', 'o', 'a'])).toEqual([
      {
        regionId: 'a',
        level: 'district',
        firms: 2,
        projects: 1,
        projectsWithoutSegment: 1,
        projectsOutsideChains: 0,
        projectsUnknownIndustry: 1,
        chainProjectsUnsegmented: 0,
        chainFirms: 2,
        chainFirmsReference: 2,
        chainProjects: 0,
        coarseChainFirms: 0,
        coarseFirms: 0,
      },
      {
        regionId: 'o',
        level: 'city',
        firms: 2,
        projects: 0,
        projectsWithoutSegment: 0,
        projectsOutsideChains: 0,
        projectsUnknownIndustry: 0,
        chainProjectsUnsegmented: 0,
        chainFirms: 2,
        chainFirmsReference: 2,
        chainProjects: 0,
        coarseChainFirms: 0,
        coarseFirms: 0,
      },
      {
        regionId: 'r',
        level: 'city',
        firms: 3,
        projects: 3,
        projectsWithoutSegment: 1,
        projectsOutsideChains: 0,
        projectsUnknownIndustry: 1,
        chainProjectsUnsegmented: 0,
        chainFirms: 3,
        chainFirmsReference: 3,
        chainProjects: 2,
        coarseChainFirms: 0,
        coarseFirms: 0,
      },
    ]);
  });

  it('has no chain data where the chain has no firm or project', async () => {
    const [o] = await coverage(['o'], 'y');
    expect(o).toMatchObject({ chainFirms: 0, chainProjects: 0, firms: 2 });
    expect(await coverage(['r'], 'nope')).toEqual([]);
  });
});

describe('several chains in one statement', () => {
  const params = { regions: ['r', 'a'], asOfPeriod: null, sample: int(10), ...THRESHOLDS };
  it('answers each chain as its own statement would, in chain order', async () => {
    for (const key of ['gaps/segment-presence', 'gaps/region-coverage', 'gaps/chain-edges']) {
      const both = await read(key, { ...params, chains: ['x', 'y'] });
      const x = await read(key, { ...params, chains: ['x'] });
      const y = await read(key, { ...params, chains: ['y'] });
      expect(both, key).toEqual([...x, ...y]);
      expect(x.length, key).toBeGreaterThan(0);
      expect(y.length, key).toBeGreaterThan(0);
    }
  });
});
