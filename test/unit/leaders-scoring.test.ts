import { describe, expect, it } from 'vitest';
import { leaderScore } from '../../src/modules/leaders/leaders.scoring.js';

import type { LeaderFacts } from '../../src/modules/leaders/leaders.scoring.js';

const f = (over: Partial<LeaderFacts> = {}): LeaderFacts => ({
  segments: ['a'],
  revenueYi: null,
  tags: [],
  described: [],
  localProjects: 0,
  localPartners: 0,
  ...over,
});

describe('leaderScore', () => {
  it('rewards breadth, scale, standing, local investment and local partners', () => {
    expect(
      leaderScore(
        f({
          segments: ['a', 'b', 'c'],
          revenueYi: 100,
          tags: ['上市公司'],
          localProjects: 2,
          localPartners: 3,
        }),
        10,
        100,
      ),
    ).toBe(1);
    // Revenue unknown: scale is left out, the rest is a mean over weights 0.2+0.2+0.15+0.15.
    expect(leaderScore(f(), 10, 100)).toBeCloseTo(0.2 / 3 / 0.7, 3);
    // A known small revenue is a finding: scale counts (near 0).
    expect(leaderScore(f({ revenueYi: 0 }), 10, 100)).toBeCloseTo(0.2 / 3, 3);
  });
  it('ranks a large listed firm above a small one', () => {
    expect(leaderScore(f({ revenueYi: 500, tags: ['上市公司'] }), 10, 500)).toBeGreaterThan(
      leaderScore(f({ revenueYi: 5 }), 10, 500),
    );
  });
  it('counts a leading group as standing (a local unit of a national champion)', () => {
    expect(leaderScore(f({ groupLeading: true }), 10, 100)).toBe(
      leaderScore(f({ tags: ['上市公司'] }), 10, 100),
    );
  });

  it('takes a description as a leading firm (龙头企业) as standing, like a leading tag', () => {
    expect(leaderScore(f({ described: [{ region: 'r' }] }), 10, 100)).toBe(
      leaderScore(f({ tags: ['上市公司'] }), 10, 100),
    );
  });
});
