import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { freePort, passwordFile } from '../../src/embedded/neo4j-process.js';
import type { Runtime } from '../../src/runtime.js';
import { gql, startTestRuntime } from '../support/runtime.js';

// The app on its own supervised embedded database (not the shared one): the tests kill,
// freeze and lock it. One start serves the whole file.
const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-supervised-'));
let app: Runtime;
let boltPort: number;

beforeAll(async () => {
  boltPort = await freePort();
  app = await startTestRuntime({
    NEO4J_URI: '',
    NEO4J_PASSWORD: '',
    EMBEDDED_NEO4J_DIR: dir,
    EMBEDDED_NEO4J_PORT: String(boltPort),
    EMBEDDED_NEO4J_HEAP: '384m',
    EMBEDDED_NEO4J_PAGECACHE: '64m',
    EMBEDDED_NEO4J_START_TIMEOUT_MS: '180000',
  });
}, 240_000);
afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const PROBE = '{ sources { id } }';

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not reached within ${timeoutMs} ms`);
}

const ready = async () => (await fetch(`${app.http.url}/readyz`)).status === 200;

async function timed(query: string) {
  const t = Date.now();
  const res = await gql(app.http.url, query);
  return { ...res, ms: Date.now() - t, code: res.body.errors?.[0]?.extensions?.code };
}

describe('the supervised embedded database', { timeout: 240_000 }, () => {
  it('comes back by itself after its JVM is killed, failing fast meanwhile', async () => {
    expect((await timed(PROBE)).status).toBe(200);
    const pid = app.embedded!.pid;
    process.kill(pid, 'SIGKILL');
    await until(async () => !app.db.available, 5_000);

    const during = await timed(PROBE);
    expect(during.code).toBe('DATABASE_UNAVAILABLE');
    expect(during.ms).toBeLessThan(1_000);
    const readyz = await fetch(`${app.http.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toMatchObject({
      checks: { database: false },
      database: { available: false, lastExitCode: 137 },
    });

    await until(ready, 120_000);
    expect(app.embedded!.pid).not.toBe(pid);
    expect(app.supervisor!.state).toMatchObject({ state: 'running', totalRestarts: 1 });
    const after = await timed(PROBE);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.sources).toBeDefined();
  });

  it('fails fast while the database is frozen, and recovers when it thaws', async () => {
    const pid = app.embedded!.pid;
    process.kill(pid, 'SIGSTOP');
    try {
      // Two missed pings (2 s apart, 2 s timeout each) mark it down.
      await until(async () => !app.db.available, 15_000);
      const during = await timed(PROBE);
      expect(during.code).toBe('DATABASE_UNAVAILABLE');
      expect(during.ms).toBeLessThan(1_000);
      expect((await fetch(`${app.http.url}/readyz`)).status).toBe(503);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await until(ready, 30_000);
    expect(app.embedded!.pid).toBe(pid); // not restarted: it was only frozen
    expect((await timed(PROBE)).body.errors).toBeUndefined();
  });

  it('lets nobody in without the password, and keeps the password owner-only', async () => {
    const uri = app.embedded!.uri;
    const connect = (password?: string) =>
      Database.connect({ uri, user: 'neo4j', password, txTimeoutMs: 5000, maxPoolSize: 1 });
    for (const password of [undefined, 'neo4j', 'wrong-password']) {
      const db = connect(password);
      await expect(db.raw('MATCH (n) RETURN count(n)')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
      await db.close();
    }
    const home = path.join(dir, 'db');
    expect(statSync(passwordFile(home)).mode & 0o077).toBe(0);
    expect(statSync(home).mode & 0o077).toBe(0);

    const db = connect(app.embedded!.password);
    try {
      await expect(
        db.raw("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1"),
      ).rejects.toThrow(/allow_csv_import_from_file_urls/);
      expect(await db.raw('RETURN 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('refuses a second instance on the same data folder before writing anything', async () => {
    const conf = path.join(dir, 'db', 'neo4j.conf');
    const before = statSync(conf).mtimeMs;
    const started = Date.now();
    await expect(
      startTestRuntime({
        NEO4J_URI: '',
        EMBEDDED_NEO4J_DIR: dir,
        EMBEDDED_NEO4J_PORT: String(await freePort()),
      }),
    ).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    expect(Date.now() - started).toBeLessThan(5_000); // no JVM was started
    expect(statSync(conf).mtimeMs).toBe(before);
    expect(await ready()).toBe(true);
  });

  it('refuses a second instance on a taken HTTP port before starting a database', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-second-'));
    try {
      const started = Date.now();
      await expect(
        startTestRuntime({
          NEO4J_URI: '',
          PORT: String(app.http.port),
          EMBEDDED_NEO4J_DIR: other,
          EMBEDDED_NEO4J_PORT: String(await freePort()),
        }),
      ).rejects.toMatchObject({ code: 'HTTP_PORT_IN_USE' });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
