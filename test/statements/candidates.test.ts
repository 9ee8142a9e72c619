import { describe, expect, it } from 'vitest';
import type { Params } from '../../src/db/database.js';
import { ids, int, THRESHOLDS, useGraph } from './support.js';

// Gap-filling candidates on the analysis fixture (see support.ts). x1 has no firm in r; the firms
// that operate in it, g1 and g2, are both in o. g1 undertakes p2 in a, so it is PRESENT in a and r
// (through a project) and is no candidate there unless local firms are asked for.
const graph = useGraph('analysis');
const read = (key: string, params: Params = {}) => graph().read(key, params);
// Every answer is asked of the direct statement and of its rollup form (the segments' candidate lists,
// rollups/_candidates), which must agree row for row.
const candidates = async (
  segments: string[],
  region: string,
  pool = 10,
  includeLocal = false,
  candidateList = 1000,
  adjacentCap = 100,
) => {
  const params = {
    segments,
    region,
    pool: int(pool),
    candidateList: int(candidateList),
    adjacentCap: int(adjacentCap),
    includeLocal,
    leadingTags: THRESHOLDS.leadingTags,
    leaderRevenueYi: THRESHOLDS.leaderRevenueYi,
  };
  const direct = await read('candidates/fill-candidates', params);
  expect(await read('candidates/fill-candidates-rollup', params)).toEqual(direct);
  return direct;
};

const node = {
  g1: { kind: 'Enterprise', id: 'g1', name: '外地关联公司' },
  g2: { kind: 'Enterprise', id: 'g2', name: '外地大公司' },
  f1: { kind: 'Enterprise', id: 'f1', name: '园区龙头公司' },
  f2: { kind: 'Enterprise', id: 'f2', name: '甲区制造公司' },
  p2: { kind: 'Project', id: 'p2', name: '外地公司甲区项目' },
  x1: { kind: 'ChainSegment', id: 'x1', name: '原料环节' },
  x2: { kind: 'ChainSegment', id: 'x2', name: '制造环节' },
};
/** The path "candidate operates in the gap, which supplies a segment a local firm operates in". */
const supplyPath = (from: object, local: object) => ({
  nodes: [from, node.x1, node.x2, local],
  rels: ['OPERATES_IN', 'SUPPLIES', 'OPERATES_IN'],
});
const g2 = {
  id: 'g2',
  name: '外地大公司',
  aliases: [],
  tags: [],
  reference: true,
  segments: [{ id: 'x1', name: '原料环节' }],
  leads: [],
  leadingIn: [],
  revenueYi: 1000,
  groupLeading: false,
  localPresence: [],
  linkCount: 0,
  supplyLinks: 2,
  recentProjects: 0,
  paths: [supplyPath(node.g2, node.f1), supplyPath(node.g2, node.f2)],
  headquarters: '外地市',
  hqOutside: true,
  henanUnits: 0,
  henanProjects: 0,
  recent: [],
};

describe('candidates/fill-candidates', () => {
  it('proposes only firms really outside, with the evidence and dossier a ranking needs', async () => {
    // x1 supplies x2, where f1 and f2 (both in r) operate: supply adjacency 2. g1 has a project in
    // r (p2 in a): present, so left out. g2 has nothing else in r.
    expect(await candidates(['x1'], 'r')).toEqual([g2]);
  });

  it('lists present firms only when asked, saying how they are present', async () => {
    const [g1, other] = await candidates(['x1'], 'r', 10, true);
    // g1 supplies f1 (a concrete link: pool first), undertakes p2 (signed: a recent project).
    expect(g1).toMatchObject({
      id: 'g1',
      localPresence: ['project'],
      linkCount: 1,
      supplyLinks: 2,
      recentProjects: 1,
      recent: [
        {
          id: 'p2',
          name: '外地公司甲区项目',
          status: 'signed',
          region: '甲区',
          investmentYi: null,
        },
      ],
    });
    expect(g1!.paths).toEqual([
      { nodes: [node.g1, node.f1], rels: ['SUPPLIES_TO'] },
      { nodes: [node.p2, node.g1], rels: ['UNDERTAKEN_BY'] },
      supplyPath(node.g1, node.f1),
      supplyPath(node.g1, node.f2),
    ]);
    expect(other).toEqual(g2);
  });

  it('caps the pool after ordering', async () => {
    expect(ids(await candidates(['x1'], 'r', 1, true))).toEqual(['g1']);
    expect(ids(await candidates(['x1'], 'r', 1))).toEqual(['g2']);
  });

  it("considers each gap segment's first firms by standing and revenue (its candidate list)", async () => {
    // x1's list ranks g2 (revenue known) before g1: with a list of one, g1's link to r cannot
    // bring it in.
    expect(ids(await candidates(['x1'], 'r', 10, true, 1))).toEqual(['g2']);
    expect(ids(await candidates(['x1'], 'r', 10, true, 2))).toEqual(['g1', 'g2']);
  });

  it('counts supply adjacency up to the cap, the first local firms by id', async () => {
    const [g1] = await candidates(['x1'], 'r', 10, true, 1000, 1);
    expect(g1).toMatchObject({ id: 'g1', supplyLinks: 1 });
    expect(g1!.paths).toContainEqual(supplyPath(node.g1, node.f1));
    expect(g1!.paths).not.toContainEqual(supplyPath(node.g1, node.f2));
  });

  it('never proposes a firm located in the region, through a park included', async () => {
    // f1 (park pa in a) and f2 (a) operate in x2: nobody outside r does.
    expect(await candidates(['x2'], 'r')).toEqual([]);
    expect(await candidates(['x2'], 'a')).toEqual([]);
    expect(ids(await candidates(['x2'], 'a', 10, true))).toEqual(['f1', 'f2']);
  });

  it('takes firms of another district as candidates for a district', async () => {
    // For a, f3 (in b) is outside; x4's supplier x2 has f1 and f2 in a: adjacency 2. g1 is present
    // in a through p2. Unlinked, the pool goes by revenue (f3's is unknown).
    const rows = await candidates(['x1', 'x4'], 'a');
    expect(rows.map((r) => [r.id, r.segments, r.linkCount, r.supplyLinks, r.headquarters])).toEqual(
      [
        ['g2', [{ id: 'x1', name: '原料环节' }], 0, 2, '外地市'],
        ['f3', [{ id: 'x4', name: '服务环节' }], 0, 2, '乙区'],
      ],
    );
  });

  it('counts only ties that reach into the region', async () => {
    // In b: f1 (a firm link of g1) and p2 are in a, and no x2 firm is in b, so nothing ties g1 or
    // g2 to b and nothing makes g1 present; unlinked, they are ordered by revenue.
    const rows = await candidates(['x1'], 'b');
    expect(rows.map((r) => [r.id, r.linkCount, r.supplyLinks, r.localPresence, r.paths])).toEqual([
      ['g2', 0, 0, [], []],
      ['g1', 0, 0, [], []],
    ]);
  });

  it('ignores a gap segment no firm operates in', async () => {
    // Nobody operates in x3 (only projects target it): asking for it adds no candidate.
    const rows = await candidates(['x1', 'x3'], 'b');
    expect(rows.map((r) => [r.id, r.segments])).toEqual([
      ['g2', [{ id: 'x1', name: '原料环节' }]],
      ['g1', [{ id: 'x1', name: '原料环节' }]],
    ]);
    expect(await candidates(['x3'], 'r')).toEqual([]);
  });
});
