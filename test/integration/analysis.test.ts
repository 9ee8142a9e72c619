import { describe, expect, it } from 'vitest';
import { fixture } from '../support/dataset.js';
import { useAppWith } from '../support/runtime.js';

// test/fixtures/datasets/analysis: a chain x (x1 → x2 → x3, x2 → x4) and a neighbour chain y (x2 → y1)
// in a region r with districts a (park pa) and b. Answers are known by construction:
//   x1 MISSING (only outside firms g1, g2), x2 PRESENT (f1 in park pa — inherited by a and r — and f2,
//   f1 listed), x3 PIPELINE_ONLY in period 1 but WEAK from period 2 (p3 in production), x4 WEAK (one
//   small firm); g1 reaches r by two paths (supplies f1; undertakes p2 in a) and outranks the larger g2.
const { ok, post } = useAppWith(fixture('analysis'));

const GAPS = `query($regions: [String!]!, $options: GapOptionsInput) {
  chainGaps(chain: "测试链", regions: $regions, options: $options) {
    region { id } asOfPeriod
    completeness { share weighted missing pipelineOnly weak present }
    segments { segment { id } gapClass firmCount presenceScore hasLeadingFirm projectsByStatus { signed underConstruction inProduction } }
    extensionPoints { segment { id } via { id } direction crossChain gapClass }
  } }`;

const classes = (report: any) =>
  Object.fromEntries(report.segments.map((s: any) => [s.segment.id, s.gapClass]));

describe('chainGaps on a graph built to test it', () => {
  it('classifies each segment of the region, sub-regions and parks included', async () => {
    const [r] = (await ok(GAPS, { regions: ['测试市'] })).chainGaps;
    expect(classes(r)).toEqual({ x1: 'MISSING', x2: 'PRESENT', x3: 'WEAK', x4: 'WEAK' });
    expect(r.segments.find((s: any) => s.segment.id === 'x2')).toMatchObject({
      firmCount: 2,
      hasLeadingFirm: true,
    });
    expect(r.completeness).toEqual({
      share: 0.75,
      weighted: 0.55,
      missing: 1,
      pipelineOnly: 0,
      weak: 2,
      present: 1,
    });
  });

  it('finds extension points along supply edges, also across chains', async () => {
    const [r] = (await ok(GAPS, { regions: ['r'] })).chainGaps;
    expect(r.extensionPoints).toEqual([
      {
        segment: { id: 'x1' },
        via: { id: 'x2' },
        direction: 'UPSTREAM',
        crossChain: false,
        gapClass: 'MISSING',
      },
      // y1's chain has no data anywhere in r: the point stands, classed UNKNOWN, not MISSING.
      {
        segment: { id: 'y1' },
        via: { id: 'x2' },
        direction: 'DOWNSTREAM',
        crossChain: true,
        gapClass: 'UNKNOWN',
      },
    ]);
  });

  it('compares several regions in one call', async () => {
    const [a, b] = (await ok(GAPS, { regions: ['甲区', '乙区'] })).chainGaps;
    expect(a.region.id).toBe('a');
    expect(classes(a)).toEqual({ x1: 'MISSING', x2: 'PRESENT', x3: 'MISSING', x4: 'MISSING' });
    expect(classes(b)).toEqual({ x1: 'MISSING', x2: 'MISSING', x3: 'WEAK', x4: 'WEAK' });
  });

  it('answers as of a 三个一批 period: a segment pipeline-only in period 1 gains production in period 2', async () => {
    const [p1] = (await ok(GAPS, { regions: ['乙区'], options: { asOfPeriod: 1 } })).chainGaps;
    const x3 = p1.segments.find((s: any) => s.segment.id === 'x3');
    expect(x3).toMatchObject({
      gapClass: 'PIPELINE_ONLY',
      projectsByStatus: { signed: 1, underConstruction: 0, inProduction: 0 },
    });
    const [p2] = (await ok(GAPS, { regions: ['乙区'], options: { asOfPeriod: 2 } })).chainGaps;
    expect(p2.segments.find((s: any) => s.segment.id === 'x3')).toMatchObject({
      gapClass: 'WEAK',
      projectsByStatus: { underConstruction: 1, inProduction: 1 },
    });
    expect(p2.completeness.weighted).toBeGreaterThan(p1.completeness.weighted);
  });

  it('lets thresholds be tuned: without the leading-firm rule and a low threshold x4 is present', async () => {
    const [r] = (
      await ok(GAPS, { regions: ['r'], options: { weakThreshold: 1, requireLeadingFirm: false } })
    ).chainGaps;
    expect(classes(r).x4).toBe('PRESENT');
  });

  it('rejects an unknown region with a coded error naming it', async () => {
    const { body } = await post(GAPS, { regions: ['r', '火星'] });
    expect(body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'regions.1',
    });
  });
});

