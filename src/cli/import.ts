// `npm run import -- <file-or-folder>`: validates a dataset and imports it idempotently.
// Exit codes: 0 imported, 1 invalid dataset (nothing written), 2 usage or other failure.
import path from 'node:path';
import { DatasetError } from '../dataset/dataset-error.js';
import { importDataset } from '../dataset/import-dataset.js';
import { graphChecksum } from '../dataset/graph-stats.js';
import { withDatabase } from './with-database.js';

const target = process.argv[2];
if (!target || target.startsWith('-')) {
  console.error('Usage: npm run import -- <dataset file or folder>   (format: data/FORMAT.md)');
  process.exit(2);
}

try {
  await withDatabase(async (db) => {
    const summary = await importDataset(db, path.resolve(target));
    const checksum = await graphChecksum(db);
    console.log(JSON.stringify({ ...summary, graphChecksum: checksum }, null, 2));
  });
} catch (err) {
  if (err instanceof DatasetError) {
    console.error(err.message);
    process.exit(1);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
