import { describe, expect, it } from 'vitest';
import type { Params, Row } from '../../src/db/database.js';
import { useGraph } from './support.js';

// Gap analysis statements on the analysis fixture (see support.ts).
const graph = useGraph('analysis');
const read = (key: string, params: Params = {}) => graph().read(key, params);

describe('gaps/chain-edges', () => {
  it("lists the chain's supply edges and those crossing into a neighbour chain", async () => {
    expect(await read('gaps/chain-edges', { chain: 'x' })).toEqual([
      { from: 'x1', to: 'x2', crossChain: false },
      { from: 'x2', to: 'x3', crossChain: false },
      { from: 'x2', to: 'x4', crossChain: false },
      { from: 'x2', to: 'y1', crossChain: true },
    ]);
  });

  it('seen from the neighbour chain, the same edge crosses in', async () => {
    expect(await read('gaps/chain-edges', { chain: 'y' })).toEqual([
      { from: 'x2', to: 'y1', crossChain: true },
    ]);
    expect(await read('gaps/chain-edges', { chain: 'nope' })).toEqual([]);
  });
});

describe('gaps/segment-presence', () => {
  const presence = (
    regions: string[],
    asOfPeriod: number | null = null,
    sample = 10,
    chain = 'x',
  ) => read('gaps/segment-presence', { chain, regions, asOfPeriod, sample });

  const f1 = { id: 'f1', name: '园区龙头公司', revenueYi: 200, tags: ['上市公司'], leader: true };
  const f2 = { id: 'f2', name: '甲区制造公司', revenueYi: null, tags: [], leader: false };
  const f3 = { id: 'f3', name: '乙区服务公司', revenueYi: null, tags: [], leader: false };
  const segment = {
    x1: { segmentId: 'x1', name: '原料环节', stage: 'upstream', inChain: true, order: 1 },
    x2: { segmentId: 'x2', name: '制造环节', stage: 'midstream', inChain: true, order: 2 },
    x3: { segmentId: 'x3', name: '整机环节', stage: 'downstream', inChain: true, order: 3 },
    x4: { segmentId: 'x4', name: '服务环节', stage: 'downstream', inChain: true, order: 4 },
    // y1 is a one-step supply neighbour from chain y: listed after the chain's own segments.
    y1: { segmentId: 'y1', name: '邻链应用', stage: 'downstream', inChain: false, order: null },
  };
  const none = { firmCount: 0, leaderCount: 0, firms: [], projects: [] };

  it('reports every segment of the chain and its neighbours for the city', async () => {
    // r holds a and b: f1 (park pa in a) and f2 in x2, f3 in x4, p1 and p3 (b) in x3. The outside
    // firms g1 and g2 (x1) do not count. Projects by investment (none known), then name.
    expect(await presence(['r'])).toEqual([
      { regionId: 'r', ...segment.x1, ...none },
      {
        regionId: 'r',
        ...segment.x2,
        firmCount: 2,
        leaderCount: 1,
        firms: [f1, f2],
        projects: [],
      },
      {
        regionId: 'r',
        ...segment.x3,
        firmCount: 0,
        leaderCount: 0,
        firms: [],
        projects: [
          { id: 'p3', name: '乙区整机二期', status: 'in_production', investmentYi: null },
          { id: 'p1', name: '乙区整机项目', status: 'under_construction', investmentYi: null },
        ],
      },
      { regionId: 'r', ...segment.x4, firmCount: 1, leaderCount: 0, firms: [f3], projects: [] },
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

  it('orders firms leaders first, then by revenue, and caps the sample, not the count', async () => {
    // In o (the outside city) g2 (revenue 1000) comes before g1 (50).
    const [x1] = await presence(['o']);
    expect(x1).toMatchObject({ segmentId: 'x1', firmCount: 2, leaderCount: 0 });
    expect((x1!.firms as { id: string }[]).map((f) => f.id)).toEqual(['g2', 'g1']);
    const [, x2] = await presence(['r'], null, 1);
    expect(x2).toMatchObject({ segmentId: 'x2', firmCount: 2, leaderCount: 1, firms: [f1] });
  });

  it('reads project status as of a period from the listings', async () => {
    // As of period 1, p1 was only signed and p3 not yet listed: p3 is left out.
    const x3 = async (period: number) =>
      (await presence(['b'], period)).find((r) => r.segmentId === 'x3')!.projects;
    expect(await x3(1)).toEqual([
      { id: 'p1', name: '乙区整机项目', status: 'signed', investmentYi: null },
    ]);
    expect(await x3(2)).toEqual([
      { id: 'p3', name: '乙区整机二期', status: 'in_production', investmentYi: null },
      { id: 'p1', name: '乙区整机项目', status: 'under_construction', investmentYi: null },
    ]);
  });

  it("counts a firm as leader only of the chain it leads, even in a neighbour's segment", async () => {
    // Chain y: its own y1, and x2 as neighbour. f1 leads x, not y.
    const rows = await presence(['r'], null, 10, 'y');
    expect(rows.map((r) => [r.segmentId, r.inChain, r.order, r.firmCount, r.leaderCount])).toEqual([
      ['y1', true, 1, 0, 0],
      ['x2', false, null, 2, 0],
    ]);
    expect(
      (rows[1]!.firms as { id: string; leader: boolean }[]).map((f) => [f.id, f.leader]),
    ).toEqual([
      ['f1', false],
      ['f2', false],
    ]);
  });

  it('answers nothing for an unknown chain', async () => {
    expect(await presence(['r'], null, 10, 'nope')).toEqual([]);
  });
});
