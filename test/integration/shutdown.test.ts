import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alive } from '../support/process.js';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/embedded/neo4j-process.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start', { timeout: 240_000 }, () => {
  it('ends with the "stopped" line and no JVM left when Ctrl-C reaches the whole process group', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    // As from a terminal: its own process group, and the signal sent to the group.
    const child = spawn('npm', ['start', '--silent'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NEO4J_URI: '',
        PORT: String(port),
        EMBEDDED_NEO4J_DIR: dir,
        EMBEDDED_NEO4J_PORT: String(boltPort),
        EMBEDDED_NEO4J_HEAP: '256m',
        EMBEDDED_NEO4J_PAGECACHE: '64m',
        SEED_ON_START: 'false',
        LOG_LEVEL: 'info',
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (!out.includes('ChainAtlas ready') && Date.now() - started < 200_000) {
      if (child.exitCode !== null) throw new Error(`exited during start-up:\n${out}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const jvmPid = Number(/pid (\d+)\)/.exec(out)?.[1]);
    expect(alive(jvmPid)).toBe(true);

    const t = Date.now();
    process.kill(-child.pid!, 'SIGINT');
    // A terminal's Ctrl-C, relayed by npm, arrives a second time a moment later.
    setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGINT');
      } catch {
        // already gone
      }
    }, 30);
    // npm itself dies of the signal at once (that is npm's way); the app in the group must
    // finish its own shutdown, print "stopped", and leave no process of the group behind.
    await exit;
    while (alive(-child.pid!) && Date.now() - t < 30_000) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const ms = Date.now() - t;
    expect(alive(-child.pid!)).toBe(false);
    expect(out).toMatch(/"msg":"stopped"/);
    expect(out).not.toMatch(/shutdown timed out/);
    expect(alive(jvmPid)).toBe(false);
    expect(ms).toBeLessThan(8_000);
    console.log(`shutdown took ${ms} ms`);
  });
});
