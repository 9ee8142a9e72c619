import { describe, expect, it } from 'vitest';
import {
  classifySegment,
  completeness,
  coverageOf,
  DEFAULT_GAP_OPTIONS,
  extensionPoints,
  segmentImportance,
  type CoverageFacts,
  type ProjectStat,
  type SegmentFacts,
} from '../../src/modules/gaps/gaps.scoring.js';

const projects = (status: ProjectStat['status'], n: number, large = 0): ProjectStat => ({
  status,
  n,
  large,
  investmentKnown: 0,
  investmentYi: null,
});
const facts = (over: Partial<SegmentFacts> = {}): SegmentFacts => ({
  segmentId: 's',
  firmCount: 0,
  leaderCount: 0,
  leadingCount: 0,
  largeFirmCount: 0,
  revenueKnownCount: 0,
  coarseFirmCount: 0,
  projectStats: [],
  ...over,
});
const classify = (f: Partial<SegmentFacts>, hasData = true, o = DEFAULT_GAP_OPTIONS) =>
  classifySegment(facts(f), hasData, o);
const COUNT = { ...DEFAULT_GAP_OPTIONS, rule: 'COUNT' as const };

describe('classifySegment', () => {
  it('calls a segment with nothing local MISSING when the region has data on the chain', () => {
    const v = classify({});
    expect(v.gapClass).toBe('MISSING');
    expect(v.reasons[0]).toMatch(/^本区域无该环节企业或项目 \/ no local enterprise/);
  });

  it('calls it UNKNOWN, not MISSING, when the region has no data on the chain at all', () => {
    const v = classify({}, false);
    expect(v.gapClass).toBe('UNKNOWN');
    expect(v.reasons[0]).toMatch(/无该环节所属产业链的任何数据/);
  });

  it('calls it UNKNOWN when firms of the segment are located only at a coarser level', () => {
    const v = classify({ coarseFirmCount: 2 });
    expect(v.gapClass).toBe('UNKNOWN');
    expect(v.reasons[0]).toMatch(/2家该环节企业只知位于上级区域/);
    // Present segments mention such firms without changing class.
    const w = classify({ firmCount: 2, leadingCount: 1, coarseFirmCount: 3 });
    expect(w.gapClass).toBe('PRESENT');
    expect(w.reasons[1]).toMatch(/3 more firm\(s\)/);
  });

  it('does not call planned or status-unknown projects a pipeline', () => {
    const planned = classify({ projectStats: [projects('planned', 2)] });
    expect(planned.gapClass).toBe('MISSING');
    expect(planned.reasons[0]).toMatch(/仅有谋划中的项目2个/);
    // A project of unknown status may already produce: the graph cannot tell.
    expect(classify({ projectStats: [projects('unknown', 1)] }).gapClass).toBe('UNKNOWN');
    // One signed project among them makes it a pipeline.
    expect(
      classify({ projectStats: [projects('planned', 1), projects('signed', 1)] }).gapClass,
    ).toBe('PIPELINE_ONLY');
  });

  it('calls one with only signed or under-construction projects PIPELINE_ONLY', () => {
    const v = classify({
      projectStats: [projects('signed', 1), projects('under_construction', 1)],
    });
    expect(v.gapClass).toBe('PIPELINE_ONLY');
  });

  it('counts a project in production as local capacity', () => {
    const v = classify({ projectStats: [projects('in_production', 1)] }, true, COUNT);
    expect(v.gapClass).toBe('WEAK');
    expect(v.presenceScore).toBe(1);
  });

  it('weighs projects by status: in production > under construction > signed', () => {
    const v = classify(
      {
        firmCount: 1,
        projectStats: [
          projects('in_production', 1),
          projects('under_construction', 1),
          projects('signed', 1),
        ],
      },
      true,
      COUNT,
    );
    expect(v.presenceScore).toBe(2.75);
  });

  it('under SCALE, a single large leading firm is PRESENT; by head count it is WEAK', () => {
    const champion = { firmCount: 1, leadingCount: 1, largeFirmCount: 1 };
    expect(classify(champion).gapClass).toBe('PRESENT');
    expect(classify(champion).presenceScore).toBe(2);
    expect(classify(champion, true, COUNT).gapClass).toBe('WEAK');
    // A large project weighs 1 + largeWeight times its status weight.
    expect(classify({ projectStats: [projects('in_production', 2, 1)] }).presenceScore).toBe(3);
  });

  it('calls a segment without a leading firm WEAK, and says so in Chinese and English', () => {
    const v = classify({ firmCount: 3 });
    expect(v.gapClass).toBe('WEAK');
    expect(v.reasons[0]).toMatch(/^3家本地企业中无龙头企业.* \/ no leading firm among 3/);
  });

  it('decides from the counts of all firms, whatever sample is listed', () => {
    // 183 local firms, one leading firm somewhere among them: PRESENT.
    expect(classify({ firmCount: 183, leadingCount: 1 }).gapClass).toBe('PRESENT');
  });

  it('follows the options', () => {
    expect(
      classify({ firmCount: 1 }, true, {
        ...DEFAULT_GAP_OPTIONS,
        weakThreshold: 1,
        requireLeadingFirm: false,
      }).gapClass,
    ).toBe('PRESENT');
  });
});

