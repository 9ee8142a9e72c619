import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { gql, startTestRuntime } from '../support/runtime.js';

// The analyses on the curated graph, checked against what the articles say.
let app: Runtime;
beforeAll(async () => {
  app = await startTestRuntime();
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
});
afterAll(() => app.stop());

async function ok(query: string) {
  const { body } = await gql(app.http.url, query);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

describe('modern food in 惠济区 (三全 and 思念 are its 龙头企业 per s004, not designated 链主)', () => {
  it('has 速冻食品 present with both leading firms, and gaps elsewhere in the chain', async () => {
    const data = await ok(
      '{ chainGaps(chain: "现代食品", regions: ["惠济区"]) { completeness { share missing } coverage { hasChainData notes } segments { segment { name } gapClass leaderCount leadingCount firms { name leadingBasis } } extensionPoints { segment { name } direction } } }',
    );
    const [r] = data.chainGaps;
    const frozen = r.segments.find((s: any) => s.segment.name === '速冻食品');
    expect(frozen).toMatchObject({ gapClass: 'PRESENT', leaderCount: 0, leadingCount: 2 });
    expect(frozen.firms.map((f: any) => [f.name, f.leadingBasis]).sort()).toEqual(
      [
        ['思念', ['described']],
        // 三全 is also a listed company (public knowledge, tagsBy reference).
        ['三全食品', ['described', 'tag']],
      ].sort(),
    );
    expect(r.completeness.missing).toBeGreaterThan(0);
    expect(r.coverage.hasChainData).toBe(true);
    expect(r.extensionPoints.map((p: any) => p.segment.name)).toContain('冷链物流');
  });

  it('lists firms and projects only when asked, through fragments too, with the same counts', async () => {
    const counts =
      'segment { id } gapClass presenceScore firmCount leadingCount projectsByStatus { signed underConstruction inProduction }';
    const bare = await ok(
      `{ chainMap(chain: "现代食品", region: "惠济区") { nodes { ${counts} } } }`,
    );
    const withFragment = await ok(
      `{ chainMap(chain: "现代食品", region: "惠济区") { nodes { ${counts} ...Sample } } }
       fragment Sample on SegmentGap { local: firms { name } projects { id } }`,
    );
    const nodes = withFragment.chainMap.nodes;
    expect(nodes.map(({ local: _l, projects: _p, ...n }: any) => n)).toEqual(bare.chainMap.nodes);
    const frozen = nodes.find((n: any) => n.segment.id === 'food-frozen');
    expect(frozen.local.map((f: any) => f.name).sort()).toEqual(['三全食品', '思念'].sort());
    // Asked inside a list of reports: chainGaps' segments are SegmentGap too.
    const gaps = await ok(
      '{ chainGaps(chain: "现代食品", regions: ["惠济区"]) { segments { segment { id } firms { id } } } }',
    );
    const frozenGap = gaps.chainGaps[0].segments.find((s: any) => s.segment.id === 'food-frozen');
    expect(frozenGap.firms).toHaveLength(2);
  });

  it('draws the same extension points on the chain map as the gap report lists', async () => {
    const fields = 'extensionPoints { segment { id } via { id } direction crossChain gapClass }';
    const map = await ok(`{ chainMap(chain: "现代食品", region: "惠济区") { ${fields} } }`);
    const gaps = await ok(`{ chainGaps(chain: "现代食品", regions: ["惠济区"]) { ${fields} } }`);
    expect(map.chainMap.extensionPoints).toEqual(gaps.chainGaps[0].extensionPoints);
    // 食品机械 supplies 速冻食品, which 惠济区 has (三全, 思念).
    expect(map.chainMap.extensionPoints).toContainEqual({
      segment: { id: 'food-machinery' },
      via: { id: 'food-frozen' },
      direction: 'UPSTREAM',
      crossChain: false,
      gapClass: 'MISSING',
    });
  });

  it('gives every chain’s completeness in 惠济区 at once, the same as each chain’s own report', async () => {
    const fields =
      'completeness { present weak pipelineOnly missing unknown weighted } dataCoverage { hasChainData chainFirms chainProjects }';
    const data = await ok(
      `{ chains { id } regionChains(region: "惠济区") { chain { id name } ${fields} }
         chainGaps(chain: "现代食品", regions: ["惠济区"]) { completeness { present weak pipelineOnly missing unknown weighted } coverage { hasChainData chainFirms chainProjects } } }`,
    );
    expect(data.regionChains.map((c: any) => c.chain.id)).toEqual(
      data.chains.map((c: any) => c.id),
    );
    const food = data.regionChains.find((c: any) => c.chain.name === '现代食品产业链');
    expect(food.completeness).toEqual(data.chainGaps[0].completeness);
    expect(food.dataCoverage).toEqual(data.chainGaps[0].coverage);
    // A chain the graph knows nothing of in 惠济区 says so: no data, not 0% complete.
    const blank = data.regionChains.find((c: any) => c.chain.name === '动力电池产业链');
    expect(blank.dataCoverage.hasChainData).toBe(false);
    expect(blank.completeness.weighted).toBeNull();
    expect(blank.completeness.present + blank.completeness.missing).toBe(0);
  });

  it('names the chain it does not know in regionChains', async () => {
    const { body } = await gql(
      app.http.url,
      '{ regionChains(region: "惠济区", chains: ["现代食品", "不存在的链"]) { chain { id } } }',
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'chains.1',
    });
  });

  it('names no designated 链主, and shows the 龙头 descriptions with their source', async () => {
    const data = await ok(
      '{ chainLeaders(chain: "现代食品", region: "惠济区") { name designated describedAsLeading { region evidence { sourceId } } } }',
    );
    expect(data.chainLeaders.filter((l: any) => l.designated)).toEqual([]);
    const described = data.chainLeaders.filter((l: any) => l.describedAsLeading.length);
    expect(described.map((l: any) => l.name).sort()).toEqual(['思念', '三全食品'].sort());
    for (const l of described)
      expect(l.describedAsLeading[0]).toMatchObject({
        region: 'zz-huiji',
        evidence: [{ sourceId: 's004' }],
      });
    // They rank first: described leaders come right after designated ones.
    expect(
      data.chainLeaders
        .slice(0, 2)
        .map((l: any) => l.name)
        .sort(),
    ).toEqual(['思念', '三全食品'].sort());
  });

  it('proposes only firms from outside the district, each with a reason and a path', async () => {
    const data = await ok(
      '{ fillCandidates(region: "惠济区", chain: "现代食品", first: 10) { id reasons paths { nodes { id } } score { total } } }',
    );
    expect(data.fillCandidates.length).toBe(10);
    const ids = data.fillCandidates.map((c: any) => c.id);
    const where = await ok(
      `{ ${ids.map((id: string, i: number) => `e${i}: enterprise(id: "${id}") { district { id } }`).join(' ')} }`,
    );
    for (const v of Object.values(where) as any[]) expect(v.district?.id).not.toBe('zz-huiji');
    const totals = data.fillCandidates.map((c: any) => c.score.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(data.fillCandidates[0].paths.length).toBeGreaterThan(0);
  });
});

describe('Zhengzhou-wide pictures', () => {
  it('finds local capacity in the NEV chain (BYD’s Zhengzhou plant) and compares districts in one call', async () => {
    const data = await ok(
      '{ chainGaps(chain: "新能源汽车", regions: ["郑州", "高新区"]) { region { id } completeness { share } segments { segment { id } firmCount } } }',
    );
    const [city, zone] = data.chainGaps;
    expect(city.region.id).toBe('zhengzhou');
    expect(
      city.segments.find((s: any) => s.segment.id === 'nev-passenger').firmCount,
    ).toBeGreaterThan(0);
    expect(city.completeness.share).toBeGreaterThanOrEqual(zone.completeness.share);
  });

  it('profiles each of the six 千亿级 clusters', async () => {
    const { clusters } = await ok('{ clusters(kind: LEADING_100BN, region: "郑州") { name } }');
    expect(clusters).toHaveLength(6);
    for (const c of clusters) {
      const data = await ok(
        `{ clusterProfile(cluster: "${c.name}") { region { id } coverage { chain { id } completeness { share } } } }`,
      );
      expect(data.clusterProfile[0].region.id).toBe('zhengzhou');
      expect(data.clusterProfile[0].coverage.length).toBeGreaterThan(0);
    }
  });

  it('shows 高新区 projects moving from 签约 to 开工 across periods', async () => {
    const data = await ok(
      '{ pipelineMovements(filter: { region: "高新区" }) { transitions { from to projects rosterBounded } } }',
    );
    // s003: five projects signed in period 5 were on the started list of 高新区's period-7 roster
    // (第五期签约转开工): a stated move, bounded in time by the roster.
    expect(data.pipelineMovements.transitions).toContainEqual(
      expect.objectContaining({ from: 'SIGNED', to: 'STARTED', projects: 5, rosterBounded: 5 }),
    );
  });
});
