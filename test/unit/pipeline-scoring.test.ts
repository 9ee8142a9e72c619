import { describe, expect, it } from 'vitest';
import { orderTransitions } from '../../src/modules/pipeline/pipeline.scoring.js';

describe('orderTransitions', () => {
  it('orders moves along the pipeline 签约 → 开工 → 投产', () => {
    const t = (from: string, to: string) => ({
      from,
      to,
      projects: 1,
      meanPeriods: 1,
      rosterBounded: 0,
    });
    expect(
      orderTransitions([
        t('started', 'in_production'),
        t('signed', 'in_production'),
        t('signed', 'started'),
      ]).map((x) => `${x.from}>${x.to}`),
    ).toEqual(['signed>started', 'signed>in_production', 'started>in_production']);
  });
});
