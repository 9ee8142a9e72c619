import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { KeyStore } from '../../src/auth/key-store.js';
import type { Role } from '../../src/auth/roles.js';
import type { Database } from '../../src/db/database.js';
import { documentId } from '../../src/server/trusted-documents.js';
import type { Runtime } from '../../src/runtime.js';
import { testDatabase } from '../support/database.js';
import { startTestRuntime } from '../support/runtime.js';

/**
 * Who may read what: API keys (hashes in the graph, roles, revocation), the anonymous policy,
 * rate limits, trusted documents, GET on /graphql with its CSRF rule, and CORS.
 */
let db: Database;
const apps: Runtime[] = [];
beforeAll(async () => {
  db = testDatabase();
  await dropKeys();
});
afterEach(dropKeys);
afterAll(async () => {
  await Promise.all(apps.map((a) => a.stop()));
  await db.close();
});

async function dropKeys() {
  await db.raw('MATCH (k:ApiKey) DETACH DELETE k', {}, 'WRITE');
}

async function start(env: Record<string, string> = {}) {
  const app = await startTestRuntime({ AUTH_CACHE_MS: '0', ...env });
  apps.push(app);
  return app;
}

const newKey = (role: Role = 'reader', rate: number | null = null) =>
  new KeyStore(db, 0).create(`test ${role}`, role, rate);

