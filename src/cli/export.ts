// `npm run export -- <folder>`: writes the dataset graph back as bundle files (data/FORMAT.md).
import path from 'node:path';
import { exportDataset, writeBundle } from '../dataset/export-dataset.js';
import { withDatabase } from './with-database.js';

const target = process.argv[2];
if (!target || target.startsWith('-')) {
  console.error('Usage: npm run export -- <output folder>');
  process.exit(2);
}
try {
  await withDatabase(async (db) => {
    const files = writeBundle(await exportDataset(db), path.resolve(target));
    console.log(`Wrote ${files.length} files to ${path.resolve(target)}`);
  });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
