import { describe, expect, it } from 'vitest';
import { fixture } from '../support/dataset.js';
import { useAppWith } from '../support/runtime.js';

// test/fixtures/datasets/trust: one graph per rule of "answers an analyst can trust". City tc holds
// td1 数据区 (data on chain tz), td2 空白区 (no facts at all) and td3 龙头区 (one large firm); tout is
// another city. Chain tz: tz1 → tz2 → tz3.
//   tf-coarse  at tc only (city level), tz2: could be in any district of tc
//   tf-local   td1, tz1;  tf-lead td1, tz1, described as a leading firm (龙头) of tz in td1
//   tf-champ   td3, tz3, revenue 500: a single large leading firm
//   tg-group   tout, tz2, with unit tg-unit in td1 (tz1): present in td1 through its group
//   tg-norev   tout, tz2, nothing known of its scale or standing;  tg-rev tout, tz2, revenue 20
//   tp-roster  td1, tz2: on td1's period-2 roster as started, never listed
//   tp-listed  td1, tz2: listed signed in period 1, started in period 2; 15亿元 (large)
//   tp-nomoney td1: stated signed, no segment (of chain tz, product not stated), no investment
//   tp-resort  td1: signed, a resort, outside every chain
const { ok } = useAppWith(fixture('trust'));

const GAPS = `query($regions: [String!]!, $options: GapOptionsInput) {
  chainGaps(chain: "信链", regions: $regions, options: $options) {
    region { id }
    completeness { share weighted importanceWeighted segmentCoverage unknown missing pipelineOnly weak present }
    coverage { firms projects projectsWithoutSegment projectsOutsideChains projectsUnknownIndustry chainFirms chainProjects chainProjectsUnsegmented
      coarseChainFirms hasChainData comparable notes }
    criteria { rule weakThreshold largeWeight explanation }
    segments { segment { id } gapClass gapClassLabel presenceScore firmCount leadingCount largeFirmCount coarseFirmCount
      investmentKnownCount investmentYi reasons
      firms { id leading large leadingBasis } projects { id status large investmentYi } }
  } }`;

const classes = (report: any) =>
  Object.fromEntries(report.segments.map((s: any) => [s.segment.id, s.gapClass]));
const seg = (report: any, id: string) => report.segments.find((s: any) => s.segment.id === id);

