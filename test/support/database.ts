import { inject } from 'vitest';
import { Database, type DatabaseOptions } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';

/** A gateway to the run's throwaway Neo4j (options such as timeouts can be overridden). */
export function testDatabase(overrides: Partial<DatabaseOptions> = {}): Database {
  return Database.connect({
    uri: inject('neo4jUri'),
    user: 'neo4j',
    password: inject('neo4jPassword') || undefined,
    txTimeoutMs: 30_000,
    maxPoolSize: 10,
    ...overrides,
  });
}

/** Empties the graph (keeping the schema) and makes sure the setup files have run. */
export async function resetGraph(db: Database): Promise<void> {
  await migrate(db);
  await db.raw('MATCH (n) WHERE NOT n:Migration DETACH DELETE n', {}, 'WRITE');
}
