import { describe, expect, it } from 'vitest';
import type { Params } from '../../src/db/database.js';
import { ids, int, THRESHOLDS, useGraph } from './support.js';

// Chain leaders (链主) and candidates on the analysis fixture (see support.ts).
const graph = useGraph('analysis');
const read = (key: string, params: Params = {}) => graph().read(key, params);
const leaders = (region: string, limit = 10, chain = 'x') =>
  read('leaders/leader-candidates', {
    chain,
    region,
    limit: int(limit),
    leadingTags: THRESHOLDS.leadingTags,
    leaderRevenueYi: THRESHOLDS.leaderRevenueYi,
  });

describe('leaders/leader-candidates', () => {
  it('lists the designated leader first, then the local firms of the chain', async () => {
    // In r: f1 (park pa, x2, designated for r, revenue 200), f2 (a, x2), f3 (b, x4). Each covers
    // one segment; f2 and f3 have no revenue, so they follow by id. g1's link to f1 does not make
    // f1 a local partner: g1 is in o. Nothing describes a firm as a leading firm (no LEADING_FIRM_OF)
    // and none has a local project, so no investment is known: investmentYi is null, not 0. No firm
    // of the fixture is a unit of a group (groupLeading false).
    expect(await leaders('r')).toEqual([
      {
        id: 'f1',
        name: '园区龙头公司',
        designated: true,
        leadership: [{ region: 'r', evidence: null, referenceBasis: 'test fixture' }],
        described: [],
        segments: ['制造环节'],
        revenueYi: 200,
        tags: ['上市公司'],
        localProjects: 0,
        investmentKnown: 0,
        localPartners: 0,
        investmentYi: null,
        groupLeading: false,
      },
      {
        id: 'f2',
        name: '甲区制造公司',
        designated: false,
        leadership: [],
        described: [],
        segments: ['制造环节'],
        revenueYi: null,
        tags: [],
        localProjects: 0,
        investmentKnown: 0,
        localPartners: 0,
        investmentYi: null,
        groupLeading: false,
      },
      {
        id: 'f3',
        name: '乙区服务公司',
        designated: false,
        leadership: [],
        described: [],
        segments: ['服务环节'],
        revenueYi: null,
        tags: [],
        localProjects: 0,
        investmentKnown: 0,
        localPartners: 0,
        investmentYi: null,
        groupLeading: false,
      },
    ]);
  });

  it('keeps to the firms located in the region', async () => {
    expect(ids(await leaders('a'))).toEqual(['f1', 'f2']);
    expect(ids(await leaders('b'))).toEqual(['f3']);
    // In o the outside firms are local: neither is designated; by revenue g2 (1000), g1 (50).
    const o = await leaders('o');
    expect(o.map((r) => [r.id, r.designated, r.segments, r.revenueYi])).toEqual([
      ['g2', false, ['原料环节'], 1000],
      ['g1', false, ['原料环节'], 50],
    ]);
    expect(await leaders('nowhere')).toEqual([]);
  });

  it('caps the list at $limit after ordering', async () => {
    expect(ids(await leaders('r', 1))).toEqual(['f1']);
    expect(ids(await leaders('r', 2))).toEqual(['f1', 'f2']);
  });

  it('answers per chain: no firm operates in chain y', async () => {
    expect(await leaders('r', 10, 'y')).toEqual([]);
  });
});
