import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { rebuildRollups } from '../rollups/rollups.js';
import { DatasetError } from '../dataset/dataset-error.js';
import { graphCounts } from '../dataset/graph-stats.js';
import { readDataset } from '../dataset/read-dataset.js';
import { toGraph } from '../dataset/to-graph.js';
import { validateDataset } from '../dataset/validate-dataset.js';
import { ensureJars, javaCommand } from '../embedded/jars.js';
import { startEmbeddedNeo4j } from '../embedded/neo4j-process.js';
import { ARRAY_DELIMITER_OPTION, CsvGraphWriter, type CsvFiles } from './bulk-csv.js';

export interface BulkLoadOptions {
  /** Dataset paths (data/FORMAT.md) in dependency order: e.g. `data`, then generated chunk files. */
  datasets: string[];
  /** Where the CSV files go; default <EMBEDDED_NEO4J_DIR>/bulk-csv. */
  csvDir?: string;
  /** Heap and page cache of the embedded database while indexes and derived fields are built. */
  heap?: string;
  pageCache?: string;
  /** Keep the CSV files after a successful import (by default they are deleted). */
  keepCsv?: boolean;
  log?: (msg: string) => void;
}

export interface BulkLoadReport {
  nodes: number;
  relationships: number;
  /** Seconds: read + validate + write CSV, neo4j-admin import, start + constraints/indexes, derived fields. */
  csvSeconds: number;
  importSeconds: number;
  indexSeconds: number;
  deriveSeconds: number;
  /** Seconds to rebuild the presence rollups (src/rollups/). */
  rollupSeconds: number;
  totalSeconds: number;
  labels: Record<string, number>;
}

/** Projects per transaction when their derived fields are computed after the load. */
const DERIVE_BATCH = 25_000;

const since = (t: number) => (performance.now() - t) / 1000;

/**
 * The initial load of a large graph into a NEW, empty embedded store (EMBEDDED_NEO4J_DIR/db):
 * 1. every dataset is read and validated as `npm run import` does (shape, meaning rules,
 *    references: to its own records or to records of an earlier dataset) and turned into rows
 *    by the import's own toGraph, written as CSV (bulk-csv.ts);
 * 2. `neo4j-admin database import full` (org.neo4j.cli.AdminTool from the embedded jars) builds
 *    the store from the CSV files, failing on any bad entry;
 * 3. the embedded database is started, the schema setup (cypher/setup: constraints, full-text
 *    and range indexes) applied and awaited, and the derived project and enterprise fields
 *    computed (cypher/dataset/derive-projects, derive-enterprises), exactly as after a
 *    normal import.
 * The result is the graph the normal import writes for the same datasets (labels, properties,
 * uid, contentHash, relationships and their keys), so a later `npm run import` of the same
 * records changes nothing. Refuses a store that already holds a database.
 */
