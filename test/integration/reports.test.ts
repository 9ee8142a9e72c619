import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { startTestRuntime } from '../support/runtime.js';
import { readTable } from '../support/tables.js';

/**
 * The BI report routes on the seed graph: every report in every format, each format read back by
 * an independent reader and compared with the JSON, paging, caching and status codes.
 */
let app: Runtime;
beforeAll(async () => {
  app = await startTestRuntime({ AUTH_CACHE_MS: '0' });
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
});
afterAll(() => app?.stop());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${app.http.url}${path}`, { headers });

interface Envelope {
  report: string;
  data: Record<string, unknown>[];
  page: number;
  pageSize: number;
  offset: number;
  total: number;
  hasMore: boolean;
  columns: { name: string; label: { zh: string; en: string }; type: string }[];
}

async function json(path: string): Promise<{ res: Response; body: Envelope }> {
  const res = await get(path);
  const body = (await res.json()) as Envelope;
  expect(res.status, JSON.stringify(body).slice(0, 400)).toBe(200);
  return { res, body };
}

/** Each report with the parameters an analyst would pass on the seed graph. */
const CALLS: Record<string, string> = {
  enterprises: 'chain=现代食品&region=郑州',
  projects: 'region=高新区&sort=INVESTMENT&direction=DESC',
  'chain-gaps': 'chain=现代食品&region=郑州,高新区',
  'fill-candidates': 'region=郑州&chain=现代食品',
  'project-stats': 'groupBy=DISTRICT',
  pipeline: 'region=郑州',
  'cluster-profile': 'cluster=现代食品',
  'chain-graph-nodes': 'chain=现代食品&region=郑州',
  'chain-graph-edges': 'chain=现代食品&region=郑州',
};
const url = (name: string, extra = '') => {
  const q = new URLSearchParams(CALLS[name]);
  for (const [k, v] of new URLSearchParams(extra)) q.set(k, v);
  return `/api/v1/reports/${name}?${q}`;
};

describe('the catalog', () => {
  it('lists every report with its parameters, columns and formats', async () => {
    const res = await get('/api/v1/reports');
    expect(res.status).toBe(200);
    const { reports } = (await res.json()) as { reports: { name: string; url: string }[] };
    expect(reports.map((r) => r.name).sort()).toEqual(Object.keys(CALLS).sort());
    expect(reports[0]).toMatchObject({ formats: ['json', 'csv', 'xlsx'] });
  });

  it('serves an OpenAPI 3.1 document', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/reports/fill-candidates');
  });
});

describe.each(Object.keys(CALLS))('report %s', (name) => {
  it('gives flat rows at $.data[*] with the columns of the catalog, and some rows', async () => {
    const { res, body } = await json(url(name));
    expect(body.report).toBe(name);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.total).toBe(body.data.length);
    expect(res.headers.get('x-total-count')).toBe(String(body.total));
    const names = body.columns.map((c) => c.name);
    for (const row of body.data) {
      expect(Object.keys(row)).toEqual(names);
      for (const [i, c] of body.columns.entries()) {
        const v = row[names[i]!];
        if (v === null) continue;
        const want = { string: 'string', date: 'string', boolean: 'boolean' }[c.type] ?? 'number';
        expect(typeof v, `${name}.${c.name}`).toBe(want);
        if (c.type === 'integer') expect(Number.isInteger(v)).toBe(true);
        if (c.type === 'date') expect(v).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });

  it('gives the same table as CSV (RFC 4180, UTF-8 with BOM), read by Python’s csv module', async () => {
    const { body } = await json(url(name));
    const res = await get(url(name, 'format=csv'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="?${name}\\.csv"?; filename\\*=UTF-8''%`),
    );
    const table = readTable(Buffer.from(await res.arrayBuffer()));
    expect(table.bom).toBe(true);
    expect(table.crlf).toBe(true);
    expect(table.header).toEqual(body.columns.map((c) => c.name));
    expect(table.rows).toEqual(
      body.data.map((row) =>
        Object.values(row).map((v) =>
          v === null ? '' : typeof v === 'boolean' ? String(v) : String(v),
        ),
      ),
    );
  });

  it('gives the same table as XLSX with typed cells, read without the writer’s library', async () => {
    const { body } = await json(url(name));
    const res = await get(url(name, 'format=xlsx&header=zh'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const table = readTable(Buffer.from(await res.arrayBuffer()));
    expect(table.sheets).toHaveLength(2);
    expect(table.header).toEqual(body.columns.map((c) => c.label.zh));
    expect(table.rows).toEqual(body.data.map((row) => Object.values(row)));
  });
});

