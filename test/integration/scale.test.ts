import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Bundle } from '../../src/dataset/records.js';
import { generateBundle } from '../../src/generate/generate-bundle.js';
import { importChunks } from '../../src/generate/import-chunks.js';
import { loadTaxonomy } from '../../src/generate/taxonomy.js';
import { writeChunks } from '../../src/generate/write-chunks.js';
import { checkRollups } from '../../src/rollups/check.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { startTestRuntime } from '../support/runtime.js';

// The bounded scale check: the seed plus 20 000 generated enterprises (and 10 000 projects),
// imported in chunks of 1 000 through the normal import so the presence rollups are maintained
// incrementally, never rebuilt. Afterwards every rollup answer equals the direct computation, and
// each analysis costs the same number of database statements as on the seed graph. No timings.
const ENTERPRISES = 20_000;

const ANALYSES = {
  chainMap:
    '{ chainMap(chain: "nev", region: "zhengzhou") { nodes { firmCount gapClass } links { source } } }',
  chainGaps:
    '{ chainGaps(chain: "modern-food", regions: ["zhengzhou", "zz-huiji", "zz-gaoxin"]) { completeness { share } coverage { firms } } }',
  chainLeaders: '{ chainLeaders(chain: "nev", region: "zhengzhou") { id score } }',
  parksByChain: '{ parksByChain(chain: "electronics", first: 20) { id share } }',
  clusterProfile:
    '{ clusterProfile(cluster: "电子信息产业集群") { enterprises projects parks { name } coverage { completeness { share } } } }',
  pipelineGaps: '{ pipelineGaps(chain: "electronics", region: "zhengzhou") { segment { id } } }',
  projectStats:
    '{ projectStats(groupBy: PERIOD, filter: { region: "zhengzhou", chain: "electronics" }) { key projectCount } }',
};

let app: Runtime;
let dir: string;
let bundle: Bundle;

async function roundTrips(query: string): Promise<number> {
  const res = await fetch(`${app.http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-chainatlas-round-trips': '1' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown[]; extensions?: { roundTrips: number } };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.extensions!.roundTrips;
}

const allTrips = async () =>
  Object.fromEntries(
    await Promise.all(
      Object.entries(ANALYSES).map(async ([k, q]) => [k, await roundTrips(q)] as const),
    ),
  );

let seedTrips: Record<string, number>;

beforeAll(async () => {
  app = await startTestRuntime({ REQUEST_TIMEOUT_MS: '120000', NEO4J_TX_TIMEOUT_MS: '120000' });
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
  seedTrips = await allTrips();
  dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-scale-'));
  bundle = generateBundle(
    { enterprises: ENTERPRISES, seed: 20, chunkSize: 1000 },
    loadTaxonomy(path.resolve('data')),
  );
  await importChunks(app.db, writeChunks(bundle, dir, 1000));
}, 1_200_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await app.stop();
});

describe(`a graph of the seed plus ${ENTERPRISES} generated enterprises`, () => {
  it('keeps every rollup answer equal to the direct computation after chunked imports', async () => {
    const districts = bundle.districts.slice(0, 4).map((d) => d.id);
    // As of the first, a middle and the last period too (curated and generated periods alike).
    const periods = (await app.db.read('rollups/periods')).map((r) => Number(r.period));
    const asOfPeriods = [...new Set([periods[0]!, periods[periods.length >> 1]!, periods.at(-1)!])];
    const report = await checkRollups(app.db, {
      regions: ['zhengzhou', 'henan', 'zz-huiji', ...districts],
      asOfPeriods,
    });
    expect(report.differences).toEqual([]);
    expect(report.dirty).toBe(0);
    expect(report.chains).toBeGreaterThan(20);
    expect(report.rows).toBeGreaterThan(1000);
  }, 1_200_000);

  it('answers each analysis in as many database statements as on the seed graph', async () => {
    expect(await allTrips()).toEqual(seedTrips);
    // The cluster profile: its name, its profile, its member chains' analysis (one statement for
    // all of them); a chain analysis: its names, then one statement.
    expect(seedTrips.clusterProfile).toBeLessThanOrEqual(3);
    expect(seedTrips.chainMap).toBeLessThanOrEqual(2);
    expect(seedTrips.chainGaps).toBeLessThanOrEqual(2);
  }, 600_000);
});
