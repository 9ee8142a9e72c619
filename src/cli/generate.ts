// `npm run generate -- --enterprises N [--projects N] [--districts N] [--parks N] [--seed S]
// [--out DIR] [--import]`: writes a synthetic dataset on top of the reference chain taxonomy
// (same arguments → byte-identical files) and optionally imports it chunk by chunk.
// Exit codes: 0 done, 1 invalid dataset (nothing of the failing chunk written), 2 usage or other failure.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError } from '../dataset/dataset-error.js';
import { graphCounts } from '../dataset/graph-stats.js';
import { generateBundle } from '../generate/generate-bundle.js';
import { importChunks } from '../generate/import-chunks.js';
import { resolveSettings, type GenerateOptions } from '../generate/settings.js';
import { loadTaxonomy } from '../generate/taxonomy.js';
import { CHUNK_KINDS, writeChunks } from '../generate/write-chunks.js';
import { withDatabase } from './with-database.js';

const USAGE =
  'Usage: npm run generate -- --enterprises N [--projects N] [--districts N] [--parks N] [--seed 42] [--out DIR] [--import]';

function parse(): { options: GenerateOptions; out?: string; doImport: boolean } {
  const { values } = parseArgs({
    options: {
      enterprises: { type: 'string' },
      projects: { type: 'string' },
      districts: { type: 'string' },
      parks: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      import: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.enterprises) throw new Error(USAGE);
  const int = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v))
      throw new Error(`--${name} must be a whole number (got "${v}")\n${USAGE}`);
    return Number(v);
  };
  return {
    options: {
      enterprises: int('enterprises', values.enterprises) as number,
      projects: int('projects', values.projects),
      districts: int('districts', values.districts),
      parks: int('parks', values.parks),
      seed: int('seed', values.seed),
    },
    out: values.out,
    doImport: values.import ?? false,
  };
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

try {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
    resolveSettings(args.options);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  }
  const settings = resolveSettings(args.options);
  const out = path.resolve(
    args.out ?? path.join('.generated', `${settings.seed}-${settings.enterprises}`),
  );

  let t = performance.now();
  const bundle = generateBundle(args.options, loadTaxonomy(path.resolve('data')));
  const generated = seconds(t);
  t = performance.now();
  const files = writeChunks(bundle, out, settings.chunkSize);
  console.log(
    `Generated (seed ${settings.seed}) in ${generated} s, wrote ${files.length} files to ${out} in ${seconds(t)} s`,
  );
  for (const kind of CHUNK_KINDS) console.log(`  ${kind.padEnd(12)} ${bundle[kind].length}`);

  if (args.doImport) {
    t = performance.now();
    await withDatabase(async (db) => {
      const summary = await importChunks(db, files, (file, s) => {
        const created = Object.values(s.created).reduce((a, b) => a + b, 0);
        console.log(
          `  imported ${path.basename(file)}: ${created} nodes created, ${s.relationships} relationships (${(s.durationMs / 1000).toFixed(1)} s)`,
        );
      });
      console.log(
        `Imported ${files.length} files in ${seconds(t)} s; created ${JSON.stringify(summary.created)}, updated ${JSON.stringify(summary.updated)}`,
      );
      console.log(`Graph now holds ${JSON.stringify((await graphCounts(db)).labels)}`);
    });
  }
} catch (err) {
  if (err instanceof DatasetError) {
    console.error(err.message);
    process.exit(1);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