describe('chain gaps say what the graph does not know', () => {
  it('calls every segment UNKNOWN where the region has no data on the chain, never MISSING', async () => {
    const [td2] = (await ok(GAPS, { regions: ['空白区'] })).chainGaps;
    expect(classes(td2)).toEqual({ tz1: 'UNKNOWN', tz2: 'UNKNOWN', tz3: 'UNKNOWN' });
    expect(td2.completeness).toMatchObject({
      share: null,
      weighted: null,
      segmentCoverage: 0,
      unknown: 3,
    });
    expect(td2.coverage).toMatchObject({ firms: 0, hasChainData: false, comparable: false });
    expect(seg(td2, 'tz1').reasons[0]).toMatch(/^本区域无该环节所属产业链的任何数据 \//);
    expect(seg(td2, 'tz1').gapClassLabel).toBe('无数据 / no data');
  });

  it('tells MISSING from UNKNOWN when a firm is located only at a coarser level', async () => {
    const [td1] = (await ok(GAPS, { regions: ['数据区'] })).chainGaps;
    // tz2 has projects (not yet in production): PIPELINE_ONLY, and mentions the city-level firm.
    // tz3 has nothing here and no coarse firm: MISSING.
    expect(classes(td1)).toEqual({ tz1: 'PRESENT', tz2: 'PIPELINE_ONLY', tz3: 'MISSING' });
    expect(seg(td1, 'tz2')).toMatchObject({ coarseFirmCount: 1 });
    expect(seg(td1, 'tz2').reasons[1]).toMatch(/只知位于上级区域/);
    const [td3] = (await ok(GAPS, { regions: ['龙头区'] })).chainGaps;
    // In td3 tz2 has nothing but the city-level tf-coarse: UNKNOWN, and completeness leaves it out.
    expect(classes(td3)).toEqual({ tz1: 'MISSING', tz2: 'UNKNOWN', tz3: 'PRESENT' });
    expect(td3.completeness).toMatchObject({
      share: 0.5,
      weighted: 0.5,
      segmentCoverage: 0.667,
      unknown: 1,
    });
  });

  it('counts a single large leading firm as present under SCALE, weak by head count', async () => {
    const [scale] = (await ok(GAPS, { regions: ['td3'] })).chainGaps;
    expect(seg(scale, 'tz3')).toMatchObject({
      gapClass: 'PRESENT',
      presenceScore: 2,
      firmCount: 1,
      leadingCount: 1,
      largeFirmCount: 1,
      firms: [{ id: 'tf-champ', leading: true, large: true, leadingBasis: ['revenue'] }],
    });
    expect(scale.criteria).toMatchObject({ rule: 'SCALE', weakThreshold: 2, largeWeight: 1 });
    const [count] = (await ok(GAPS, { regions: ['td3'], options: { rule: 'COUNT' } })).chainGaps;
    expect(seg(count, 'tz3')).toMatchObject({ gapClass: 'WEAK', presenceScore: 1 });
    expect(count.criteria.explanation).toMatch(/^存在度 = 本地企业数 \+ Σ项目/);
  });

  it('takes a 龙头 description as leading-firm evidence, and reads a roster as a status', async () => {
    const [td1] = (await ok(GAPS, { regions: ['td1'] })).chainGaps;
    expect(seg(td1, 'tz1').firms).toEqual([
      { id: 'tf-lead', leading: true, large: true, leadingBasis: ['described'] },
      { id: 'tg-unit', leading: false, large: false, leadingBasis: [] },
      { id: 'tf-local', leading: false, large: false, leadingBasis: [] },
    ]);
    // tp-roster is on the started list as of period 2 (a roster), tp-listed was listed started.
    expect(seg(td1, 'tz2').projects).toEqual([
      { id: 'tp-listed', status: 'UNDER_CONSTRUCTION', large: true, investmentYi: 15 },
      { id: 'tp-roster', status: 'UNDER_CONSTRUCTION', large: false, investmentYi: null },
    ]);
    expect(seg(td1, 'tz2')).toMatchObject({ investmentKnownCount: 1, investmentYi: 15 });
    expect(td1.coverage).toMatchObject({
      firms: 3,
      projects: 4,
      projectsWithoutSegment: 2,
      projectsOutsideChains: 1,
      chainFirms: 3,
      chainProjects: 2,
      chainProjectsUnsegmented: 1,
      coarseChainFirms: 1,
      hasChainData: true,
    });
    // The resort is outside every chain; the project of tz without a segment counts in none.
    expect(td1.coverage.notes).toEqual([
      '本区域另有该链1个项目环节未明，未计入任何环节 / 1 more project(s) of the chain here state no segment: counted in none',
      '本区域1个项目不属于任何产业链（文旅、物流或目录外产业） / 1 project(s) here belong to no chain (tourism, logistics or industries outside the taxonomy)',
    ]);
    expect(td1.coverage.projectsUnknownIndustry).toBe(0);
  });

  it('gives the same coverage beside a list answer, and says why a project has no segment', async () => {
    const data = await ok(`{
      analysisCoverage(chain: "信链", regions: ["数据区", "空白区"]) {
        chain { id } region { id } coverage { projects projectsOutsideChains chainProjectsUnsegmented hasChainData comparable }
      }
      nomoney: project(id: "tp-nomoney") { unmapped { reason reasonLabel chainIds basis } }
      listed: project(id: "tp-listed") { unmapped { reason } }
      local: enterprise(id: "tf-local") { locationSource { own reference { basis } evidence { sourceId } } tagsSource { own } }
      coarse: enterprise(id: "tf-coarse") { locationSource { own reference { basis } } }
    }`);
    expect(data.analysisCoverage).toEqual([
      {
        chain: { id: 'tz' },
        region: { id: 'td1' },
        coverage: {
          projects: 4,
          projectsOutsideChains: 1,
          chainProjectsUnsegmented: 1,
          hasChainData: true,
          comparable: true,
        },
      },
      {
        chain: { id: 'tz' },
        region: { id: 'td2' },
        coverage: {
          projects: 0,
          projectsOutsideChains: 0,
          chainProjectsUnsegmented: 0,
          hasChainData: false,
          comparable: false,
        },
      },
    ]);
    expect(data.nomoney.unmapped).toEqual({
      reason: 'NOT_STATED',
      reasonLabel: '产品未说明',
      chainIds: ['tz'],
      basis: 'of chain tz, product not stated (test fixture)',
    });
    expect(data.listed.unmapped).toBeNull();
    // tf-local's district has its own provenance; tf-coarse's is the record's; no tags, no source.
    expect(data.local).toEqual({
      locationSource: {
        own: true,
        reference: { basis: 'located by a second source (test fixture)' },
        evidence: [],
      },
      tagsSource: null,
    });
    expect(data.coarse.locationSource).toEqual({
      own: false,
      reference: { basis: 'test fixture' },
    });
  });

  it('flags a comparison with a region that has no data', async () => {
    const reports = (await ok(GAPS, { regions: ['td1', 'td2'] })).chainGaps;
    expect(reports.map((r: any) => [r.region.id, r.coverage.comparable])).toEqual([
      ['td1', true],
      ['td2', false],
    ]);
  });
});

const CANDIDATES = `query($includeLocal: Boolean) {
  fillCandidates(region: "数据区", chain: "信链", includeLocal: $includeLocal) {
    id expandLocally localPresence
    score { leader scale links expansion total evidenceShare }
    dossier { headquarters hqOutside listed reference recentProjects { id } }
    reasons
  } }`;

describe('fill candidates are really from outside, with scores that explain themselves', () => {
  it('leaves out firms whose group is in the region or that are located only at a coarser level', async () => {
    const list = (await ok(CANDIDATES)).fillCandidates;
    // Gaps of td1: tz2 (PIPELINE_ONLY) and tz3 (MISSING). tg-group (unit in td1) and tf-coarse
    // (city level) are not outside; tf-champ (td3), tg-rev and tg-norev are.
    expect(list.map((c: any) => c.id).sort()).toEqual(['tf-champ', 'tg-norev', 'tg-rev']);
    expect(list.every((c: any) => !c.expandLocally)).toBe(true);
    const withLocal = (await ok(CANDIDATES, { includeLocal: true })).fillCandidates;
    const local = Object.fromEntries(
      withLocal.filter((c: any) => c.expandLocally).map((c: any) => [c.id, c.localPresence]),
    );
    expect(local).toEqual({ 'tg-group': ['group'], 'tf-coarse': ['coarse'] });
  });

  it('keeps unknown scale and standing unknown and renormalises the total', async () => {
    const list = (await ok(CANDIDATES)).fillCandidates;
    const norev = list.find((c: any) => c.id === 'tg-norev');
    expect(norev.score).toMatchObject({ leader: null, scale: null, evidenceShare: 0.4 });
    expect(norev.reasons).toContain(
      '营收未知，规模不计分 / revenue unknown: scale left out of the score',
    );
    const champ = list.find((c: any) => c.id === 'tf-champ');
    expect(champ.score).toMatchObject({ leader: 0.6, scale: 1, evidenceShare: 1 });
    expect(champ.dossier).toMatchObject({
      headquarters: '龙头区',
      hqOutside: false,
      listed: null,
    });
  });
});

describe('rosters are not listings, and unknown money is not 0', () => {
  it('keeps a roster out of the pipeline and its moves', async () => {
    const data = await ok(`{
      pipeline(filter: { region: "td1" }) { period signed started statedSigned signedInvestmentYi startedInvestmentYi investmentKnownCount }
      all: pipeline { period districtId signed statedInProduction }
      pipelineMovements(filter: { region: "td1" }) { projects { id } }
      project(id: "tp-roster") { batches { period } rosters { list period region } }
    }`);
    // td1's period 2: 4 signed as a source states it, beside the 0 the graph can name.
    const row = (period: number, signed: number, started: number, statedSigned: number | null) => ({
      period,
      signed,
      started,
      statedSigned,
      signedInvestmentYi: period === 1 ? 15 : null,
      startedInvestmentYi: period === 2 ? 15 : null,
      investmentKnownCount: 1,
    });
    expect(data.pipeline).toEqual([row(1, 1, 0, null), row(2, 0, 1, 4)]);
    // Without a region, period 1 also has a campaign-wide row with the stated count, no district.
    expect(data.all).toEqual([
      { period: 1, districtId: 'td1', signed: 1, statedInProduction: null },
      { period: 1, districtId: null, signed: 0, statedInProduction: 10 },
      { period: 2, districtId: 'td1', signed: 0, statedInProduction: null },
    ]);
    expect(data.pipelineMovements.projects.map((p: any) => p.id)).toEqual(['tp-listed']);
    expect(data.project).toEqual({
      batches: [],
      rosters: [{ list: 'STARTED', period: 2, region: '数据区' }],
    });
  });

  it('sums only known investment, and says when none is known', async () => {
    const data = await ok(`{
      projectStats(groupBy: STATUS, filter: { region: "td1" }) { key projectCount investmentKnownCount totalInvestmentYi }
    }`);
    expect(data.projectStats).toEqual([
      {
        key: 'UNDER_CONSTRUCTION',
        projectCount: 2,
        investmentKnownCount: 1,
        totalInvestmentYi: 15,
      },
      // tp-nomoney and tp-resort: no investment known.
      { key: 'SIGNED', projectCount: 2, investmentKnownCount: 0, totalInvestmentYi: null },
    ]);
  });
});

describe('look-ups', () => {
  it('find a name written with full-width characters', async () => {
    // Stored with half-width brackets; asked with full-width ones (and a stray space).
    const data = await ok(
      '{ enterprise(name: " 外省集团（数据区）分公司") { id } chain(name: "信") { id } }',
    );
    expect(data).toEqual({ enterprise: { id: 'tg-unit' }, chain: { id: 'tz' } });
  });

  it('expose a 龙头 description apart from a 链主 designation', async () => {
    const data = await ok(
      '{ enterprise(id: "tf-lead") { leaderOf { chain { id } } leadingFirmOf { chain { id } region { id } } } }',
    );
    expect(data.enterprise).toEqual({
      leaderOf: [],
      leadingFirmOf: [{ chain: { id: 'tz' }, region: { id: 'td1' } }],
    });
  });
});
