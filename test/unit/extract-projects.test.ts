import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
  extractClusters,
  extractEvents,
  extractLeaders,
  extractProjects,
  extractStatedCounts,
  segmentsOf,
  type Gazetteer,
} from '../../src/ingest/extract-projects.js';

// The project extractor on the articles written for the tests (invented facts,
// test/fixtures/articles/*.projects.json holds what each should yield).
const gaz: Gazetteer = {
  regions: [
    { id: 'zhengzhou', kind: 'district', names: ['郑州市', '郑州'], coarse: true },
    { id: 'zz-jingkai', kind: 'district', names: ['郑州经济技术开发区', '经开区', '郑州经开区'] },
    {
      id: 'zz-hangkonggang',
      kind: 'district',
      names: ['郑州航空港经济综合实验区', '航空港区', '航空港'],
    },
  ],
  enterprises: [],
};

describe.each(['zz-projects-2024', 'zz-fair-2024', 'zz-sgyp-12'])('projects in %s', (name) => {
  const text = readFileSync(`test/fixtures/articles/${name}.txt`, 'utf8');
  const expected = JSON.parse(
    readFileSync(`test/fixtures/articles/${name}.projects.json`, 'utf8'),
  ) as unknown[];
  const found = extractProjects(text, gaz);

  it('finds each project with its status, place, enterprises and 三个一批 lists', () => {
    expect(
      found.map((c) => ({
        name: c.name,
        status: c.status,
        district: c.district,
        park: c.park,
        enterprises: c.enterprises.map((e) => e.name),
        memberships: c.memberships.map(({ period, list, region }) => ({ period, list, region })),
      })),
    ).toEqual(expected);
  });

  it('points each project and each membership at the text that states it', () => {
    for (const c of found) {
      expect(text.slice(c.start, c.end).replace(/\s/g, '')).toBe(c.name);
      for (const m of c.memberships) {
        const stated = text.slice(m.start, m.end).replace(/\s/g, '');
        expect(stated).toContain(c.name.slice(0, 4));
      }
    }
  });
});