describe('chainMap', () => {
  it('returns drawable nodes and supply links, neighbours from other chains included', async () => {
    const data = await ok(
      '{ chainMap(chain: "x", region: "r") { nodes { segment { id } order inChain gapClass } links { source target crossChain } } }',
    );
    expect(data.chainMap.nodes.map((n: any) => n.segment.id).sort()).toEqual([
      'x1',
      'x2',
      'x3',
      'x4',
      'y1',
    ]);
    expect(data.chainMap.nodes.find((n: any) => n.segment.id === 'y1')).toMatchObject({
      inChain: false,
      order: null,
    });
    expect(data.chainMap.links).toContainEqual({ source: 'x2', target: 'y1', crossChain: true });
    expect(data.chainMap.links).toHaveLength(4);
  });
});

describe('fillCandidates', () => {
  it('proposes only firms really outside: a firm with a project in the region is not one', async () => {
    // g1 supplies f1 and undertakes p2 in a: present in r through its project, so only g2 is outside.
    const data = await ok(
      '{ fillCandidates(region: "r", chain: "x") { id segments score { leader scale links expansion total evidenceShare } paths { nodes { id } relationships } } }',
    );
    expect(data.fillCandidates.map((c: any) => c.id)).toEqual(['g2']);
    const [g2] = data.fillCandidates;
    // Revenue 1 000亿元: leader 0.6 (revenue ≥ 100), scale 1; x1 supplies x2 where f1 and f2 are
    // (adjacency 2: links 0.2); no recent project. Every part known.
    expect(g2.score).toEqual({
      leader: 0.6,
      scale: 1,
      links: 0.2,
      expansion: 0,
      total: 0.53,
      evidenceShare: 1,
    });
    expect(g2.paths.map((p: any) => p.relationships.join('>'))).toEqual([
      'OPERATES_IN>SUPPLIES>OPERATES_IN',
      'OPERATES_IN>SUPPLIES>OPERATES_IN',
    ]);
  });

  it('lists a present firm with includeLocal, with the paths that make it present', async () => {
    const data = await ok(
      '{ fillCandidates(region: "r", chain: "x", includeLocal: true) { id expandLocally localPresence paths { nodes { id } relationships } } }',
    );
    // g2 (outside) still ranks first: 0.53 against g1's 0.421 (leader 0: revenue 50 and no tag;
    // scale 0.569; links 0.5 + adjacency 0.2; expansion 0.5 for p2).
    // f3 (b) operates in x4, WEAK in r: it is local itself ('self'); nothing is known of its
    // standing or scale, so its total rests on links (adjacency 0.2) and expansion: 0.125.
    expect(data.fillCandidates.map((c: any) => [c.id, c.localPresence])).toEqual([
      ['g2', []],
      ['g1', ['project']],
      ['f3', ['self']],
    ]);
    const first = data.fillCandidates[1];
    expect(first).toMatchObject({ id: 'g1', expandLocally: true, localPresence: ['project'] });
    const kinds = first.paths.map((p: any) => p.relationships.join('>'));
    expect(kinds).toContain('SUPPLIES_TO');
    expect(kinds).toContain('UNDERTAKEN_BY');
    expect(
      first.paths
        .find((p: any) => p.relationships[0] === 'SUPPLIES_TO')
        .nodes.map((n: any) => n.id),
    ).toEqual(['g1', 'f1']);
  });

  it('never proposes a firm already in the region', async () => {
    const data = await ok('{ fillCandidates(region: "r", segment: "x2") { id } }');
    expect(data.fillCandidates).toEqual([]);
  });
});

