import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { AppError } from '../../src/errors/app-error.js';
import { makeFormatError } from '../../src/server/format-error.js';
import { testDatabase } from '../support/database.js';

/**
 * Each DATABASE_* code a client can see, produced by a real Neo4j failing for real (not a mocked
 * driver), then formatted as the API sends it: the code, a message in plain words, no driver
 * text, no statement key.
 */
const format = makeFormatError(pino({ level: 'silent' }));

async function clientView(work: Promise<unknown>) {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'the statement should have failed').toBeInstanceOf(AppError);
  const e = err as AppError;
  const sent = format({ message: e.message, extensions: e.extensions }, e);
  expect(sent.message).not.toMatch(/Neo\.|neo4j|bolt|Exception|MATCH|UNWIND/i);
  expect(sent.extensions).not.toHaveProperty('query');
  return sent;
}

const dbs: Database[] = [];
const open = (o?: Parameters<typeof testDatabase>[0]) => {
  const db = testDatabase(o);
  dbs.push(db);
  return db;
};
afterAll(() => Promise.all(dbs.map((d) => d.close())));

describe('database failures a client can see', () => {
  it('DATABASE_UNAVAILABLE when nothing answers at the address', async () => {
    const db = open({ uri: 'bolt://127.0.0.1:1', maxRetryTimeMs: 200 });
    const sent = await clientView(db.raw('RETURN 1'));
    expect(sent.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  });

  it('DATABASE_TIMEOUT when a statement runs past its transaction timeout', async () => {
    const db = open({ txTimeoutMs: 300 });
    const sent = await clientView(
      db.raw('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 123456789 RETURN count(x)'),
    );
    expect(sent.extensions?.code).toBe('DATABASE_TIMEOUT');
  });

  it('DATABASE_TIMEOUT when the request gives up before the database answers', async () => {
    const db = open();
    const sent = await clientView(db.read('system/ping', {}, { signal: AbortSignal.abort() }));
    expect(sent.extensions?.code).toBe('DATABASE_TIMEOUT');
  });

  it('DATABASE_MEMORY_LIMIT when a statement needs more memory than one query may use', async () => {
    // The embedded database caps one transaction at a third of its heap (256 MB in tests).
    const db = open();
    const sent = await clientView(
      db.raw('UNWIND range(1, 60000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n'),
    );
    expect(sent.extensions?.code).toBe('DATABASE_MEMORY_LIMIT');
  });
});
