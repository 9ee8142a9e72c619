import { afterAll, beforeAll, expect, inject } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { resetGraph } from './database.js';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { startRuntime, type Runtime, type StartupHook } from '../../src/runtime.js';

/** Starts the whole app on a free port against the given (default: the run's) Neo4j. */
export function startTestRuntime(
  env: Record<string, string> = {},
  hooks: StartupHook[] = [],
): Promise<Runtime> {
  const config = loadConfig({
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_ON_START: 'false',
    ...env,
  });
  return startRuntime(config, createLogger(config.logLevel), hooks);
}

/** POSTs a GraphQL operation (with an API key when given) and returns status and body. */
export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  apiKey?: string,
): Promise<{ status: number; body: { data?: any; errors?: any[] } }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

/**
 * The app on a freshly emptied test database loaded with one dataset (a fixture name or a path),
 * started before the file's tests and stopped after them; `ok` runs an operation that must not fail
 * and returns its data, `post` one that may.
 */
export function useAppWith(dataset: string) {
  let app: Runtime | undefined;
  beforeAll(async () => {
    app = await startTestRuntime();
    await resetGraph(app.db);
    await importDataset(app.db, dataset);
  });
  afterAll(() => app?.stop());
  return {
    /** Status and body of an operation that may fail. */
    post: (query: string, variables: Record<string, unknown> = {}) =>
      gql(app!.http.url, query, variables),
    async ok(query: string, variables: Record<string, unknown> = {}) {
      const { body } = await gql(app!.http.url, query, variables);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    },
  };
}
