import { describe, expect, it } from 'vitest';
import { candidatesWeighed } from '../../src/modules/candidates/candidates.queries.js';

describe('candidatesWeighed', () => {
  it('weighs 300 firms per gap segment, 450 in all, never fewer than 30 per segment', () => {
    expect([1, 2, 3, 4, 10, 30, 31, 100].map(candidatesWeighed)).toEqual([
      300, 225, 150, 112, 45, 30, 30, 30,
    ]);
  });
});
