import { describe, expect, it } from 'vitest';
import type { EmbeddedNeo4j } from '../../src/embedded/neo4j-process.js';
import { EmbeddedSupervisor } from '../../src/embedded/supervisor.js';

/** A process handle whose exit the test decides (the restart policy, not Neo4j, is under test). */
function handle(pid: number) {
  let exit!: (code: number) => void;
  const exited = new Promise<number>((r) => (exit = r));
  const db: EmbeddedNeo4j = {
    uri: 'bolt://127.0.0.1:1',
    port: 1,
    pid,
    user: 'neo4j',
    password: 'x',
    exited,
    stop: async () => exit(0),
  };
  return { db, exit };
}

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('EmbeddedSupervisor', () => {
  it('restarts a database that exited and reports it', async () => {
    const first = handle(1);
    const second = handle(2);
    const events: string[] = [];
    const sup = new EmbeddedSupervisor(first.db, {
      start: async () => second.db,
      initialDelayMs: 1,
      onDown: (code) => events.push(`down ${code}`),
      onUp: (db) => events.push(`up ${db.pid}`),
    });
    first.exit(137);
    await tick();
    expect(events).toEqual(['down 137', 'up 2']);
    expect(sup.db.pid).toBe(2);
    expect(sup.state).toMatchObject({ state: 'running', totalRestarts: 1, lastExitCode: 137 });
    await sup.stop();
  });

  it('gives up after maxRestarts failed starts in a row, with backoff between them', async () => {
    const first = handle(1);
    const attempts: number[] = [];
    let gaveUp = -1;
    const sup = new EmbeddedSupervisor(first.db, {
      start: async () => {
        attempts.push(Date.now());
        throw new Error('store corrupt');
      },
      initialDelayMs: 5,
      maxRestarts: 3,
      onGiveUp: (n) => (gaveUp = n),
    });
    first.exit(3);
    await tick(200);
    expect(attempts).toHaveLength(3);
    expect(gaveUp).toBe(3);
    expect(sup.state).toMatchObject({ state: 'failed', lastError: 'store corrupt' });
    // Doubling delays: 5, 10, 20 ms between the attempts.
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(attempts[1]! - attempts[0]! - 2);
  });

  it('does not restart a database it was asked to stop', async () => {
    const first = handle(1);
    let starts = 0;
    const sup = new EmbeddedSupervisor(first.db, {
      start: async () => {
        starts += 1;
        return handle(2).db;
      },
      initialDelayMs: 1,
    });
    await sup.stop();
    await tick();
    expect(starts).toBe(0);
    expect(sup.state.state).toBe('stopped');
  });
});