describe('completeness', () => {
  it('reports the share with capacity and the weighted credit over classified segments', () => {
    expect(completeness(['PRESENT', 'WEAK', 'PIPELINE_ONLY', 'MISSING', 'UNKNOWN'])).toEqual({
      share: 0.5,
      weighted: 0.475,
      importanceWeighted: 0.475,
      segmentCoverage: 0.8,
      counts: { UNKNOWN: 1, PRESENT: 1, WEAK: 1, PIPELINE_ONLY: 1, MISSING: 1 },
    });
  });

  it('is null, not 0, when no segment can be classified', () => {
    const c = completeness(['UNKNOWN', 'UNKNOWN']);
    expect([c.share, c.weighted, c.importanceWeighted, c.segmentCoverage]).toEqual([
      null,
      null,
      null,
      0,
    ]);
  });

  it('weights segments by importance when asked', () => {
    // PRESENT weighs 3, MISSING 1: (3·1 + 1·0) / 4.
    expect(completeness(['PRESENT', 'MISSING'], [3, 1]).importanceWeighted).toBe(0.75);
    expect(
      segmentImportance(
        ['a', 'b', 'c'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'c' },
        ],
      ),
    ).toEqual([2, 3, 2]);
  });
});

describe('coverageOf', () => {
  const region = (over: Partial<CoverageFacts>): CoverageFacts => ({
    regionId: 'r',
    level: 'district',
    firms: 10,
    projects: 5,
    projectsWithoutSegment: 0,
    projectsOutsideChains: 0,
    projectsUnknownIndustry: 0,
    chainFirms: 4,
    chainFirmsReference: 0,
    chainProjects: 1,
    chainProjectsUnsegmented: 0,
    coarseChainFirms: 0,
    coarseFirms: 0,
    ...over,
  });

  it('says when a region has no data on the chain', () => {
    const [c] = coverageOf([region({ chainFirms: 0, chainProjects: 0 })]);
    expect(c).toMatchObject({ hasChainData: false, comparable: false, referenceShare: null });
    expect(c!.notes[0]).toMatch(/无该产业链数据/);
  });

  it('flags regions whose data are of different kinds or levels', () => {
    const [a, b] = coverageOf([
      region({ regionId: 'a' }),
      region({ regionId: 'b', chainFirmsReference: 4, level: 'city' }),
    ]);
    expect(a!.comparable).toBe(false);
    expect(b!.referenceShare).toBe(1);
    expect(b!.notes.join(' ')).toMatch(/mostly reference data/);
    expect(b!.notes.join(' ')).toMatch(/different levels/);
    // A district and a functional zone are the same tier.
    const [c, d] = coverageOf([
      region({ regionId: 'c' }),
      region({ regionId: 'd', level: 'functional_zone' }),
    ]);
    expect([c!.comparable, d!.comparable]).toEqual([true, true]);
  });

  it('warns when the region knows only a few facts of the chain', () => {
    const [c] = coverageOf([region({ chainFirms: 2, chainProjects: 1 })]);
    expect(c!.notes).toEqual([
      '本区域该链已知企业和项目仅3个，“缺失”多半只是没有数据 / only 3 firm(s) and project(s) of the chain are known here: MISSING may only mean no data',
    ]);
  });

  it('warns when most of the chain is located only at a coarser level, or projects are unmapped', () => {
    const [c] = coverageOf([
      region({ coarseChainFirms: 5, projectsWithoutSegment: 2, projectsUnknownIndustry: 2 }),
    ]);
    expect(c!.notes).toHaveLength(2);
    expect(c!.comparable).toBe(true);
  });

  it('tells projects outside every chain from projects of unknown industry and unsegmented chain projects', () => {
    const [c] = coverageOf([
      region({
        projectsWithoutSegment: 6,
        projectsOutsideChains: 3,
        projectsUnknownIndustry: 2,
        chainProjectsUnsegmented: 1,
      }),
    ]);
    expect(c!.notes).toEqual([
      '本区域另有该链1个项目环节未明，未计入任何环节 / 1 more project(s) of the chain here state no segment: counted in none',
      '本区域2个项目产业未明（载体园区或未说明产品），可能属于该链 / 2 project(s) here state no industry (carrier parks, products not stated): some may belong to this chain',
      '本区域3个项目不属于任何产业链（文旅、物流或目录外产业） / 3 project(s) here belong to no chain (tourism, logistics or industries outside the taxonomy)',
    ]);
    // Only projects outside every chain: nothing that could belong to this chain.
    const [d] = coverageOf([region({ projectsWithoutSegment: 2, projectsOutsideChains: 2 })]);
    expect(d!.notes.join(' ')).not.toMatch(/may belong/);
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

describe('extensionPoints with no data', () => {
  it('keeps a neighbour the graph knows nothing of locally as a point, classed UNKNOWN', () => {
    const points = extensionPoints(
      new Map([
        ['mid', 'WEAK'],
        ['other', 'UNKNOWN'],
      ] as const),
      [{ from: 'mid', to: 'other' }],
    );
    expect(points).toEqual([
      { segmentId: 'other', viaSegmentId: 'mid', direction: 'DOWNSTREAM', gapClass: 'UNKNOWN' },
    ]);
  });
});
