import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore } from '../../src/auth/key-store.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { importList, rejectsCsv, type ListSummary } from '../../src/lists/import-list.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { gql, startTestRuntime } from '../support/runtime.js';

// Importing enterprise lists (test/fixtures/lists: invented firms) into the seed graph.
const GBK_LIST = 'test/fixtures/lists/zhuanjingtexin-gbk.csv';
const NEW_FIRM = 'e-91410108ma9text01x'; // row 1: 郑州测试速冻食品有限公司
const PARK_FIRM = 'e-91410100ma9text04k'; // row 6: its address names 安图生物体外诊断产业园

let app: Runtime;
beforeAll(async () => {
  app = await startTestRuntime();
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
  await importDataset(app.db, 'test/fixtures/lists/same-name-firms.json');
});
afterAll(() => app?.stop());

async function ok(query: string) {
  const { body } = await gql(app.http.url, query);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const frozenFirms = async () =>
  (
    await ok(
      '{ chainGaps(chain: "现代食品", regions: ["惠济区"]) { segments { segment { id } firmCount } } }',
    )
  ).chainGaps[0].segments.find((s: any) => s.segment.id === 'food-frozen').firmCount as number;

const importGbk = (dryRun = false) =>
  importList(app.db, readFileSync(GBK_LIST), 'zhuanjingtexin-gbk.csv', {
    title: '测试专精特新企业名单',
    date: '2024-06',
    dryRun,
  });

describe('an enterprise list in GBK', () => {
  let summary: ListSummary;
  let firmsBefore: number;

  it('dry run: says what would change and writes nothing', async () => {
    firmsBefore = await frozenFirms();
    const dry = await importGbk(true);
    expect(dry).toMatchObject({ dryRun: true, created: 3, updated: 1, rejected: 1, held: 2 });
    expect(dry.source.encoding).toBe('gbk');
    const [row] = await app.db.read('dataset/stored-identities', {
      uids: [`Source:${dry.source.id}`, `Enterprise:${NEW_FIRM}`],
    });
    expect(row).toBeUndefined();
  });

  it('reads the columns by their Chinese headers and decides every row', async () => {
    summary = await importGbk();
    expect(summary.columns).toMatchObject({
      name: '企业名称',
      creditCode: '统一社会信用代码',
      address: '注册地址',
      industryCode: '国民经济行业代码',
      registeredCapital: '注册资本（万元）',
      foundedOn: '成立日期',
      tags: '企业资质',
    });
    expect(summary).toMatchObject({ created: 3, updated: 1, rejected: 1, held: 2 });
    const why = Object.fromEntries(summary.issues.map((i) => [i.row, i]));
    // Row numbers are the spreadsheet's (the header is row 1).
    expect(why[4]).toMatchObject({ outcome: 'rejected', name: '郑州错码科技有限公司' });
    expect(why[4]!.reason).toContain('check character');
    expect(why[5]).toMatchObject({ outcome: 'held' });
    expect(why[5]!.reason).toContain('row 2');
    // 测试同名企业 is the short name of two firms: held for a person, not guessed.
    expect(why[6]).toMatchObject({ outcome: 'held' });
    expect(why[6]!.reason).toMatch(/test-same-name-a.*test-same-name-b/);
    // Row 8 (北京, code 9999): written, without a chain segment.
    expect(summary.unmapped).toBeGreaterThanOrEqual(1);
  });

  it('writes a new firm with its location, segment, tags, code, founding date and capital, each sourced to its row', async () => {
    const { enterprise: e } = await ok(`{ enterprise(id: "${NEW_FIRM}") {
      name aliases tags creditCode industryCode foundedOn
      district { id } segments { segment { id } basis }
      figures { kind valueYi stated unit }
      evidence { sourceId start end } } }`);
    expect(e).toMatchObject({
      name: '郑州测试速冻食品有限公司',
      aliases: ['测试速冻'],
      creditCode: '91410108MA9TEXT01X',
      industryCode: '1432', // C1432 in the list: the section letter is dropped
      foundedOn: '2015-06-01',
      district: { id: 'zz-huiji' },
    });
    expect(e.tags.sort()).toEqual(['专精特新', '高新技术企业'].sort());
    expect(e.segments).toEqual([
      { segment: { id: 'food-frozen' }, basis: expect.stringContaining('GB/T 4754-2017 1432') },
    ]);
    expect(e.figures).toEqual([
      { kind: 'REGISTERED_CAPITAL', valueYi: 0.5, stated: 5000, unit: '万元' },
    ]);
    // The span is the row's line in the list's text, which the graph keeps.
    const [span] = e.evidence;
    expect(span.sourceId).toBe(summary.source.id);
    const [src] = await app.db.raw(
      'MATCH (s:Source {id: $id}) RETURN s.text AS text, s.kind AS kind, s.title AS title',
      { id: span.sourceId },
      'READ',
    );
    expect(src).toMatchObject({ kind: 'list', title: '测试专精特新企业名单' });
    const line = String(src!.text).slice(span.start, span.end);
    expect(line).toContain('郑州测试速冻食品有限公司');
    expect(line).toContain('91410108MA9TEXT01X');
    // The chain map sees it: 惠济区 has one more 速冻食品 firm.
    expect(await frozenFirms()).toBe(firmsBefore + 1);
  });

  it('places a firm in the park its address names', async () => {
    const { enterprise: e } = await ok(
      `{ enterprise(id: "${PARK_FIRM}") { park { id } district { id } segments { segment { id } } } }`,
    );
    expect(e.park.id).toBe('park-autobio-ivd');
    expect(e.segments).toEqual([{ segment: { id: 'bio-biologics' } }]);
  });

  it('matches an existing firm by name and adds what the list states, keeping the article’s facts', async () => {
    const { enterprise: e } = await ok(
      '{ enterprise(id: "sanquan") { creditCode foundedOn tags evidence { sourceId } } }',
    );
    expect(e.creditCode).toBe('91410100MA9TEXT02D');
    expect(e.foundedOn).toBe('2001-03-01');
    const sources = e.evidence.map((x: any) => x.sourceId);
    expect(sources).toContain(summary.source.id);
    expect(sources.some((s: string) => s.startsWith('s0'))).toBe(true);
    // Its tags rest on a reference (上市公司, public knowledge): the list's 专精特新 is not mixed in.
    expect(e.tags).not.toContain('专精特新');
    expect(summary.notes.some((n) => n.row === 3 && n.note.includes('reference'))).toBe(true);
  });

  it('records the list’s change to an existing firm in its history', async () => {
    const { history } = await ok(
      '{ history(kind: ENTERPRISE, id: "sanquan") { reason actor operation changedFields } }',
    );
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      reason: 'enterprise list 测试专精特新企业名单, row 3',
      actor: 'list import',
      operation: 'UPDATE',
    });
    expect(history[0].changedFields).toEqual(expect.arrayContaining(['creditCode', 'evidence']));
    // A firm the list created has its creation in its history, with the list's row.
    const created = await ok(
      `{ history(kind: ENTERPRISE, id: "${NEW_FIRM}") { reason operation versionBefore versionAfter } }`,
    );
    expect(created.history).toEqual([
      {
        reason: 'enterprise list 测试专精特新企业名单, row 2',
        operation: 'CREATE',
        versionBefore: null,
        versionAfter: 1,
      },
    ]);
  });

  it('changes nothing when the same list is imported again', async () => {
    const again = await importGbk();
    expect(again).toMatchObject({ created: 0, updated: 0, rejected: 1, held: 2 });
    expect(again.unchanged).toBe(4);
  });

  it('writes the rows it did not take to a rejects CSV a spreadsheet opens', () => {
    const csv = rejectsCsv(summary, [
      '序号',
      '企业名称',
      '企业简称',
      '统一社会信用代码',
      '注册地址',
      '国民经济行业代码',
      '注册资本（万元）',
      '成立日期',
      '企业资质',
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['行号 row'])).toEqual(['4', '5', '6']);
    expect(rows[0]!['企业名称']).toBe('郑州错码科技有限公司');
    expect(rows[2]!['原因 reason']).toContain('several firms');
  });
});

