import { describe, expect, it } from 'vitest';
import type { Params } from '../../src/db/database.js';
import { NO_PROJECT_FILTER, useGraph } from './support.js';

// Project statistics on the analysis fixture (see support.ts). No project has an investment or
// output figure, so both known counts are 0 and every money total is null (unknown, never 0); groups
// tying on count then fall back to key order.
const graph = useGraph('analysis');
// Every answer is also read from the project tallies (stats/projects-by-rollup): the same rows in
// the same order, unless the tallies say they cannot tell (exact false: the API then runs the direct
// statement).
const tallied = async (groupBy: string, filter: Params = {}) =>
  graph().read('stats/projects-by-rollup', { ...NO_PROJECT_FILTER, ...filter, groupBy });
const groups = async (groupBy: string, filter: Params = {}) => {
  const direct = await graph().read('stats/projects-by', {
    ...NO_PROJECT_FILTER,
    ...filter,
    groupBy,
  });
  const fromTallies = await tallied(groupBy, filter);
  if (fromTallies[0]?.exact !== false)
    expect(fromTallies.map(({ exact: _exact, ...row }) => row)).toEqual(direct);
  return direct;
};
const group = (key: string, name: string | null, projectCount: number) => ({
  key,
  name,
  projectCount,
  investmentKnownCount: 0,
  totalInvestmentYi: null,
  outputKnownCount: 0,
  outputValueYi: null,
});

describe('stats/projects-by', () => {
  it('groups by effective status; ties by key', async () => {
    expect(await groups('status')).toEqual([
      group('in_production', null, 1),
      group('signed', null, 1),
      group('under_construction', null, 1),
    ]);
  });

  it('groups by district, directly or through the park', async () => {
    expect(await groups('district')).toEqual([group('b', '乙区', 2), group('a', '甲区', 1)]);
  });

  it('groups by park, unknown when a project lies in none', async () => {
    expect(await groups('park')).toEqual([group('unknown', null, 3)]);
  });

  it('groups by chain through the targeted segments', async () => {
    // p2 targets no segment.
    expect(await groups('chain')).toEqual([group('x', '测试链', 2), group('unknown', null, 1)]);
  });

  it('groups by cluster when the project targets its chains and lies in its region', async () => {
    // p1 and p3 target x3 (chain x of cl-x) and lie in b, inside cl-x's region r.
    expect(await groups('cluster')).toEqual([
      group('cl-x', '测试集群', 2),
      group('unknown', null, 1),
    ]);
  });

  it('groups by 三个一批 period, a project counting in every period it was listed in', async () => {
    // Period 2: p1 and p3; period 1: p1; never listed: p2.
    expect(await groups('period')).toEqual([
      group('2', '第二期', 2),
      group('1', '第一期', 1),
      group('unknown', null, 1),
    ]);
  });

  it('groups by list, a project counting in every list it was on', async () => {
    expect(await groups('list')).toEqual([
      group('in_production', null, 1),
      group('signed', null, 1),
      group('started', null, 1),
      group('unknown', null, 1),
    ]);
  });

  it('applies the project filters first', async () => {
    expect(await groups('status', { region: 'b' })).toEqual([
      group('in_production', null, 1),
      group('under_construction', null, 1),
    ]);
    expect(await groups('district', { chain: 'x' })).toEqual([group('b', '乙区', 2)]);
    expect(await groups('district', { region: 'a' })).toEqual([group('a', '甲区', 1)]);
    expect(await groups('cluster', { region: 'o' })).toEqual([]);
  });

  it('reads the tallies of the filters they hold, and says when they cannot tell', async () => {
    // cl-x's region r covers b: membership follows the chains alone.
    expect((await tallied('cluster', { region: 'b' }))[0]).toMatchObject({
      exact: true,
      key: 'cl-x',
    });
    // Graph-wide, or in o (outside r), cl-x counts only part of the projects of its chains.
    expect(await tallied('cluster')).toEqual([expect.objectContaining({ exact: false })]);
    expect(await tallied('cluster', { region: 'o' })).toEqual([
      expect.objectContaining({ exact: false }),
    ]);
    expect(await groups('period', { chain: 'x', period: 2, list: 'in_production' })).toEqual([
      group('2', '第二期', 1),
    ]);
    expect(await groups('list', { period: 1, rosters: true })).toEqual([group('signed', null, 1)]);
  });
});
