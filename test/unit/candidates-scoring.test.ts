import { describe, expect, it } from 'vitest';
import {
  candidateReasons,
  leaderScore,
  scaleScore,
  scoreCandidates,
  type CandidateFacts,
} from '../../src/modules/candidates/candidates.scoring.js';

const c = (id: string, over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id,
  tags: [],
  leads: [],
  leadingIn: [],
  revenueYi: null,
  groupLeading: false,
  recentProjects: 0,
  linkCount: 0,
  supplyLinks: 0,
  ...over,
});

describe('scoreCandidates', () => {
  it('shows every component and a weighted total', () => {
    const [top] = scoreCandidates([
      c('a', { leads: ['x'], revenueYi: 100, linkCount: 2, recentProjects: 2 }),
    ]);
    expect(top!.breakdown).toEqual({
      leader: 1,
      scale: 1,
      links: 1,
      expansion: 1,
      total: 1,
      evidenceShare: 1,
    });
  });

  it('leaves unknown revenue and unknown standing out of the total instead of scoring 0', () => {
    const [u] = scoreCandidates([c('unknown', { linkCount: 2, recentProjects: 2 })]);
    // Only links and expansion are known: their weights 0.25 + 0.15 of 1.
    expect(u!.breakdown).toMatchObject({ leader: null, scale: null, total: 1, evidenceShare: 0.4 });
    // A known small firm with no tags scores 0 on standing: that is evidence, not absence of it.
    const [k] = scoreCandidates([c('known', { revenueYi: 5 })]);
    expect(k!.breakdown.leader).toBe(0);
  });

  it('ranks concrete links to the region above mere supply adjacency', () => {
    const ranked = scoreCandidates([
      c('big', { revenueYi: 1000 }),
      c('adjacent', { revenueYi: 50, supplyLinks: 9 }),
      c('linked', { revenueYi: 50, linkCount: 2 }),
    ]);
    // big: leader 0.6 (revenue ≥ 100), scale 1 → 0.48; linked: scale 0.569, links 1 → 0.421.
    expect(ranked.map((r) => r.id)).toEqual(['big', 'linked', 'adjacent']);
    // Adjacency alone is capped at 0.3.
    expect(ranked[2]!.breakdown.links).toBe(0.3);
  });

  it('is deterministic on ties', () => {
    expect(scoreCandidates([c('b'), c('a')]).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('honours custom weights', () => {
    const ranked = scoreCandidates(
      [c('big', { revenueYi: 1000 }), c('linked', { revenueYi: 50, linkCount: 1 })],
      { leader: 0, scale: 1, links: 0, expansion: 0 },
    );
    expect(ranked[0]!.id).toBe('big');
  });
});

describe('leaderScore', () => {
  it('takes the strongest evidence from any source', () => {
    expect(leaderScore(c('a', { leads: ['x'], tags: ['上市公司'] }))).toBe(1);
    expect(leaderScore(c('a', { leadingIn: ['x'] }))).toBe(0.8);
    expect(leaderScore(c('a', { tags: ['央企'] }))).toBe(0.6);
    expect(leaderScore(c('a', { revenueYi: 150 }))).toBe(0.6);
    expect(leaderScore(c('a', { tags: ['小巨人'] }))).toBe(0.5);
    expect(leaderScore(c('a', { groupLeading: true }))).toBe(0.5);
    expect(leaderScore(c('a', { tags: ['专精特新'] }))).toBe(0.3);
    expect(leaderScore(c('a'))).toBeNull();
    // A tag that says nothing of standing is no evidence: still unknown, not 0.
    expect(leaderScore(c('a', { tags: ['国企', '外资'] }))).toBeNull();
  });
});

describe('scaleScore', () => {
  it('is null for unknown revenue and log-relative otherwise', () => {
    expect(scaleScore(null, 100)).toBeNull();
    expect(scaleScore(100, 100)).toBe(1);
    expect(scaleScore(10, 1000)).toBeCloseTo(Math.log10(11) / Math.log10(1001));
  });
});

describe('candidateReasons', () => {
  it('speaks Chinese first, says what is unknown and how the firm is present', () => {
    const [s] = scoreCandidates([c('a', { linkCount: 1 })]);
    const reasons = candidateReasons({
      ...s!,
      segments: [{ name: '速冻食品' }],
      localPresence: ['group'],
    });
    expect(reasons[0]).toBe('经营速冻食品 / operates in the gap segment(s)');
    expect(reasons.join('\n')).toMatch(/集团或下属企业已在本区域/);
    expect(reasons.join('\n')).toMatch(/营收未知，规模不计分/);
    expect(reasons.join('\n')).toMatch(/总分按已知的40%权重计/);
  });

  it('says "or more" when the supply adjacency reached the count it stops at', () => {
    const reasons = (supplyLinks: number) => {
      const [s] = scoreCandidates([c('a', { supplyLinks })]);
      return candidateReasons({ ...s!, segments: [{ name: '面粉' }], localPresence: [] }).join(
        '\n',
      );
    };
    expect(reasons(2)).toMatch('本区域2家企业在相邻供应环节');
    expect(reasons(100)).toMatch('本区域100家以上企业在相邻供应环节 / 100 or more local firms');
  });
});
