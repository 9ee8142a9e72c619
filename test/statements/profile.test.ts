import { describe, expect, it } from 'vitest';
import type { Params, Row } from '../../src/db/database.js';
import { ids, int, useGraph } from './support.js';

// Cluster and park profiles on the analysis fixture (see support.ts). Cluster cl-x holds chain x.
const graph = useGraph('analysis');
const read = (key: string, params: Params = {}) => graph().read(key, params);

describe('profile/cluster-profile', () => {
  const profile = async (regions: string[], cluster = 'cl-x') => {
    const rows = await read('profile/cluster-profile', { cluster, regions });
    return Object.fromEntries(rows.map((r) => [String(r.regionId), r])) as Record<string, Row>;
  };

  it("profiles the cluster's chains in its region", async () => {
    // In r: f1, f2 (x2) and f3 (x4); p1 (under construction) and p3 (in production) target x3;
    // f1 leads x; only f1 sits in a park. No investment is known: every investmentYi is null
    // (unknown, never 0), with 0 known.
    const { r: row } = await profile(['r']);
    // The region's and the chains' nodes come along (the API needs no look-up of its own for them).
    const { regionNode, chainNodes, ...r } = row!;
    expect(regionNode).toMatchObject({ id: 'r', uid: 'District:r' });
    expect(chainNodes).toEqual([expect.objectContaining({ id: 'x', name: '测试链' })]);
    expect(r).toEqual({
      regionId: 'r',
      chains: [{ id: 'x', name: '测试链' }],
      enterprises: 3,
      leaders: [{ id: 'f1', name: '园区龙头公司' }],
      projects: 2,
      byStatus: [
        { status: 'in_production', n: 1, investmentKnown: 0, investmentYi: null },
        { status: 'under_construction', n: 1, investmentKnown: 0, investmentYi: null },
      ],
      investmentYi: null,
      investmentKnown: 0,
      parks: [{ id: 'pa', name: '甲园', enterprises: 1, projects: 0 }],
    });
  });

  it("takes the cluster's own region when no region is given", async () => {
    const rows = await read('profile/cluster-profile', { cluster: 'cl-x', regions: null });
    expect(rows.map((x) => x.regionId)).toEqual(['r']);
  });

  it('compares districts in one call', async () => {
    const rows = await profile(['a', 'b', 'o']);
    const summary = (r: Row) => ({
      enterprises: r.enterprises,
      projects: r.projects,
      leaders: (r.leaders as { id: string }[]).map((l) => l.id),
      parks: (r.parks as { id: string }[]).map((p) => p.id),
      byStatus: r.byStatus,
    });
    expect(summary(rows.a!)).toEqual({
      enterprises: 2,
      projects: 0,
      leaders: ['f1'],
      parks: ['pa'],
      byStatus: [],
    });
    expect(summary(rows.b!)).toEqual({
      enterprises: 1,
      projects: 2,
      leaders: [],
      parks: [],
      byStatus: [
        { status: 'in_production', n: 1, investmentKnown: 0, investmentYi: null },
        { status: 'under_construction', n: 1, investmentKnown: 0, investmentYi: null },
      ],
    });
    // The cluster is defined for r, but can be profiled anywhere: g1 and g2 operate in x1 in o.
    expect(summary(rows.o!)).toEqual({
      enterprises: 2,
      projects: 0,
      leaders: [],
      parks: [],
      byStatus: [],
    });
  });

  it('answers nothing for an unknown cluster', async () => {
    expect(await read('profile/cluster-profile', { cluster: 'nope', regions: ['r'] })).toEqual([]);
  });
});

describe('profile/parks-by-chain', () => {
  const parks = (region: string | null, chain = 'x', limit = 10) =>
    read('profile/parks-by-chain', { chain, region, limit: int(limit) });

  it("ranks the parks holding the chain's firms or projects", async () => {
    // Only pa holds anything: f1 (x2), its only firm. No project there, so no investment is known.
    expect(await parks(null)).toEqual([
      {
        id: 'pa',
        name: '甲园',
        districtId: 'a',
        districtName: '甲区',
        chainEnterprises: 1,
        allEnterprises: 1,
        chainProjects: 0,
        share: 1,
        investmentKnown: 0,
        investmentYi: null,
      },
    ]);
  });

  it('keeps to the parks of a region when one is given', async () => {
    expect(ids(await parks('r'))).toEqual(['pa']);
    expect(ids(await parks('a'))).toEqual(['pa']);
    expect(ids(await parks('b'))).toEqual([]);
    expect(ids(await parks('nowhere'))).toEqual([]);
  });

  it('leaves out parks without the chain, and honours $limit', async () => {
    expect(await parks(null, 'y')).toEqual([]);
    expect(await parks(null, 'x', 0)).toEqual([]);
  });
});