describe('the rules', () => {
  it('reads a name broken across lines as one name, with offsets into the original text', () => {
    const text =
      '“开工一批”项目2个：测试智能传\n感器生产基地项目、测试数据中心（一期），总投资9亿元。';
    const [a, b] = extractProjects(text, gaz);
    expect(a?.name).toBe('测试智能传感器生产基地项目');
    expect(text.slice(a!.start, a!.end)).toBe('测试智能传\n感器生产基地项目');
    expect(b?.name).toBe('测试数据中心（一期）');
  });

  it('keeps a roster (现有N期…) apart from a period listing, and reads period notes', () => {
    const text =
      '经开区现有七期“三个一批”项目3个。“开工一批”项目2个：测试甲项目、测试乙基地项目（第五期签约转开工项目），总投资5亿元。';
    const found = extractProjects(text, gaz);
    expect(found.map((c) => c.memberships.map((m) => [m.period, m.list, m.region]))).toEqual([
      [
        [7, 'started', 'zz-jingkai'],
        [5, 'signed', null],
      ],
      [
        [7, 'started', 'zz-jingkai'],
        [5, 'signed', null],
      ],
    ]);
  });

  it("does not take a project's parts, a list of parks, or phrases for projects", () => {
    expect(
      extractProjects(
        '该项目涵盖测试研发中心、测试检测中心、测试数据中心等模块。以测试甲产业园、测试乙产业园等园区建设为载体。坚持项目为王，推进重大项目建设。',
        gaz,
      ),
    ).toEqual([]);
  });

  it('reads the counts stated for a period’s lists, with the district its sentence names', () => {
    const text =
      '全省第十二期“三个一批”项目建设活动举行，“签约一批”项目751个。郑州经开区“开工一批”项目9个，“投产一批”项目2个。';
    expect(
      extractStatedCounts(text, gaz).map(({ period, list, region, count }) => [
        period,
        list,
        region,
        count,
      ]),
    ).toEqual([
      [12, 'signed', null, 751],
      [12, 'started', 'zz-jingkai', 9],
      [12, 'in_production', 'zz-jingkai', 2],
    ]);
  });

  it('reads a region’s clusters, with their class and the chains named by them', () => {
    const g = {
      ...gaz,
      regions: gaz.regions.map((r) => ({ ...r, level: r.coarse ? 'city' : 'functional_zone' })),
      chains: [{ id: 'electronics', names: ['电子信息产业链', '电子信息'] }],
    };
    const found = extractClusters(
      '郑州市形成电子信息、汽车、铝及铝精深加工3个千亿级主导产业集群。经开区将聚焦现代物流、生物医药等新兴产业。围绕网络通信、物联网等领域招商。',
      g,
    );
    expect(found.map((c) => [c.core, c.region, c.kind, c.chains])).toEqual([
      ['电子信息', 'zhengzhou', 'leading_100bn', ['electronics']],
      ['汽车', 'zhengzhou', 'leading_100bn', []],
      ['铝及铝精深加工', 'zhengzhou', 'leading_100bn', []],
      ['现代物流', 'zz-jingkai', 'district_focus', []],
      ['生物医药', 'zz-jingkai', 'district_focus', []],
    ]);
  });

  it('reads a 链主 designation only when firm, chain and place are all named', () => {
    const g = { ...gaz, chains: [{ id: 'automobile', names: ['汽车产业链', '汽车'] }] };
    const found = extractLeaders(
      '测试车桥有限公司是经开区汽车产业链链主企业。我市引进了一批“链主”项目。一批链主企业落户。',
      g,
    );
    expect(found.map((l) => [l.enterprise.name, l.chain, l.region])).toEqual([
      ['测试车桥有限公司', 'automobile', 'zz-jingkai'],
    ]);
  });

  it('reads events held, with their month, year and place, not events only planned', () => {
    const found = extractEvents(
      '去年6月，第三届测试数字经济博览会在郑州开幕。同年9月，2023测试产业对接活动(河南)在郑州举行。明年还将办好测试投资洽谈会。',
      gaz,
      2024,
    );
    expect(found.map((e) => [e.name, e.kind, e.date, e.region])).toEqual([
      ['第三届测试数字经济博览会', 'investment_fair', '2023-06', 'zhengzhou'],
      ['2023测试产业对接活动(河南)', 'investment_fair', '2023-09', 'zhengzhou'],
    ]);
  });

  it("proposes the segments a project's name names, the longest name winning", () => {
    const segments = [
      { id: 'sen-gas', names: ['气体传感器', '气敏传感器'] },
      { id: 'sen-sensors', names: ['传感器', '敏感元件'] },
      { id: 'battery-cell', names: ['锂离子电池电芯', '电芯'] },
    ];
    expect(segmentsOf('新建年产150万只气体传感器生产线项目', segments)).toEqual([
      { segment: 'sen-gas', by: '气体传感器' },
    ]);
    // Two-character names (电芯) are too loose alone.
    expect(segmentsOf('测试电芯工厂项目', segments)).toEqual([]);
  });

  it("keeps a roster's counts apart from a period's listing counts", () => {
    const text =
      '全省第七期“三个一批”项目建设活动举行，经开区“签约一批”项目3个。经开区现有七期“三个一批”项目8个。“签约一批”项目6个：测试甲项目、测试乙项目。';
    expect(
      extractStatedCounts(text, gaz).map(({ list, region, count, roster }) => [
        list,
        region,
        count,
        roster,
      ]),
    ).toEqual([
      ['signed', 'zz-jingkai', 3, false],
      ['signed', 'zz-jingkai', 6, true],
    ]);
  });

  it("reads a group's registered name whole (集团有限公司), not cut at 集团", () => {
    const [p] = extractProjects(
      '“签约一批”项目1个：测试中桥集团有限公司半导体封装项目，总投资3亿元。',
      gaz,
    );
    expect(p?.enterprises.map((e) => e.name)).toEqual(['测试中桥集团有限公司']);
  });

  it("reads a project's land and floor areas from its sentence, in 亩 and m², with their spans", () => {
    const text =
      '测试甲产业园项目总占地15公顷，总投资9亿元，建筑面积12万平方米。测试乙科技园项目建设中。';
    const [a, b] = extractProjects(text, gaz);
    expect(a).toMatchObject({
      name: '测试甲产业园项目',
      landAreaMu: { value: 225 },
      floorAreaSqm: { value: 120_000 },
    });
    expect(text.slice(a!.landAreaMu!.start, a!.landAreaMu!.end)).toBe('总占地15公顷');
    expect(b?.landAreaMu).toBeUndefined();
  });

  it('reads Chinese numerals of periods', () => {
    expect([
      chineseNumber('七'),
      chineseNumber('十一'),
      chineseNumber('二十'),
      chineseNumber('12'),
    ]).toEqual([7, 11, 20, 12]);
  });
});
