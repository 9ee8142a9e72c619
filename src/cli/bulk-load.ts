// `npm run bulk-load -- [--csv DIR] <dataset path>...`: the initial load of a large graph into a
// NEW, empty embedded store (EMBEDDED_NEO4J_DIR/db) with neo4j-admin database import, then the
// schema setup and the derived project fields (src/generate/bulk-load.ts). Datasets in
// dependency order, e.g. `npm run bulk-load -- data .generated/42-1000000`; with no path, `data`.
// Exit codes: 0 loaded, 1 invalid dataset (nothing loaded), 2 usage or other failure.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { datasetFiles } from '../dataset/read-dataset.js';
import { bulkLoad } from '../generate/bulk-load.js';
import { isChunkFile, orderChunks } from '../generate/write-chunks.js';
import { exitOnError } from './exit-on-error.js';

const USAGE =
  'Usage: EMBEDDED_NEO4J_DIR=<new folder> npm run bulk-load -- [--csv DIR] [--heap 4g] [--pagecache 2g] [--keep-csv] <dataset path>...';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      csv: { type: 'string' },
      heap: { type: 'string' },
      pagecache: { type: 'string' },
      'keep-csv': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.error(USAGE);
    process.exit(2);
  }
  const targets = (positionals.length ? positionals : ['data']).map((p) => path.resolve(p));
  // A folder of generated chunk files is loaded file by file, in their import order (chunks
  // refer only to earlier ones); the curated `data` folder is one dataset, as `npm run import`
  // reads it.
  const datasets = targets.flatMap((t) => {
    const files = datasetFiles(t);
    return files.length > 1 && files.every(isChunkFile) ? orderChunks(files) : [t];
  });
  await bulkLoad({
    datasets,
    csvDir: values.csv,
    heap: values.heap,
    pageCache: values.pagecache,
    keepCsv: values['keep-csv'],
    log: console.log,
  });
} catch (err) {
  exitOnError(err);
}
