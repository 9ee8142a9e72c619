import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../../src/dataset/graph-stats.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Runtime } from '../../src/runtime.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { generateOperations, leaksIn, type FuzzOperation } from '../support/fuzz.js';
import { startTestRuntime } from '../support/runtime.js';

// A fixed-seed, bounded fuzz run: operations generated from the schema, sent through the real
// HTTP server to the seeded Neo4j. FUZZ_OPS and FUZZ_SEED override the defaults for a longer or
// different run; a failure prints the operation, so it can be replayed by hand.
const OPS = Number(process.env.FUZZ_OPS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const CONCURRENCY = 4;

/** The only codes a client may see: data, null, or one of these. */
const ALLOWED = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'QUERY_TOO_COMPLEX',
  'DATABASE_TIMEOUT',
  'DATABASE_MEMORY_LIMIT',
]);

let app: Runtime;
beforeAll(async () => {
  app = await startTestRuntime();
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
});
afterAll(() => app?.stop());

interface Failure {
  op: FuzzOperation;
  why: string;
  status: number;
  body: string;
}

async function send(url: string, op: FuzzOperation): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  return { status: res.status, text: await res.text() };
}

describe('fuzzing every root field from the schema', () => {
  it(`answers ${OPS} generated operations with data or coded errors, and leaves the graph as it was`, async () => {
    const schema = await buildAppSchema();
    const ops = generateOperations(schema, OPS, SEED);
    const roots = Object.keys(schema.getQueryType()!.getFields());
    expect(new Set(ops.map((o) => o.field))).toEqual(new Set(roots));

    const before = await graphChecksum(app.db);
    const codes: Record<string, number> = {};
    const perField: Record<string, { data: number; errors: number }> = {};
    const failures: Failure[] = [];
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < ops.length) {
        const op = ops[next++]!;
        const { status, text } = await send(app.http.url, op);
        const fail = (why: string) => failures.push({ op, why, status, body: text.slice(0, 600) });
        const stats = (perField[op.field] ??= { data: 0, errors: 0 });
        if (status >= 500) fail(`HTTP ${status}`);
        let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        try {
          body = JSON.parse(text) as typeof body;
        } catch {
          fail('not JSON');
          continue;
        }
        const leaks = leaksIn(text, op.texts);
        if (leaks.length) fail(`leaks ${leaks.join(', ')}`);
        if (!body.errors?.length) {
          codes.OK = (codes.OK ?? 0) + 1;
          stats.data++;
          continue;
        }
        stats.errors++;
        for (const e of body.errors) {
          const code = String(e.extensions?.code ?? 'NO_CODE');
          codes[code] = (codes[code] ?? 0) + 1;
          if (!ALLOWED.has(code)) fail(`code ${code}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const after = await graphChecksum(app.db);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = Object.entries(codes)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    const neverData = Object.entries(perField)
      .filter(([, s]) => s.data === 0)
      .map(([f]) => f);
    console.log(
      `[fuzz] seed ${SEED}: ${ops.length} operations over ${roots.length} root fields in ${seconds}s; ` +
        `outcomes (OK = no error; errors counted each): ${summary}` +
        (neverData.length ? `; fields that never returned data: ${neverData.join(', ')}` : ''),
    );
    for (const f of failures.slice(0, 10))
      console.log(
        `[fuzz] ${f.why} (HTTP ${f.status}) ${f.op.query}\n  variables ${JSON.stringify(f.op.variables).slice(0, 400)}\n  → ${f.body}`,
      );

    expect(failures.map((f) => `${f.why}: ${f.op.field}`)).toEqual([]);
    expect(after).toBe(before);
  }, 240_000);
});