export async function bulkLoad(opts: BulkLoadOptions): Promise<BulkLoadReport> {
  const log = opts.log ?? (() => {});
  const config = loadConfig();
  const homeDir = path.join(config.embedded.dir, 'db');
  const store = path.join(homeDir, 'data', 'databases', 'neo4j');
  if (existsSync(store) && readdirSync(store).length)
    throw new Error(
      `${store} already holds a database: the bulk load only fills a new store. ` +
        'Point EMBEDDED_NEO4J_DIR at a new folder (or delete that one) and run it again.',
    );
  const started = performance.now();

  // 1. Datasets → CSV.
  let t = performance.now();
  const csvDir = path.resolve(opts.csvDir ?? path.join(config.embedded.dir, 'bulk-csv'));
  const writer = new CsvGraphWriter(csvDir);
  const known = new Set<string>();
  const projectIds: string[] = [];
  const enterpriseIds: string[] = [];
  for (const target of opts.datasets) {
    const ds = readDataset(target);
    const { problems, external } = validateDataset(ds);
    for (const [u, problem] of external) if (!known.has(u)) problems.push(problem);
    if (problems.length) throw new DatasetError(problems);
    const rows = toGraph(ds.bundle);
    for (const n of rows.nodes) {
      if (known.has(n.uid))
        throw new Error(
          `${n.uid} is defined twice (again in ${target}): the bulk load needs each record once`,
        );
      known.add(n.uid);
      if (n.label === 'Project') projectIds.push(n.id);
      if (n.label === 'Enterprise') enterpriseIds.push(n.id);
    }
    writer.add(rows);
  }
  known.clear();
  const csv = writer.close();
  const csvSeconds = since(t);
  log(
    `Wrote ${csv.nodes} nodes and ${csv.relationships} relationships as ${csv.nodeFiles.length + csv.relationshipFiles.length} CSV files to ${csvDir} in ${csvSeconds.toFixed(1)} s`,
  );

  // 2. neo4j-admin database import full.
  t = performance.now();
  await adminImport(config.embedded.dir, homeDir, csvDir, csv, log);
  const importSeconds = since(t);
  log(`neo4j-admin import done in ${importSeconds.toFixed(1)} s`);
  if (!opts.keepCsv)
    for (const f of [...csv.nodeFiles, ...csv.relationshipFiles]) rmSync(f, { force: true });

  // 3. Schema setup and derived fields on the running database.
  t = performance.now();
  const heap = opts.heap ?? largest(config.embedded.heap, '4g');
  const pageCache = opts.pageCache ?? largest(config.embedded.pageCache, '2g');
  const neo4j = await startEmbeddedNeo4j({
    cacheDir: config.embedded.dir,
    homeDir,
    port: config.embedded.port,
    heap,
    pageCache,
    startTimeoutMs: Math.max(config.embedded.startTimeoutMs, 600_000),
    txTimeoutMs: 3_600_000,
    log,
  });
  const db = Database.connect({
    ...config.neo4j,
    uri: neo4j.uri,
    password: neo4j.password,
    txTimeoutMs: 3_600_000,
  });
  try {
    await migrate(db);
    const indexSeconds = since(t);
    log(
      `Constraints and indexes (cypher/setup) built in ${indexSeconds.toFixed(1)} s (heap ${heap}, page cache ${pageCache})`,
    );
    t = performance.now();
    // Every project and enterprise, in batches: all 500 000 projects of a 1M-firm graph in one
    // transaction pass the per-transaction memory limit (a third of the heap).
    const derive: [string, string[]][] = [
      ['dataset/derive-projects', projectIds],
      ['dataset/derive-enterprises', enterpriseIds],
    ];
    for (const [key, ids] of derive)
      for (let i = 0; i < ids.length; i += DERIVE_BATCH)
        await db.write(key, { ids: ids.slice(i, i + DERIVE_BATCH) }, { timeoutMs: 3_600_000 });
    const deriveSeconds = since(t);
    log(`Derived project and enterprise fields in ${deriveSeconds.toFixed(1)} s`);
    t = performance.now();
    const rollups = await rebuildRollups(db, () => {});
    const rollupSeconds = since(t);
    log(`Presence rollups rebuilt (${rollups.rollups}) in ${rollupSeconds.toFixed(1)} s`);
    const { labels } = await graphCounts(db);
    const totalSeconds = since(started);
    const report: BulkLoadReport = {
      nodes: csv.nodes,
      relationships: csv.relationships,
      csvSeconds,
      importSeconds,
      indexSeconds,
      deriveSeconds,
      rollupSeconds,
      totalSeconds,
      labels,
    };
    const rate = (s: number) => Math.round((csv.nodes + csv.relationships) / s);
    log(
      `Bulk load: ${csv.nodes} nodes + ${csv.relationships} relationships in ${totalSeconds.toFixed(1)} s ` +
        `(${rate(totalSeconds)} /s overall; neo4j-admin alone ${rate(importSeconds)} /s)`,
    );
    log(`Graph now holds ${JSON.stringify(labels)}`);
    return report;
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

/** Runs `neo4j-admin database import full` from the embedded jars on the CSV files. */
async function adminImport(
  cacheDir: string,
  homeDir: string,
  csvDir: string,
  csv: CsvFiles,
  log: (msg: string) => void,
): Promise<void> {
  const java = javaCommand();
  const lib = await ensureJars(cacheDir, log);
  const confDir = path.join(csvDir, 'admin-conf');
  mkdirSync(homeDir, { recursive: true, mode: 0o700 });
  mkdirSync(confDir, { recursive: true });
  // The embedded database's layout: <home>/data/databases/neo4j, <home>/data/transactions/neo4j.
  writeFileSync(
    path.join(confDir, 'neo4j.conf'),
    `server.directories.data=${path.join(homeDir, 'data')}\nserver.directories.logs=${path.join(homeDir, 'logs')}\n`,
  );
  const args = [
    '-cp',
    `${lib}${path.sep}*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...csv.nodeFiles.map((f) => `--nodes=${f}`),
    ...csv.relationshipFiles.map((f) => `--relationships=${f}`),
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--multiline-fields=${csv.multiline}`,
    `--report-file=${path.join(csvDir, 'import.report')}`,
    'neo4j',
  ];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(java, args, {
      env: { ...process.env, NEO4J_HOME: homeDir, NEO4J_CONF: confDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n'))
        if (
          /^(IMPORT DONE|Imported:|\s+\d+ (nodes|relationships|properties)|Peak memory|.*(ERROR|Error|Exception|Available resources))/.test(
            line,
          )
        )
          log(`  neo4j-admin: ${line.trim()}`);
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', reject);
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0)
    throw new Error(
      `neo4j-admin database import failed (exit ${code}); see ${path.join(csvDir, 'import.report')} and the output above`,
    );
}

/** The larger of two memory sizes ("512m", "4g"). */
function largest(a: string, b: string): string {
  const mb = (s: string) => {
    const m = /^(\d+)([kmg]?)$/i.exec(s.trim());
    if (!m) return 0;
    const n = Number(m[1]);
    const u = (m[2] ?? '').toLowerCase();
    return u === 'g' ? n * 1024 : u === 'm' ? n : u === 'k' ? n / 1024 : n / 1048576;
  };
  return mb(a) >= mb(b) ? a : b;
}
