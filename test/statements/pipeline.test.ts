import { describe, expect, it } from 'vitest';
import type { Params } from '../../src/db/database.js';
import { ids, int, NO_PROJECT_FILTER, useGraph } from './support.js';

// The 三个一批 pipeline on the analysis fixture (see support.ts): p1 (b) signed in period 1 and
// started in period 2; p3 (b) listed in production in period 2; p2 never listed. No project has an
// investment figure: every investment sum is null (unknown, never 0) and investmentKnownCount is 0.
const graph = useGraph('analysis');
const read = (key: string, params: Params = {}) =>
  graph().read(key, { ...NO_PROJECT_FILTER, ...params });

describe('pipeline/pipeline', () => {
  const period1 = {
    period: 1,
    date: '2023-01-01',
    eventId: 'e1',
    districtId: 'b',
    districtName: '乙区',
    signed: 1,
    started: 0,
    inProduction: 0,
    signedInvestmentYi: null,
    startedInvestmentYi: null,
    inProductionInvestmentYi: null,
    investmentKnownCount: 0,
    // No figure in the fixture states a per-list count for a period and district.
    statedSigned: null,
    statedStarted: null,
    statedInProduction: null,
    // p1, signed in period 1, was listed as started in period 2; it never reached production.
    signedLaterStarted: 1,
    reachedProduction: 0,
  };
  const period2 = {
    period: 2,
    date: '2023-04-01',
    eventId: 'e2',
    districtId: 'b',
    districtName: '乙区',
    signed: 0,
    started: 1,
    inProduction: 1,
    signedInvestmentYi: null,
    startedInvestmentYi: null,
    inProductionInvestmentYi: null,
    investmentKnownCount: 0,
    // No figure in the fixture states a per-list count for a period and district.
    statedSigned: null,
    statedStarted: null,
    statedInProduction: null,
    signedLaterStarted: 0,
    reachedProduction: 0,
  };

  it('counts the listings per period and district, with conversion', async () => {
    expect(await read('pipeline/pipeline')).toEqual([period1, period2]);
  });

  it('applies the project filters', async () => {
    expect(await read('pipeline/pipeline', { region: 'b' })).toEqual([period1, period2]);
    expect(await read('pipeline/pipeline', { region: 'r' })).toEqual([period1, period2]);
    expect(await read('pipeline/pipeline', { region: 'a' })).toEqual([]);
    // Only p3: its period-2 listing.
    expect(await read('pipeline/pipeline', { statuses: ['in_production'] })).toEqual([
      { ...period2, started: 0 },
    ]);
    // Projects listed in period 1 (p1 only), with all their listings: p3 drops out of period 2.
    expect(await read('pipeline/pipeline', { period: 1 })).toEqual([
      period1,
      { ...period2, inProduction: 0 },
    ]);
  });
});

describe('pipeline/movements', () => {
  const movements = (filter: Params = {}, limit = 10) =>
    read('pipeline/movements', { ...filter, limit: int(limit) });

  it('lists the projects listed more than once with their steps in order', async () => {
    expect(await movements()).toEqual([
      {
        id: 'p1',
        name: '乙区整机项目',
        steps: [
          { period: 1, list: 'signed', date: '2023-01-01', roster: false },
          { period: 2, list: 'started', date: '2023-04-01', roster: false },
        ],
      },
    ]);
  });

  it('applies the project filters and the limit', async () => {
    expect(ids(await movements({ region: 'b' }))).toEqual(['p1']);
    expect(ids(await movements({ region: 'a' }))).toEqual([]);
    expect(ids(await movements({ statuses: ['in_production'] }))).toEqual([]);
    expect(ids(await movements({}, 0))).toEqual([]);
  });
});

describe('pipeline/transitions', () => {
  it('aggregates consecutive listings into moves with their mean duration', async () => {
    expect(await read('pipeline/transitions')).toEqual([
      { from: 'signed', to: 'started', projects: 1, meanPeriods: 1, rosterBounded: 0 },
    ]);
  });

  it('applies the project filters', async () => {
    expect(await read('pipeline/transitions', { region: 'r' })).toHaveLength(1);
    expect(await read('pipeline/transitions', { region: 'a' })).toEqual([]);
    expect(await read('pipeline/transitions', { chain: 'y' })).toEqual([]);
  });
});
