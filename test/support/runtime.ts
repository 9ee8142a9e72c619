import { inject } from 'vitest';
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

/** POSTs a GraphQL operation and returns status and body. */
export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: { data?: any; errors?: any[] } }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}