describe('an enterprise list in XLSX with English headers', () => {
  it('matches by 统一社会信用代码, resolves a district alias and records revenue', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('List');
    sheet.addRow([
      'Company name',
      'USCC',
      'District',
      'Industry code',
      'Tags',
      'Revenue 2023 (亿元)',
    ]);
    // The first firm again, by its code under another spelling of its name.
    sheet.addRow(['郑州测试速冻食品股份公司', '91410108MA9TEXT01X', '惠济区', '1432', '规上', 3.2]);
    sheet.addRow(['郑州测试传感器有限公司', '', '高新区', '3983', '专精特新;小巨人', '']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const summary = await importList(app.db, bytes, 'sensors.xlsx', { title: '测试传感器名单' });
    expect(summary.source.encoding).toBe('xlsx');
    expect(summary).toMatchObject({ created: 1, updated: 1, rejected: 0, held: 0 });
    const { enterprise: e } = await ok(
      `{ enterprise(id: "${NEW_FIRM}") { aliases tags figures { kind valueYi year } } }`,
    );
    expect(e.aliases).toContain('郑州测试速冻食品股份公司');
    expect(e.tags).toContain('规上企业');
    // The header's year is the revenue's.
    expect(e.figures).toContainEqual({ kind: 'REVENUE', valueYi: 3.2, year: 2023 });
    const { enterprises } = await ok(
      '{ enterprises(filter: { region: "高新区", text: "郑州测试传感器" }) { edges { node { tags district { id } segments { segment { id } } } } } }',
    );
    const sensor = enterprises.edges[0].node;
    expect(sensor.district.id).toBe('zz-gaoxin');
    expect(sensor.tags.sort()).toEqual(['专精特新', '小巨人'].sort());
    expect(sensor.segments).toEqual([{ segment: { id: 'sen-sensors' } }]);
  });

  it('holds a row whose short name alone matches a firm, and reads 非上市 as no tag', async () => {
    const csv = Buffer.from(
      '企业名称,简称,企业资质\r\n郑州三全重工有限公司,三全,非上市\r\n',
      'utf8',
    );
    const summary = await importList(app.db, csv, 'short-names.csv', { title: '简称测试' });
    expect(summary).toMatchObject({ created: 0, held: 1 });
    expect(summary.issues[0]!.reason).toContain('only the short name');
  });

  it("stores a listed firm's stock code and tags it 上市公司; a malformed code is left out with a note", async () => {
    const csv = Buffer.from(
      '企业名称,股票代码,所在区县\r\n郑州测试上市科技股份有限公司,301234.SZ,高新区\r\n郑州测试未上市科技有限公司,上市中,高新区\r\n',
      'utf8',
    );
    const summary = await importList(app.db, csv, 'listed.csv', { title: '上市测试' });
    expect(summary).toMatchObject({ created: 2 });
    expect(summary.notes.map((n) => n.note)).toContainEqual(
      expect.stringContaining('“上市中” is not a stock code'),
    );
    const { enterprises } = await ok(
      '{ enterprises(filter: { text: "郑州测试" , region: "高新区" }, first: 50) { edges { node { name stockCode tags } } } }',
    );
    const byName = Object.fromEntries(enterprises.edges.map((e: any) => [e.node.name, e.node]));
    expect(byName['郑州测试上市科技股份有限公司']).toMatchObject({
      stockCode: '301234.SZ',
      tags: ['上市公司'],
    });
    expect(byName['郑州测试未上市科技有限公司']).toMatchObject({ stockCode: null, tags: [] });
  });

  it('refuses a list without a name column, naming the headers it found', async () => {
    const bad = Buffer.from('代码,地址\r\n123,郑州\r\n', 'utf8');
    await expect(importList(app.db, bad, 'bad.csv')).rejects.toMatchObject({
      message: expect.stringContaining('代码, 地址'),
    });
  });
});

describe('the import over HTTP', () => {
  it('takes a list as the body for an editor, and refuses readers', async () => {
    const url = `${app.http.url}/api/v1/imports/enterprises?title=${encodeURIComponent('测试名单')}&dryRun=true`;
    const body = readFileSync(GBK_LIST);
    const anonymous = await fetch(url, { method: 'POST', body });
    expect(anonymous.status).toBe(403);
    const { key } = await new KeyStore(app.db, 0).create('名单导入', 'editor');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'text/csv' },
      body,
    });
    expect(res.status).toBe(200);
    const summary = (await res.json()) as ListSummary;
    expect(summary).toMatchObject({ dryRun: true, created: 0, rejected: 1, held: 2 });
    const rejects = await fetch(`${url}&format=csv`, {
      method: 'POST',
      headers: { 'x-api-key': key },
      body,
    });
    expect(rejects.headers.get('content-type')).toContain('text/csv');
    expect(await rejects.text()).toContain('郑州错码科技有限公司');
  });
});
