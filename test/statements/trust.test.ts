import { describe, expect, it } from 'vitest';
import type { Params } from '../../src/db/database.js';
import { int, NO_PROJECT_FILTER, useGraph } from './support.js';

// Statements of the trust fixture's rules (test/fixtures/datasets/trust; test/integration/trust.test.ts
// lists its facts): 龙头 descriptions apart from designations, rosters apart from listings.
const graph = useGraph('trust');
const read = (key: string, params: Params = {}) => graph().read(key, params);

describe('enterprise/leading-firm-of', () => {
  it('lists where a source calls a firm a leading firm, with the region node', async () => {
    const rows = await read('enterprise/leading-firm-of', { keys: ['tf-lead', 'tf-local'] });
    expect(rows).toEqual([
      {
        key: 'tf-lead',
        node: expect.objectContaining({ id: 'tz', name: '信链' }),
        region: expect.objectContaining({ id: 'td1', name: '数据区' }),
        rel: expect.objectContaining({ region: 'td1', reference: true }),
      },
    ]);
    // It is not a designation.
    expect(await read('enterprise/leadership', { keys: ['tf-lead'] })).toEqual([]);
  });
});

describe('project/rosters', () => {
  it('lists the rosters a project is on, apart from its listings', async () => {
    const rows = await read('project/rosters', { keys: ['tp-roster', 'tp-listed'] });
    expect(rows).toEqual([
      {
        key: 'tp-roster',
        node: expect.objectContaining({ id: 'te2', period: 2 }),
        region: expect.objectContaining({ id: 'td1' }),
        rel: expect.objectContaining({ list: 'started', region: 'td1' }),
      },
    ]);
    expect(await read('project/batches', { keys: ['tp-roster'] })).toEqual([]);
  });

  it('gives a rostered project its status, but no listing period', async () => {
    const rows = await read('project/list', {
      ...NO_PROJECT_FILTER,
      region: 'td1',
      sort: 'name',
      desc: false,
      skip: int(0),
      limit: int(10),
    });
    const byId = Object.fromEntries(
      rows.map((r) => {
        const n = r.node as { id: string; effectiveStatus?: string; latestPeriod?: number };
        return [n.id, [n.effectiveStatus ?? null, n.latestPeriod ?? null]];
      }),
    );
    expect(byId).toEqual({
      'tp-roster': ['under_construction', null],
      'tp-listed': ['under_construction', 2],
      'tp-nomoney': ['signed', null],
      'tp-resort': ['signed', null],
    });
  });

  it('never counts a roster in the pipeline', async () => {
    const rows = await read('pipeline/pipeline', { ...NO_PROJECT_FILTER, region: 'td1' });
    expect(rows.map((r) => [r.period, r.signed, r.started, r.investmentKnownCount])).toEqual([
      [1, 1, 0, 1],
      [2, 0, 1, 1],
    ]);
  });
});

describe('pipeline/movements and pipeline/transitions with rosters', () => {
  it('show a roster step as such, and never time a move onto a roster', async () => {
    // The trust fixture's tp-roster has one step only (its roster): no movement. Add nothing.
    const moves = await read('pipeline/movements', { ...NO_PROJECT_FILTER, limit: int(10) });
    expect(moves.map((r) => r.id)).toEqual(['tp-listed']);
    expect(await read('pipeline/transitions', NO_PROJECT_FILTER)).toEqual([
      { from: 'signed', to: 'started', projects: 1, meanPeriods: 1, rosterBounded: 0 },
    ]);
  });
});

describe('pipeline/stated-counts', () => {
  it('lists the period counts a source states, by district or campaign-wide, never roster counts', async () => {
    // te2: 4 signed stated for td1 (the roster count of 2 started is not a period count); te1: 10
    // in production campaign-wide (no district).
    expect(await read('pipeline/stated-counts', { region: null, period: null })).toEqual([
      {
        eventId: 'te1',
        period: 1,
        date: '2023-01-01',
        districtId: null,
        districtName: null,
        list: 'in_production',
        n: 10,
      },
      {
        eventId: 'te2',
        period: 2,
        date: '2023-04-01',
        districtId: 'td1',
        districtName: '数据区',
        list: 'signed',
        n: 4,
      },
    ]);
    // A region keeps the counts scoped to it; a period keeps that period.
    expect((await read('pipeline/stated-counts', { region: 'td1', period: null })).length).toBe(1);
    expect(await read('pipeline/stated-counts', { region: 'td2', period: null })).toEqual([]);
    expect((await read('pipeline/stated-counts', { region: null, period: 1 })).length).toBe(1);
  });
});

describe('entity/location-source', () => {
  it("gives the location's own provenance when it has one, else the record's", async () => {
    const rows = await read('entity/location-source', {
      keys: ['Enterprise:tf-local', 'Enterprise:tf-coarse', 'Project:tp-resort'],
    });
    expect(rows).toEqual([
      {
        key: 'Enterprise:tf-local',
        own: true,
        evidence: null,
        reference: true,
        referenceBasis: 'located by a second source (test fixture)',
      },
      {
        key: 'Enterprise:tf-coarse',
        own: false,
        evidence: null,
        reference: true,
        referenceBasis: 'test fixture',
      },
      {
        key: 'Project:tp-resort',
        own: false,
        evidence: null,
        reference: true,
        referenceBasis: 'test fixture',
      },
    ]);
    // An unlocated record has no row.
    expect(await read('entity/location-source', { keys: ['Enterprise:nope'] })).toEqual([]);
  });
});

describe('gaps/region-coverage (unmapped projects)', () => {
  it('tells projects outside every chain and unsegmented projects of the chain', async () => {
    const [td1] = await read('gaps/region-coverage', { chains: ['tz'], regions: ['td1'] });
    expect(td1).toMatchObject({
      projects: 4,
      projectsWithoutSegment: 2,
      projectsOutsideChains: 1,
      projectsUnknownIndustry: 0,
      chainProjectsUnsegmented: 1,
    });
  });
});
