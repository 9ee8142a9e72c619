import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreExtraction } from '../../src/ingest/quality.js';

// The goals for the extractor against the curated seed (the five seed articles beside
// the repository, as CI has them): a rule change that loses them fails here, not in production.
const seeds = path.resolve('../shared/seeds');

describe.runIf(existsSync(seeds))('extraction quality on the seed articles', () => {
  const { tally } = scoreExtraction(seeds);
  const rate = (keys: string[]) => {
    const t = keys
      .map((k) => tally.get(k)!)
      .reduce(
        (s, r) => ({
          gold: s.gold + r.gold,
          proposed: s.proposed + r.proposed,
          right: s.right + r.right,
        }),
        { gold: 0, proposed: 0, right: 0 },
      );
    return { precision: t.right / t.proposed, recall: t.right / t.gold };
  };
  const money = [...tally.keys()].filter((k) => k.startsWith('money: '));

  it.each([
    ['money figures', money, 0.85],
    ['三个一批 memberships', ['三个一批 memberships'], 0.9],
    ['projects', ['projects'], 0.8],
    ['locations', ['locations (district, park)'], 0.8],
  ] as const)('%s: precision and recall at least the goal', (_name, keys, goal) => {
    const r = rate([...keys]);
    expect(r.precision).toBeGreaterThanOrEqual(goal);
    expect(r.recall).toBeGreaterThanOrEqual(goal);
  });
});
