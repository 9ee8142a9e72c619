import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { gql, startTestRuntime } from '../support/runtime.js';

let app: Runtime;
beforeAll(async () => {
  app = await startTestRuntime();
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
});
afterAll(() => app.stop());

const ok = async (query: string, variables: Record<string, unknown> = {}) => {
  const { status, body } = await gql(app.http.url, query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
};
const fails = async (query: string, variables: Record<string, unknown> = {}) => {
  const { status, body } = await gql(app.http.url, query, variables);
  expect(body.errors?.length, 'expected an error').toBeGreaterThan(0);
  return { status, error: body.errors![0] };
};

describe('lookups accept Chinese names, short names and ids', () => {
  it('finds an enterprise by its short name and navigates to its projects and chains', async () => {
    const data =
      await ok(`{ enterprise(name: "三全") { id name aliases leaderOf { chain { name } region { name } }
      leadingFirmOf { chain { name } region { name } }
      projects { project { name totalInvestmentYi figures(kinds: [TOTAL_INVESTMENT]) { valueYi stated unit evidence { source { id } start end } } } } } }`);
    expect(data.enterprise.name).toBe('三全食品');
    const project = data.enterprise.projects.find(
      (p: any) => p.project.name === '三全食品航空港工业园区项目',
    ).project;
    expect(project.totalInvestmentYi).toBe(24);
    expect(project.figures[0]).toMatchObject({
      valueYi: 24,
      stated: 24,
      unit: '亿元',
      evidence: [{ source: { id: 's001' } }],
    });
    // s004 calls 三全 a 龙头企业 of 惠济区; no source designates it 链主.
    expect(data.enterprise.leaderOf).toEqual([]);
    expect(data.enterprise.leadingFirmOf[0]).toMatchObject({
      chain: { name: '现代食品产业链' },
      region: { name: '惠济区' },
    });
  });

  it('places an enterprise and a project in their park and district (inherited field resolvers)', async () => {
    const data = await ok(
      '{ e: enterprise(id: "unis-computer") { district { id } park { id } } s: enterprise(id: "sanquan") { district { id } park { id } } }',
    );
    expect(data.e).toEqual({ district: { id: 'zz-gaoxin' }, park: { id: 'park-tianjianhu-aiot' } });
    expect(data.s).toEqual({ district: { id: 'zz-huiji' }, park: null });
  });

  it('finds a district by alias and by id, and walks the region tree both ways', async () => {
    const data = await ok(
      '{ a: district(name: "高新区") { id parent { name } } b: district(id: "zhengzhou") { name children { id } } }',
    );
    expect(data.a).toEqual({ id: 'zz-gaoxin', parent: { name: '郑州市' } });
    expect(data.b.children.map((c: any) => c.id)).toContain('zz-gaoxin');
  });

  it('returns a project’s stated capacity with its source span', async () => {
    const data = await ok(
      '{ project(name: "中原大数据中心") { capacity { stated unit evidence { sourceId start end } } } }',
    );
    expect(data.project.capacity).toEqual([
      {
        stated: 4000,
        unit: '架',
        evidence: [{ sourceId: 's000', start: expect.any(Number), end: expect.any(Number) }],
      },
    ]);
  });

  it('returns null for an unknown name and asks for an id or a name', async () => {
    expect((await ok('{ project(name: "不存在的项目") { id } }')).project).toBeNull();
    const { error } = await fails('{ project { id } }');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('project lists', () => {
  it.each([
    ['SIGNED', 6, 0],
    ['STARTED', 24, 1],
    ['IN_PRODUCTION', 7, 0],
  ])(
    '高新区 period-7 roster: the %s list holds %i projects the article counts; period-7 listings are only those stated',
    async (list, roster, listed) => {
      const q =
        'query($list: BatchList, $r: Boolean) { projects(filter: { region: "高新区", period: 7, list: $list, includeRosters: $r }) { totalCount } }';
      expect((await ok(q, { list, r: true })).projects.totalCount).toBe(roster);
      // s003 reports the 37 as the district's portfolio of seven periods, not as period-7 listings;
      // only 天健湖生命健康科技园（西区） is called a 第七期开工项目.
      expect((await ok(q, { list, r: false })).projects.totalCount).toBe(listed);
    },
  );

  it('includes sub-regions and parks in a region filter', async () => {
    const data = await ok(
      '{ city: projects(filter: { region: "郑州市" }) { totalCount } all: projects { totalCount } zone: projects(filter: { region: "高新区" }) { totalCount } }',
    );
    expect(data.city.totalCount).toBeGreaterThan(data.zone.totalCount);
    expect(data.city.totalCount).toBeLessThanOrEqual(data.all.totalCount);
  });

  it('filters by investment range and sorts by investment', async () => {
    const data = await ok(
      '{ projects(filter: { minInvestmentYi: 10 }, orderBy: { field: INVESTMENT, direction: DESC }, first: 50) { edges { node { name totalInvestmentYi } } } }',
    );
    const values = data.projects.edges.map((e: any) => e.node.totalInvestmentYi);
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v: number) => v >= 10)).toBe(true);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });

  it('pages through every project once with cursors', async () => {
    const { projects } = await ok('{ projects { totalCount } }');
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const data: any = await ok(
        'query($after: String) { projects(first: 7, after: $after, orderBy: { field: NAME }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...data.projects.edges.map((e: any) => e.node.id));
      if (!data.projects.pageInfo.hasNextPage) break;
      after = data.projects.pageInfo.endCursor;
    }
    expect(seen.length).toBe(projects.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each([
    ['{ projects(first: 1000) { totalCount } }', 'first'],
    ['{ projects(after: "nonsense") { totalCount } }', 'after'],
    ['{ projects(filter: { region: "火星区" }) { totalCount } }', 'filter.region'],
    ['{ projects(filter: { chain: "不存在链" }) { totalCount } }', 'filter.chain'],
    [
      '{ projects(filter: { minInvestmentYi: 5, maxInvestmentYi: 1 }) { totalCount } }',
      'filter.minInvestmentYi',
    ],
  ])('rejects bad arguments with BAD_USER_INPUT naming them: %s', async (query, argument) => {
    const { error } = await fails(query);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.argument).toBe(argument);
    expect(error.message).toContain(argument);
  });
});

describe('chains, parks and sources', () => {
  it('lists a chain’s segments upstream first with stages, and the segment graph both ways', async () => {
    const data = await ok(
      '{ chain(name: "新能源汽车") { segments { order segment { id stage suppliers { id } customers { id } } } } }',
    );
    const orders = data.chain.segments.map((s: any) => s.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(data.chain.segments[0].segment.stage).toBe('UPSTREAM');
    expect(data.chain.segments.some((s: any) => s.segment.customers.length > 0)).toBe(true);
  });

  it('lets a fact be checked against its source', async () => {
    const data = await ok('{ sources { id title sha256 } }');
    expect(data.sources).toHaveLength(5);
  });
});

describe('search', () => {
  it('finds an enterprise by short name, exact match first', async () => {
    const data = await ok(
      '{ search(text: "比亚迪") { kind matched node { ... on Enterprise { name } } } }',
    );
    expect(data.search[0]).toMatchObject({ kind: 'ENTERPRISE', matched: '比亚迪' });
  });

  it('matches substrings of Chinese names (phrase semantics) across kinds', async () => {
    const data = await ok('{ search(text: "食品", first: 50) { kind matched } }');
    expect(data.search.length).toBeGreaterThan(3);
    expect(data.search.every((h: any) => h.matched.includes('食品'))).toBe(true);
    expect(new Set(data.search.map((h: any) => h.kind)).size).toBeGreaterThan(1);
  });

  it('handles one-character text and kind filters', async () => {
    const data = await ok(
      '{ search(text: "港", types: [DISTRICT, PARK, PROJECT]) { kind matched } }',
    );
    expect(data.search.length).toBeGreaterThan(0);
    expect(
      data.search.every(
        (h: any) => h.matched.includes('港') && ['DISTRICT', 'PARK', 'PROJECT'].includes(h.kind),
      ),
    ).toBe(true);
  });

  it('treats query syntax as plain text and rejects empty text', async () => {
    await ok('{ search(text: "(比亚迪 OR *) \\"") { kind } }');
    const { error } = await fails('{ search(text: "  ") { kind } }');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
  });
});

describe('aggregations', () => {
  it('groups by status with counts that add up to the list total', async () => {
    const data = await ok(
      '{ projectStats(groupBy: STATUS) { key projectCount } projects { totalCount } }',
    );
    const sum = data.projectStats.reduce((s: number, g: any) => s + g.projectCount, 0);
    expect(sum).toBe(data.projects.totalCount);
  });

  it('groups a district’s projects and sums known investment in 亿元', async () => {
    const data = await ok(
      '{ projectStats(groupBy: DISTRICT, filter: { region: "经开区" }) { key projectCount investmentKnownCount totalInvestmentYi } }',
    );
    expect(data.projectStats).toHaveLength(1);
    expect(data.projectStats[0].key).toBe('zz-jingkai');
    expect(data.projectStats[0].totalInvestmentYi).toBeGreaterThan(0);
  });

  it('reports the 三个一批 pipeline per period and district with conversion', async () => {
    const data = await ok(
      '{ pipeline(filter: { region: "高新区" }) { period districtId signed started inProduction statedSigned statedStarted statedInProduction signedLaterStarted signedToStartedRate } }',
    );
    const p7 = data.pipeline.find((r: any) => r.period === 7 && r.districtId === 'zz-gaoxin');
    // s003 states 签约3 and 开工9 for 高新区 in period 7 and names one 第七期开工项目 (天健湖); the 37
    // of its roster are not period-7 listings.
    expect(p7).toMatchObject({
      signed: 0,
      started: 1,
      inProduction: 0,
      statedSigned: 3,
      statedStarted: 9,
      statedInProduction: null,
    });
    const p5 = data.pipeline.find((r: any) => r.period === 5);
    expect(p5.signedLaterStarted).toBeGreaterThan(0);
  });
});

describe('limits', () => {
  it('rejects a query deeper than the limit with a 400 before touching the database', async () => {
    const deep =
      '{ district(name: "郑州") { children { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } } }';
    const { status, error } = await fails(deep);
    expect(status).toBe(400);
    expect(error.message).toMatch(/depth/i);
  });

  it('rejects too many aliases', async () => {
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: sources { id }`).join(' ')} }`;
    const { status, error } = await fails(query);
    expect(status).toBe(400);
    expect(error.message).toMatch(/alias/i);
  });
});
