import type { Database } from '../db/database.js';
import { importDataset, type ImportSummary } from '../dataset/import-dataset.js';

/**
 * Imports chunk files one after another through the normal import path, each in its own
 * transaction. One transaction for a whole 100 000-firm dataset exceeds the database's
 * per-transaction memory limit (db.memory.transaction.max=512m); 20 000 projects in one
 * transaction crash the embedded database's default 512 MB heap; a chunk (write-chunks.ts)
 * fits. Each call is atomic and idempotent, and references to earlier chunks resolve against
 * the graph, so a failed run can simply be repeated.
 */
export async function importChunks(
  db: Database,
  files: string[],
  onFile: (file: string, summary: ImportSummary) => void = () => {},
): Promise<ImportSummary> {
  const total: ImportSummary = {
    files: [],
    read: {},
    created: {},
    updated: {},
    unchanged: {},
    relationships: 0,
    rejected: 0,
    durationMs: 0,
  };
  const add = <K extends string>(
    into: Partial<Record<K, number>>,
    from: Partial<Record<K, number>>,
  ) => {
    for (const [k, n] of Object.entries(from) as [K, number][]) into[k] = (into[k] ?? 0) + n;
  };
  for (const file of files) {
    const summary = await importDataset(db, file);
    total.files.push(...summary.files);
    add(total.read, summary.read);
    add(total.created, summary.created);
    add(total.updated, summary.updated);
    add(total.unchanged, summary.unchanged);
    total.relationships += summary.relationships;
    total.rejected += summary.rejected;
    total.durationMs += summary.durationMs;
    onFile(file, summary);
  }
  return total;
}
