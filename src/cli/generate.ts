// `npm run generate -- --enterprises N [--projects N] [--districts N] [--parks N] [--seed S]
// [--out DIR] [--import | --bulk]`: writes a synthetic dataset on top of the reference chain
// taxonomy (same arguments → byte-identical files), streaming (records are written as they are
// generated), and optionally imports it chunk by chunk (--import, into a running or the
// configured database) or bulk-loads it with the curated data into a new, empty embedded store
// (--bulk, see src/cli/bulk-load.ts).
// Exit codes: 0 done, 1 invalid dataset (nothing of the failing chunk written), 2 usage or other failure.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { graphCounts } from '../dataset/graph-stats.js';
import { bulkLoad } from '../generate/bulk-load.js';
import { generateRecords } from '../generate/generate-bundle.js';
import { importChunks } from '../generate/import-chunks.js';
import { resolveSettings, type GenerateOptions } from '../generate/settings.js';
import { loadTaxonomy } from '../generate/taxonomy.js';
import { CHUNK_KINDS, ChunkWriter, type ChunkKind } from '../generate/write-chunks.js';
import { withDatabase } from './with-database.js';
import { exitOnError } from './exit-on-error.js';

const USAGE =
  'Usage: npm run generate -- --enterprises N [--projects N] [--districts N] [--parks N] [--seed 42] [--out DIR] [--import | --bulk]';

function parse(): {
  options: GenerateOptions;
  out?: string;
  doImport: boolean;
  bulk: boolean;
} {
  const { values } = parseArgs({
    options: {
      enterprises: { type: 'string' },
      projects: { type: 'string' },
      districts: { type: 'string' },
      parks: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      import: { type: 'boolean', default: false },
      bulk: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.enterprises) throw new Error(USAGE);
  if (values.import && values.bulk)
    throw new Error(`--import and --bulk exclude each other\n${USAGE}`);
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
    bulk: values.bulk ?? false,
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
  const writer = new ChunkWriter(out, settings.chunkSize);
  const counts = new Map<ChunkKind, number>();
  generateRecords(args.options, loadTaxonomy(path.resolve('data')), (kind, record) => {
    writer.add(kind, record);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  });
  const files = writer.close();
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    `Generated (seed ${settings.seed}) and wrote ${files.length} files to ${out} in ${seconds(t)} s (peak RSS ${peakMb} MB)`,
  );
  for (const kind of CHUNK_KINDS) console.log(`  ${kind.padEnd(12)} ${counts.get(kind) ?? 0}`);

  if (args.bulk) await bulkLoad({ datasets: [path.resolve('data'), ...files], log: console.log });
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
  exitOnError(err);
}
