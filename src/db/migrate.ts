import { createHash } from 'node:crypto';
import { cypher, cypherKeys } from './cypher-files.js';
import type { Database } from './database.js';

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

/**
 * Applies cypher/setup/*.cypher in file order, each once: a ledger of (:Migration {id, checksum})
 * records what ran. Statements are themselves idempotent (IF NOT EXISTS), so a changed file is
 * simply applied again and re-recorded. Schema statements run one per transaction, as Neo4j requires.
 */
export async function migrate(
  db: Database,
  log: (msg: string) => void = () => {},
): Promise<MigrationReport> {
  const keys = cypherKeys('setup');
  // The ledger's own constraint must exist before the ledger is read on an empty database.
  const first = keys[0];
  if (first) await db.write(first);
  const applied = new Map(
    (await db.read('system/migrations-applied')).map((r) => [String(r.id), String(r.checksum)]),
  );
  const report: MigrationReport = { applied: [], skipped: [] };
  for (const key of keys) {
    const checksum = createHash('sha256').update(cypher(key)).digest('hex');
    const previous = applied.get(key);
    if (previous === checksum) {
      report.skipped.push(key);
      continue;
    }
    if (previous !== undefined)
      log(`Setup file ${key} changed since it was applied; applying it again`);
    if (key !== first) await db.write(key);
    await db.write('system/migration-record', { id: key, checksum });
    report.applied.push(key);
  }
  await db.write('system/await-indexes');
  return report;
}