describe('Chinese, checked against the articles', () => {
  it('keeps Chinese names intact in every format', async () => {
    const { body } = await json(url('enterprises'));
    expect(body.data.map((r) => r.name)).toContain('三全食品');
    const csv = readTable(
      Buffer.from(await (await get(url('enterprises', 'format=csv&header=zh'))).arrayBuffer()),
    );
    expect(csv.header.slice(0, 3)).toEqual(['企业编号', '企业名称', '简称']);
    expect(csv.rows.map((r) => r[1])).toContain('三全食品');
  });

  it('counts 高新区’s 第七期 签约一批 as the article does (6, on the district’s roster)', async () => {
    const { body } = await json(
      '/api/v1/reports/projects?region=高新区&period=7&list=SIGNED&includeRosters=true',
    );
    expect(body.total).toBe(6);
    expect(body.data.map((r) => r.name)).toContain('优必选人工智能自主创新基地');
    expect(body.data.every((r) => r.statusLabel === '签约')).toBe(true);
  });

  it('says unknown, not zero, where the graph does not know an investment', async () => {
    const { body } = await json(url('project-stats'));
    const gaoxin = body.data.find((r) => r.key === 'zz-gaoxin')!;
    expect(gaoxin.projectCount).toBeGreaterThan(0);
    if (gaoxin.investmentKnownCount === 0) expect(gaoxin.totalInvestmentYi).toBeNull();
  });
});

describe('paging', () => {
  it('walks a connection report page by page through Link rel="next"; the pages add up', async () => {
    const { body: whole } = await json(url('enterprises', 'pageSize=10000'));
    expect(whole.total).toBeGreaterThan(4);
    const seen: unknown[] = [];
    let next: string | null = url('enterprises', 'pageSize=3');
    let pages = 0;
    while (next) {
      const res = await get(next.replace(app.http.url, '').replace(/^http:\/\/[^/]+/, ''));
      const body = (await res.json()) as Envelope;
      expect(res.headers.get('x-total-count')).toBe(String(whole.total));
      seen.push(...body.data);
      pages += 1;
      const link = res.headers.get('link');
      expect(Boolean(link)).toBe(body.hasMore);
      next = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1]! : null;
    }
    expect(pages).toBe(Math.ceil(whole.total / 3));
    expect(seen).toEqual(whole.data);
  });

  it('reads a connection report of more rows than one GraphQL page in chunks, in order', async () => {
    const { body: all } = await json('/api/v1/reports/enterprises?pageSize=10000');
    expect(all.total).toBeGreaterThan(100);
    expect(all.data).toHaveLength(all.total);
    expect(new Set(all.data.map((r) => r.id)).size).toBe(all.total);
    const { body: slice } = await json('/api/v1/reports/enterprises?offset=95&limit=110');
    expect(slice.data).toEqual(all.data.slice(95, 205));
    expect(slice.hasMore).toBe(all.total > 205);
  });

  it('cuts a list report by offset/limit, with the same total', async () => {
    const { body: all } = await json(url('chain-gaps'));
    const { res, body } = await json(url('chain-gaps', 'offset=4&limit=5'));
    expect(body.data).toEqual(all.data.slice(4, 9));
    expect(body.total).toBe(all.total);
    expect(res.headers.get('link')).toMatch(/offset=9&limit=5>; rel="next"$/);
  });

  it('numbers rows by their place in the whole report', async () => {
    const { body } = await json(url('fill-candidates', 'page=2&pageSize=3'));
    expect(body.data.map((r) => r.rank)).toEqual([4, 5, 6].slice(0, body.data.length));
  });
});

describe('caching', () => {
  it('answers 304 to If-None-Match with the ETag, and a short private Cache-Control', async () => {
    const first = await get(url('chain-gaps', 'format=csv'));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, max-age=60');
    const again = await get(url('chain-gaps', 'format=csv'), { 'if-none-match': etag });
    expect(again.status).toBe(304);
    const other = await get(url('chain-gaps', 'format=json'), { 'if-none-match': etag });
    expect(other.status).toBe(200);
  });
});

describe('status codes', () => {
  const error = async (path: string, status: number, init: RequestInit = {}) => {
    const res = await fetch(`${app.http.url}${path}`, init);
    expect(res.status).toBe(status);
    const body = (await res.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    return body.errors[0]!;
  };

  it('400 naming the bad parameter', async () => {
    expect(await error('/api/v1/reports/chain-gaps?region=郑州', 400)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'chain' },
    });
    expect(await error(url('projects', 'period=first'), 400)).toMatchObject({
      extensions: { argument: 'period' },
    });
    expect(await error(url('projects', 'format=pdf'), 400)).toMatchObject({
      extensions: { argument: 'format' },
    });
  });

  it('400 naming the parameter when the graph knows no such name', async () => {
    const e = await error('/api/v1/reports/chain-gaps?chain=不存在的链&region=郑州', 400);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'chain' });
    expect(e.message).toContain('不存在的链');
  });

  it('404 for an unknown report or route, 405 for other methods', async () => {
    expect(await error('/api/v1/reports/nothing', 404)).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await error('/api/v1/nothing', 404)).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    const res = await fetch(`${app.http.url}${url('pipeline')}`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
  });

  it('503 with Retry-After while the database is down, and back by itself', async () => {
    app.db.markDown('test: the database is down');
    try {
      const res = await get(url('pipeline'));
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(
        ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
          .code,
      ).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await app.db.ping();
    }
    expect((await get(url('pipeline'))).status).toBe(200);
  });
});
