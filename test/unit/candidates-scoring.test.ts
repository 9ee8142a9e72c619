import { describe, expect, it } from 'vitest';
import {
  scaleScore,
  scoreCandidates,
  type CandidateFacts,
} from '../../src/modules/candidates/candidates.scoring.js';

const c = (id: string, over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id,
  tags: [],
  leads: [],
  revenueYi: null,
  recentProjects: 0,
  linkCount: 0,
  projectLinks: 0,
  subsidiaryLinks: 0,
  supplyLinks: 0,
  ...over,
});

describe('scoreCandidates', () => {
  it('shows every component and a weighted total', () => {
    const [top] = scoreCandidates([
      c('a', { leads: ['x'], revenueYi: 100, linkCount: 2, recentProjects: 2 }),
    ]);
    expect(top!.breakdown).toEqual({ leader: 1, scale: 1, links: 1, expansion: 1, total: 1 });
  });

  it('ranks existing links to the region above sheer size', () => {
    const ranked = scoreCandidates([
      c('big', { revenueYi: 1000 }),
      c('linked', { revenueYi: 50, linkCount: 1, projectLinks: 1 }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['linked', 'big']);
  });

  it('is deterministic on ties', () => {
    expect(scoreCandidates([c('b'), c('a')]).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('honours custom weights', () => {
    const ranked = scoreCandidates(
      [
        c('big', { revenueYi: 1000 }),
        c('linked', { revenueYi: 50, linkCount: 1, projectLinks: 1 }),
      ],
      { leader: 0, scale: 1, links: 0, expansion: 0 },
    );
    expect(ranked[0]!.id).toBe('big');
  });
});

describe('scaleScore', () => {
  it('is 0 for unknown revenue and log-relative otherwise', () => {
    expect(scaleScore(null, 100)).toBe(0);
    expect(scaleScore(100, 100)).toBe(1);
    expect(scaleScore(10, 1000)).toBeCloseTo(Math.log10(11) / Math.log10(1001));
  });
});
