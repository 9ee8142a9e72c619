// `npm run data:check -- [file-or-folder]`: validates a dataset without a database (shape,
// references, meaning rules), the same checks `npm run import` makes before writing. Defaults to
// data/. References to nodes the dataset does not define are listed: the graph must hold them.
// Exit codes: 0 valid, 1 invalid.
import path from 'node:path';
import { DatasetError } from '../dataset/dataset-error.js';
import { readDataset } from '../dataset/read-dataset.js';
import { validateDataset } from '../dataset/validate-dataset.js';

const target = path.resolve(process.argv[2] ?? 'data');
try {
  const ds = readDataset(target);
  const { problems, external } = validateDataset(ds);
  if (problems.length) throw new DatasetError(problems);
  const counts = Object.entries(ds.bundle)
    .map(([kind, records]) => `${kind} ${(records as unknown[]).length}`)
    .join(', ');
  console.log(`valid: ${ds.files.length} file(s); ${counts}`);
  for (const p of external.values())
    console.log(`needs in the graph: ${p.file} › ${p.record}: ${p.message}`);
} catch (err) {
  if (!(err instanceof DatasetError)) throw err;
  console.error(err.message);
  process.exit(1);
}
