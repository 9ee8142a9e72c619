import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** Password of user neo4j on that database (empty for TEST_NEO4J_URI without one). */
    neo4jPassword: string;
  }
}

interface Shared {
  users: number;
  started: Promise<{ uri: string; password: string; neo4j?: EmbeddedNeo4j; home?: string }>;
}
const KEY = Symbol.for('chainatlas.test.neo4j');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

/**
 * Starts one throwaway Neo4j per test run (a free port, a temp home), shared by every
 * database tier, and removes it afterwards. TEST_NEO4J_URI points the tests at an existing
 * database instead (it will be wiped).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let shared = registry[KEY];
  if (!shared) {
    shared = {
      users: 0,
      started: (async () => {
        if (process.env.TEST_NEO4J_URI) {
          return {
            uri: process.env.TEST_NEO4J_URI,
            password: process.env.TEST_NEO4J_PASSWORD ?? '',
          };
        }
        const home = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-test-'));
        const neo4j = await startEmbeddedNeo4j({
          cacheDir: path.resolve(process.env.EMBEDDED_NEO4J_DIR ?? '.neo4j'),
          homeDir: home,
          port: 0,
          heap: '1g',
          pageCache: '256m',
          startTimeoutMs: 180_000,
          txTimeoutMs: 30_000,
          log: (msg) => console.log(`[test-neo4j] ${msg}`),
        });
        return { uri: neo4j.uri, password: neo4j.password, neo4j, home };
      })(),
    };
    registry[KEY] = shared;
  }
  shared.users += 1;
  const { uri, password } = await shared.started;
  project.provide('neo4jUri', uri);
  project.provide('neo4jPassword', password);

  return async () => {
    const s = registry[KEY];
    if (!s) return;
    s.users -= 1;
    if (s.users > 0) return;
    registry[KEY] = undefined;
    const { neo4j, home } = await s.started;
    await neo4j?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  };
}
