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
  // In batches: a test that loaded a generated graph leaves more than one transaction may delete.
  for (;;) {
    const [row] = await db.raw(
      'MATCH (n) WHERE NOT n:Migration WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n',
      {},
      'WRITE',
    );
    if (Number(row?.n ?? 0) === 0) break;
  }
}
