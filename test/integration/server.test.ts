import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/runtime.js';
import { gql, startTestRuntime } from '../support/runtime.js';

let app: Runtime;
beforeAll(async () => {
  app = await startTestRuntime();
});
afterAll(() => app.stop());

describe('HTTP server', () => {
  it('answers databaseInfo from the real Neo4j', async () => {
    const { status, body } = await gql(
      app.http.url,
      '{ databaseInfo { name version edition embedded } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.databaseInfo.version).toMatch(/^5\.26\./);
    expect(body.data.databaseInfo.edition).toBe('community');
    expect(body.data.databaseInfo.embedded).toBe(false);
  });

  it('reports health and readiness', async () => {
    expect((await fetch(`${app.http.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.http.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      checks: { database: true, migrations: true },
    });
  });

  it('rejects a token flood with a 400 before resolving anything', async () => {
    const query = `{ ${'databaseInfo { name } '.repeat(2000)} }`;
    const { status } = await gql(app.http.url, query);
    expect(status).toBe(400);
  });

  it('returns a coded validation error for an unknown field', async () => {
    const { status, body } = await gql(app.http.url, '{ nope }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