const QUERY = '{ chains { id } }';
const post = (
  app: Runtime,
  headers: Record<string, string> = {},
  body: unknown = { query: QUERY },
) =>
  fetch(`${app.http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const codeOf = async (res: Response) =>
  ((await res.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions
    .code;

describe('API keys', () => {
  let app: Runtime;
  beforeAll(async () => {
    app = await start();
  });

  it('are stored as a hash only, and shown once', async () => {
    const key = await newKey();
    expect(key.key).toMatch(/^cak_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    const [row] = await db.raw('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS p', {
      id: key.id,
    });
    const stored = JSON.stringify(row!.p);
    expect(stored).not.toContain(key.key.slice(15));
    expect(row!.p).toMatchObject({ role: 'reader', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('end anonymous reads on loopback as soon as one exists', async () => {
    expect((await post(app)).status).toBe(200);
    const key = await newKey();
    const refused = await post(app);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await codeOf(refused)).toBe('UNAUTHENTICATED');
    expect((await post(app, { authorization: `Bearer ${key.key}` })).status).toBe(200);
    expect((await post(app, { 'x-api-key': key.key })).status).toBe(200);
    expect((await post(app, { 'x-api-key': `${key.key}x` })).status).toBe(401);
  });

  it('are accepted in the address on report routes only', async () => {
    const key = await newKey();
    const report = await fetch(
      `${app.http.url}/api/v1/reports/project-stats?groupBy=STATUS&api_key=${key.key}`,
    );
    expect(report.status).toBe(200);
    const graphql = await fetch(
      `${app.http.url}/graphql?query=${encodeURIComponent(QUERY)}&api_key=${key.key}`,
    );
    expect(graphql.status).toBe(400);
    const admin = await newKey('admin');
    const keys = await fetch(`${app.http.url}/api/v1/keys?api_key=${admin.key}`);
    expect(keys.status).toBe(400);
    expect(
      ((await graphql.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ).toMatch(/api_key in the address is accepted by \/api\/v1\/reports only/);
  });

  it('stop working when revoked, and record when they were last used', async () => {
    const key = await newKey();
    expect((await post(app, { 'x-api-key': key.key })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    const [used] = await db.raw('MATCH (k:ApiKey {id: $id}) RETURN k.lastUsedAt IS NOT NULL AS u', {
      id: key.id,
    });
    expect(used!.u).toBe(true);
    expect(await new KeyStore(db, 0).revoke(key.id)).toMatchObject({ id: key.id });
    expect((await post(app, { 'x-api-key': key.key })).status).toBe(401);
  });

  it('carry roles: a reader reads, only an admin manages keys', async () => {
    const reader = await newKey('reader');
    const admin = await newKey('admin');
    const keys = (key: string, init: RequestInit = {}) =>
      fetch(`${app.http.url}/api/v1/keys`, {
        ...init,
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
      });
    const forbidden = await keys(reader.key);
    expect(forbidden.status).toBe(403);
    expect(await codeOf(forbidden)).toBe('FORBIDDEN');

    const created = await keys(admin.key, {
      method: 'POST',
      body: JSON.stringify({ name: '帆软报表', role: 'editor' }),
    });
    expect(created.status).toBe(201);
    const fresh = (await created.json()) as { id: string; key: string; name: string };
    expect(fresh.name).toBe('帆软报表');
    const listed = (await (await keys(admin.key)).json()) as { keys: Record<string, unknown>[] };
    expect(listed.keys.map((k) => k.id)).toContain(fresh.id);
    expect(JSON.stringify(listed)).not.toMatch(/cak_|hash/);

    const bad = await keys(admin.key, {
      method: 'POST',
      body: JSON.stringify({ name: 'x', role: 'boss' }),
    });
    expect(bad.status).toBe(400);

    const revoke = await fetch(`${app.http.url}/api/v1/keys/${fresh.id}`, {
      method: 'DELETE',
      headers: { 'x-api-key': admin.key },
    });
    expect(revoke.status).toBe(200);
    expect((await post(app, { 'x-api-key': fresh.key })).status).toBe(401);
  });

  it('are created, listed and revoked by npm run keys', async () => {
    const env = {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      LOG_LEVEL: 'silent',
    };
    const run = (...args: string[]) =>
      promisify(execFile)('node', ['--import', 'tsx', 'src/cli/keys.ts', ...args], { env });
    const created = JSON.parse(
      (
        await run(
          'create',
          '--name',
          'DataEase 看板',
          '--role',
          'reader',
          '--rate',
          '120',
          '--json',
        )
      ).stdout,
    ) as { id: string; key: string; ratePerMinute: number };
    expect(created.ratePerMinute).toBe(120);
    expect((await post(app, { 'x-api-key': created.key })).status).toBe(200);
    expect((await run('list')).stdout).toContain('DataEase 看板');
    expect((await run('revoke', created.id)).stdout).toContain(`Revoked key ${created.id}`);
    expect((await post(app, { 'x-api-key': created.key })).status).toBe(401);
    await expect(run('create', '--role', 'boss', '--name', 'x')).rejects.toMatchObject({ code: 1 });
  });
});

/** A raw request with headers fetch would not let us set (Host). */
function rawGet(port: number, path: string, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the anonymous policy', () => {
  it('on loopback, serves only local requests: not a foreign Host (DNS rebinding), not a proxy', async () => {
    const app = await start();
    const path = '/api/v1/reports/project-stats?groupBy=STATUS';
    expect(await rawGet(app.http.port, path, { host: `localhost:${app.http.port}` })).toBe(200);
    expect(await rawGet(app.http.port, path, { host: `127.0.0.1:${app.http.port}` })).toBe(200);
    expect(await rawGet(app.http.port, path, { host: 'evil.example.com' })).toBe(401);
    expect(
      await rawGet(app.http.port, path, { host: 'localhost', 'x-forwarded-for': '203.0.113.7' }),
    ).toBe(401);
    expect(
      await rawGet(app.http.port, path, { host: 'localhost', forwarded: 'for=203.0.113.7' }),
    ).toBe(401);
  });

  it('treats a server behind a trusted proxy as on the network', async () => {
    const app = await start({ TRUST_PROXY: 'loopback' });
    expect((await post(app)).status).toBe(401);
  });

  it('opens again when the last key is revoked (revoked keys are not in force)', async () => {
    const app = await start();
    const key = await newKey();
    expect((await post(app)).status).toBe(401);
    await new KeyStore(db, 0).revoke(key.id);
    expect((await post(app)).status).toBe(200);
  });

  it('refuses anonymous reads when the server listens on the network, even with no key', async () => {
    const app = await start({ HOST: '0.0.0.0' });
    const res = await fetch(`http://127.0.0.1:${app.http.port}/api/v1/reports/pipeline`);
    expect(res.status).toBe(401);
    expect((await post(app)).status).toBe(401);
    const key = await newKey();
    expect((await post(app, { authorization: `Bearer ${key.key}` })).status).toBe(200);
    // Health stays open for load balancers.
    expect((await fetch(`http://127.0.0.1:${app.http.port}/healthz`)).status).toBe(200);
  });

  it('allows anonymous reads where explicitly enabled, and never where disabled', async () => {
    const open = await start({ HOST: '0.0.0.0', AUTH_ANONYMOUS: 'true' });
    expect((await post(open)).status).toBe(200);
    const closed = await start({ AUTH_ANONYMOUS: 'false' });
    expect((await post(closed)).status).toBe(401);
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After past a key’s rate per minute', async () => {
    const app = await start({ RATE_LIMIT_PER_MINUTE: '100' });
    const key = await newKey('reader', 3);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i += 1) {
      last = await post(app, { 'x-api-key': key.key });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await codeOf(last!)).toBe('RATE_LIMITED');
    // Another key has its own budget (the server default).
    const other = await newKey();
    expect((await post(app, { 'x-api-key': other.key })).headers.get('ratelimit-limit')).toBe(
      '100',
    );
  });

  it('slow down guessing: invalid keys count against the address', async () => {
    const app = await start({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' });
    await newKey();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push(
        (await post(app, { 'x-api-key': `cak_aaaaaaaaa${i}_${'x'.repeat(43)}` })).status,
      );
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('count anonymous requests per address when the server is on the network, not on loopback', async () => {
    const open = await start({
      HOST: '0.0.0.0',
      AUTH_ANONYMOUS: 'true',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2',
    });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await post(open)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const local = await start({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2' });
    for (let i = 0; i < 3; i += 1) expect((await post(local)).status).toBe(200);
  });
});

describe('GET /graphql', () => {
  let app: Runtime;
  beforeAll(async () => {
    app = await start();
  });
  const get = (headers: Record<string, string>, query = QUERY) =>
    fetch(`${app.http.url}/graphql?query=${encodeURIComponent(query)}`, { headers });

  it('answers queries when a key or a preflight-forcing header comes with them', async () => {
    expect((await get({ 'apollo-require-preflight': 'true' })).status).toBe(200);
    const key = await newKey();
    const res = await get({ 'x-api-key': key.key, accept: 'application/graphql-response+json' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
  });

  it('refuses a plain GET a browser could forge (CSRF), naming the header to send', async () => {
    const res = await get({});
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/apollo-require-preflight/i);
  });

  it('never runs a mutation', async () => {
    const res = await get({ 'apollo-require-preflight': 'true' }, 'mutation { __typename }');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).not.toBe(200);
  });
});

describe('trusted documents', () => {
  let app: Runtime;
  beforeAll(async () => {
    app = await start({ TRUSTED_DOCUMENTS: 'true' });
  });

  it('refuse any other operation text', async () => {
    const res = await post(app);
    expect(res.status).toBe(403);
    expect(await codeOf(res)).toBe('DOCUMENT_NOT_TRUSTED');
  });

  it('run a committed document by id, by POST and by GET', async () => {
    const catalog = (await (await fetch(`${app.http.url}/api/v1/reports`)).json()) as {
      reports: { name: string; documentId: string }[];
    };
    const stats = catalog.reports.find((r) => r.name === 'project-stats')!;
    const byPost = await post(
      app,
      {},
      { documentId: stats.documentId, variables: { groupBy: 'STATUS' } },
    );
    expect(byPost.status).toBe(200);
    expect(
      ((await byPost.json()) as { data: { projectStats: unknown[] } }).data.projectStats,
    ).toBeDefined();

    const info = documentId(readDocument('database-info'));
    const byGet = await fetch(`${app.http.url}/graphql?documentId=${encodeURIComponent(info)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(byGet.status).toBe(200);
    expect(
      ((await byGet.json()) as { data: { databaseInfo: { version: string } } }).data.databaseInfo
        .version,
    ).toMatch(/^5\./);

    const unknown = await post(app, {}, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(await codeOf(unknown)).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
  });

  it('accept Apollo’s persisted-query hash, and the exact text of a document', async () => {
    const text = readDocument('database-info');
    const hash = documentId(text).slice(7);
    const apq = await post(
      app,
      {},
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
    );
    expect(apq.status).toBe(200);
    expect((await post(app, {}, { query: text })).status).toBe(200);
  });

  it('still serve the reports', async () => {
    expect((await fetch(`${app.http.url}/api/v1/reports/project-stats`)).status).toBe(200);
  });
});

describe('CORS', () => {
  let app: Runtime;
  beforeAll(async () => {
    app = await start({ CORS_ORIGINS: 'https://bi.example.com, https://grafana.example.com' });
  });
  const preflight = (origin: string, path = '/graphql') =>
    fetch(`${app.http.url}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-api-key',
      },
    });

  it('answers a preflight from an allowed origin with the headers a page needs', async () => {
    const res = await preflight('https://bi.example.com');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://bi.example.com');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/X-API-Key/i);
    const report = await preflight('https://grafana.example.com', '/api/v1/reports/pipeline');
    expect(report.headers.get('access-control-allow-origin')).toBe('https://grafana.example.com');
  });

  it('gives other origins no CORS headers, so browsers keep the answer from them', async () => {
    const res = await preflight('https://evil.example.com');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${app.http.url}/api/v1/reports/pipeline`, {
      headers: { origin: 'https://evil.example.com' },
    });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets allowed pages read the paging headers', async () => {
    const res = await fetch(`${app.http.url}/api/v1/reports/pipeline?pageSize=1`, {
      headers: { origin: 'https://bi.example.com' },
    });
    expect(res.headers.get('access-control-expose-headers')).toMatch(/X-Total-Count/);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Link/);
  });
});

function readDocument(name: string): string {
  return readFileSync(`documents/${name}.graphql`, 'utf8');
}
