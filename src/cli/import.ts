// `npm run import -- <file-or-folder>`: validates a dataset and imports it idempotently.
// Exit codes: 0 imported, 1 invalid dataset (nothing written), 2 usage or other failure.
import path from 'node:path';
import { importDataset } from '../dataset/import-dataset.js';
import { graphChecksum } from '../dataset/graph-stats.js';
import { withDatabase } from './with-database.js';
import { exitOnError } from './exit-on-error.js';

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
  exitOnError(err);
}