describe('traverse', () => {
  it('walks downstream from a segment within the depth', async () => {
    const data = await ok(
      '{ traverse(segment: "x1", direction: DOWNSTREAM, depth: 2) { nodes { id } relationships } }',
    );
    const ends = data.traverse.map((p: any) => p.nodes.map((n: any) => n.id).join('>'));
    expect(ends).toEqual(['x1>x2', 'x1>x2>x3', 'x1>x2>x4', 'x1>x2>y1']);
  });

  it('walks upstream from an enterprise through its segment and along firm links', async () => {
    const data = await ok(
      '{ traverse(enterprise: "园区龙头公司", direction: UPSTREAM, depth: 1) { nodes { id } relationships } }',
    );
    const paths = data.traverse.map(
      (p: any) => `${p.nodes.map((n: any) => n.id).join('>')}:${p.relationships.join(',')}`,
    );
    expect(paths).toEqual(
      expect.arrayContaining(['f1>g1:SUPPLIES_TO', 'f1>x2>x1:OPERATES_IN,SUPPLIES']),
    );
  });

  it('bounds the depth', async () => {
    const { body } = await post(
      '{ traverse(segment: "x1", direction: DOWNSTREAM, depth: 9) { relationships } }',
    );
    expect(body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'depth',
    });
  });
});

describe('chainLeaders', () => {
  it('lists the designated 链主 first with its source, then local candidates with criteria', async () => {
    const data = await ok(
      '{ chainLeaders(chain: "x", region: "r") { id designated designations { region reference { basis } } score criteria { segmentsCovered revenueYi leadingTags } } }',
    );
    expect(data.chainLeaders.map((l: any) => l.id)).toEqual(['f1', 'f2', 'f3']);
    expect(data.chainLeaders[0]).toMatchObject({
      designated: true,
      designations: [{ region: 'r' }],
      criteria: { revenueYi: 200, leadingTags: ['上市公司'] },
    });
    expect(data.chainLeaders[1].designated).toBe(false);
  });
});

describe('clusters and pipeline', () => {
  it('profiles a cluster in its region and compares it across districts', async () => {
    const data = await ok(
      '{ clusterProfile(cluster: "测试集群", regions: ["r", "a", "b"]) { region { id } enterprises projects leaders { id } parks { id enterprises } coverage { completeness { share } } } }',
    );
    const [r, a, b] = data.clusterProfile;
    expect(r).toMatchObject({
      region: { id: 'r' },
      enterprises: 3,
      projects: 2,
      leaders: [{ id: 'f1' }],
      parks: [{ id: 'pa', enterprises: 1 }],
    });
    expect(r.coverage[0].completeness.share).toBe(0.75);
    expect(a).toMatchObject({ enterprises: 2, projects: 0 });
    expect(b).toMatchObject({ enterprises: 1, projects: 2 });
  });

  it('ranks parks by concentration in a chain', async () => {
    const data = await ok(
      '{ parksByChain(chain: "x") { id chainEnterprises allEnterprises share } }',
    );
    expect(data.parksByChain).toEqual([
      { id: 'pa', chainEnterprises: 1, allEnterprises: 1, share: 1 },
    ]);
  });

  it('lists segments covered only by signed or under-construction projects as of a period', async () => {
    const data = await ok(
      '{ pipelineGaps(chain: "x", region: "乙区", options: { asOfPeriod: 1 }) { segment { id } projects { id status } } }',
    );
    expect(data.pipelineGaps).toEqual([
      { segment: { id: 'x3' }, projects: [{ id: 'p1', status: 'SIGNED' }] },
    ]);
  });

  it('reports how projects moved between lists across periods', async () => {
    const data = await ok(
      '{ pipelineMovements { transitions { from to projects meanPeriods rosterBounded } projects { id steps { period list roster } } } }',
    );
    expect(data.pipelineMovements.transitions).toEqual([
      { from: 'SIGNED', to: 'STARTED', projects: 1, meanPeriods: 1, rosterBounded: 0 },
    ]);
    expect(data.pipelineMovements.projects).toEqual([
      {
        id: 'p1',
        steps: [
          { period: 1, list: 'SIGNED', roster: false },
          { period: 2, list: 'STARTED', roster: false },
        ],
      },
    ]);
  });
});
