import { describe, expect, it } from 'vitest';
import { transitions } from '../../src/modules/analysis/movements.js';

describe('transitions', () => {
  it('counts each list-to-list move once per project, with the mean gap in periods', () => {
    expect(
      transitions([
        [
          { period: 5, list: 'signed' },
          { period: 7, list: 'started' },
        ],
        [
          { period: 6, list: 'signed' },
          { period: 7, list: 'started' },
          { period: 9, list: 'in_production' },
        ],
        [
          { period: 7, list: 'started' },
          { period: 3, list: 'signed' },
        ],
      ]),
    ).toEqual([
      { from: 'signed', to: 'started', projects: 3, meanPeriods: 2.33 },
      { from: 'started', to: 'in_production', projects: 1, meanPeriods: 2 },
    ]);
  });
});
