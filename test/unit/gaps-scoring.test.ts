import { describe, expect, it } from 'vitest';
import {
  classifySegment,
  completeness,
  DEFAULT_GAP_OPTIONS,
  extensionPoints,
  type SegmentFacts,
} from '../../src/modules/gaps/gaps.scoring.js';

const firm = (over: Partial<SegmentFacts['firms'][number]> = {}) => ({
  id: 'f',
  name: 'f',
  revenueYi: null,
  tags: [],
  leader: false,
  ...over,
});
const project = (status: 'signed' | 'under_construction' | 'in_production' | null) => ({
  id: `p-${status}`,
  name: 'p',
  status,
  investmentYi: null,
});
const facts = (over: Partial<SegmentFacts> = {}): SegmentFacts => ({
  segmentId: 's',
  firmCount: 0,
  leaderCount: 0,
  firms: [],
  projects: [],
  ...over,
});

describe('classifySegment', () => {
  it('calls a segment with nothing local MISSING', () => {
    expect(classifySegment(facts()).gapClass).toBe('MISSING');
  });

  it('calls one with only signed or under-construction projects PIPELINE_ONLY', () => {
    expect(
      classifySegment(facts({ projects: [project('signed'), project('under_construction')] }))
        .gapClass,
    ).toBe('PIPELINE_ONLY');
  });

  it('counts a project in production as local capacity', () => {
    const v = classifySegment(facts({ projects: [project('in_production')] }));
    expect(v.gapClass).toBe('WEAK');
    expect(v.presenceScore).toBe(1);
  });

  it('weighs projects by status: in production > under construction > signed', () => {
    const v = classifySegment(
      facts({
        firmCount: 1,
        firms: [firm()],
        projects: [project('in_production'), project('under_construction'), project('signed')],
      }),
    );
    expect(v.presenceScore).toBe(2.75);
  });

  it('calls a segment below the threshold WEAK, and one without a leading firm WEAK', () => {
    expect(
      classifySegment(facts({ firmCount: 1, firms: [firm({ tags: ['上市公司'] })] })).gapClass,
    ).toBe('WEAK');
    const noLeader = classifySegment(facts({ firmCount: 3, firms: [firm(), firm(), firm()] }));
    expect(noLeader.gapClass).toBe('WEAK');
    expect(noLeader.reasons[0]).toMatch(/no leading firm/);
  });

  it('accepts a designated 链主, a leading tag or a large revenue as a leading firm', () => {
    for (const f of [firm({ leader: true }), firm({ tags: ['央企'] }), firm({ revenueYi: 150 })]) {
      expect(classifySegment(facts({ firmCount: 2, firms: [f, firm()] })).gapClass).toBe('PRESENT');
    }
  });

  it('follows the options', () => {
    const f = facts({ firmCount: 1, firms: [firm()] });
    expect(
      classifySegment(f, { ...DEFAULT_GAP_OPTIONS, weakThreshold: 1, requireLeadingFirm: false })
        .gapClass,
    ).toBe('PRESENT');
  });
});

describe('completeness', () => {
  it('reports the share with capacity and the weighted credit', () => {
    expect(completeness(['PRESENT', 'WEAK', 'PIPELINE_ONLY', 'MISSING'])).toEqual({
      share: 0.5,
      weighted: 0.475,
      counts: { PRESENT: 1, WEAK: 1, PIPELINE_ONLY: 1, MISSING: 1 },
    });
  });
});

describe('extensionPoints', () => {
  it('proposes missing neighbours of local segments in both directions, once each', () => {
    const classOf = new Map([
      ['up', 'MISSING'],
      ['mid', 'PRESENT'],
      ['down', 'PIPELINE_ONLY'],
      ['far', 'MISSING'],
    ] as const);
    const points = extensionPoints(new Map(classOf), [
      { from: 'up', to: 'mid' },
      { from: 'mid', to: 'down' },
      { from: 'down', to: 'far' },
    ]);
    expect(points).toEqual([
      {
        segmentId: 'down',
        viaSegmentId: 'mid',
        direction: 'DOWNSTREAM',
        gapClass: 'PIPELINE_ONLY',
      },
      { segmentId: 'up', viaSegmentId: 'mid', direction: 'UPSTREAM', gapClass: 'MISSING' },
    ]);
  });
});
