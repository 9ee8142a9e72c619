import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alive } from '../support/process.js';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { EmbeddedNeo4jError } from '../../src/embedded/errors.js';
import { startEmbeddedNeo4j, type EmbeddedOptions } from '../../src/embedded/neo4j-process.js';
import { startTestRuntime } from '../support/runtime.js';

// These tests run their own embedded databases (not the shared one): they stop and restart them.
const homes: string[] = [];
function tempHome(): string {
  const h = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-embedded-'));
  homes.push(h);
  return h;
}
afterAll(() => homes.forEach((h) => rmSync(h, { recursive: true, force: true })));

const options = (homeDir: string, port = 0): EmbeddedOptions => ({
  cacheDir: path.resolve('.neo4j'),
  homeDir,
  port,
  heap: '256m',
  pageCache: '64m',
  startTimeoutMs: 180_000,
  txTimeoutMs: 10_000,
});

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe('embedded Neo4j', { timeout: 240_000 }, () => {
  it('keeps data across restarts, and /readyz follows the database down and back up', async () => {
    const home = tempHome();
    let neo4j = await startEmbeddedNeo4j(options(home));
    const port = neo4j.port;
    const app = await startTestRuntime({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password });
    try {
      await app.db.raw("CREATE (:Probe {id: 'kept'})", {}, 'WRITE');
      expect((await fetch(`${app.http.url}/readyz`)).status).toBe(200);

      await neo4j.stop();
      expect(alive(neo4j.pid)).toBe(false);
      const down = await fetch(`${app.http.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'unready', checks: { database: false } });

      neo4j = await startEmbeddedNeo4j(options(home, port));
      expect(
        await until(async () => (await fetch(`${app.http.url}/readyz`)).status === 200, 30_000),
      ).toBe(true);
      const rows = await app.db.raw("MATCH (p:Probe {id: 'kept'}) RETURN count(p) AS n");
      expect(rows[0]?.n).toBe(1);
    } finally {
      await app.stop();
      await neo4j.stop();
    }
  });

  it('refuses a second start on a locked data folder, and a taken port, with coded errors', async () => {
    const home = tempHome();
    const first = await startEmbeddedNeo4j(options(home));
    try {
      await expect(startEmbeddedNeo4j(options(home))).rejects.toMatchObject({
        code: 'STORE_LOCKED',
      });
      const err = await startEmbeddedNeo4j(options(tempHome(), first.port)).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(EmbeddedNeo4jError);
      expect(err).toMatchObject({ code: 'PORT_IN_USE' });
      expect((err as Error).message).toContain('EMBEDDED_NEO4J_PORT');
      // The failed attempts left the first database working.
      const db = Database.connect({
        uri: first.uri,
        user: 'neo4j',
        password: first.password,
        txTimeoutMs: 5000,
        maxPoolSize: 2,
      });
      expect(await db.ping()).toBe(true);
      await db.close();
    } finally {
      await first.stop();
    }
  });

  it('leaves no JVM behind when its parent process is killed', async () => {
    const home = tempHome();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/embedded-child.ts', home],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /\{.*"jvmPid".*\}/.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    const { jvmPid } = JSON.parse(line) as { jvmPid: number };
    expect(alive(jvmPid)).toBe(true);
    child.kill('SIGKILL');
    expect(await until(() => !alive(jvmPid), 60_000)).toBe(true);
  });
});
