import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../src/dataset/export-dataset.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { Bundle } from '../../src/dataset/records.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR, seedBundle } from '../support/dataset.js';
import { startTestRuntime } from '../support/runtime.js';

// A deep query touching every kind of relation. Its number of database statements must depend
// on the shape of the query only, never on how many nodes the answer holds.
const DEEP = `{
  districts {
    name clusters { name chains { name } }
    parks { name district { name }
      enterprises { name district { name } park { name } segments { segment { name chains { chain { name } } } }
        projects { project { name batches { list event { name } } enterprises { enterprise { name } } } } }
      projects { name district { name } figures { kind valueYi evidence { source { title } } } segments { segment { name } } }
    }
  }
  enterprises(first: 100) { totalCount edges { node { name links { kind to { name } } leaderOf { chain { name } } } } }
}`;

let app: Runtime;
beforeAll(async () => {
  // DEEP is deliberately heavier than the default cost limit allows (50 parks × 50 firms × …):
  // it measures statements per field path, so this app runs with a raised limit.
  app = await startTestRuntime({ MAX_QUERY_COST: '10000000' });
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
});
afterAll(() => app.stop());

async function roundTrips(query: string): Promise<{ trips: number; size: number }> {
  const res = await fetch(`${app.http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-chainatlas-round-trips': '1' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as {
    data?: unknown;
    errors?: unknown[];
    extensions?: { roundTrips: number };
  };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { trips: body.extensions!.roundTrips, size: JSON.stringify(body.data).length };
}

/** Many more firms and projects in the seed's parks, linked to segments and 三个一批 periods. */
function moreData(n: number, offset = 0): Bundle {
  const seed = seedBundle();
  const parks = seed.parks.filter((p) => p.district);
  const segments = seed.segments.map((s) => s.id);
  const period = seed.events.find((e) => e.kind === 'three_batches')!.id;
  const ref = { basis: 'synthetic test data' };
  const enterprises = Array.from({ length: n }, (_, i) => ({
    id: `rt-ent-${offset + i}`,
    name: `测试企业${offset + i}`,
    kind: 'company' as const,
    park: parks[i % parks.length]!.id,
    segments: [{ segment: segments[i % segments.length]!, basis: 'synthetic', reference: ref }],
    links:
      i > 0
        ? [{ to: `rt-ent-${offset + i - 1}`, kind: 'supplier_of' as const, reference: ref }]
        : [],
    reference: ref,
  }));
  const projects = Array.from({ length: n }, (_, i) => ({
    id: `rt-proj-${offset + i}`,
    name: `测试项目${offset + i}`,
    park: parks[i % parks.length]!.id,
    enterprises: [{ enterprise: `rt-ent-${offset + i}`, role: 'investor' }],
    batches: [{ event: period, list: 'signed' as const, reference: ref }],
    segments: [
      { segment: segments[(i * 7) % segments.length]!, basis: 'synthetic', reference: ref },
    ],
    reference: ref,
  }));
  const figures = projects.map((p, i) => ({
    id: `rt-fig-${offset + i}`,
    subject: { kind: 'project' as const, id: p.id },
    kind: 'total_investment' as const,
    valueYi: i + 1,
    stated: i + 1,
    unit: '亿元',
    reference: ref,
  }));
  return Bundle.parse({ enterprises, projects, figures });
}

describe('database round trips per request', () => {
  async function add(bundle: Bundle) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-rt-'));
    try {
      writeBundle(bundle, dir);
      await importDataset(app.db, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('are bounded by the shape of the query on the seed graph', async () => {
    // At most one statement per field path of the query (plus filter look-ups), however many rows.
    expect((await roundTrips(DEEP)).trips).toBeLessThanOrEqual(30);
  });

  it("do not grow with a cluster's member chains", async () => {
    const profile = (cluster: string) =>
      roundTrips(`{ clusterProfile(cluster: "${cluster}") {
        enterprises coverage { chain { id } completeness { share } dataCoverage { chainFirms } } } }`);
    const one = await profile('zz-cluster-modern-food'); // one member chain
    const four = await profile('hj-focus-next-gen-it'); // four member chains
    expect(four.size).toBeGreaterThan(one.size);
    expect(four.trips).toBe(one.trips);
    // The cluster's name, its profile (region and member chains with it), the chains' analysis.
    expect(four.trips).toBe(3);
  });

  it('answer every chain of a region (regionChains) in as many statements as one chain', async () => {
    const fields = 'chain { id name } completeness { weighted } dataCoverage { chainFirms }';
    const all = await roundTrips(`{ regionChains(region: "郑州市") { ${fields} } }`);
    const one = await roundTrips(
      `{ regionChains(region: "郑州市", chains: ["新能源汽车"]) { ${fields} } }`,
    );
    expect(all.size).toBeGreaterThan(one.size);
    expect(all.trips).toBe(one.trips);
    expect(all.trips).toBeLessThanOrEqual(4);
  });

  it('answer a chain map in three statements: the two names side by side, then the analysis', async () => {
    const map = await roundTrips(
      '{ chainMap(chain: "新能源汽车", region: "郑州市") { nodes { segment { id } gapClass } links { source } } }',
    );
    expect(map.trips).toBe(3);
  });

  it('stay the same when the data grows fourfold', async () => {
    await add(moreData(150));
    const before = await roundTrips(DEEP);
    await add(moreData(450, 150));
    const after = await roundTrips(DEEP);
    expect(after.size).toBeGreaterThan(before.size * 2);
    expect(after.trips).toBe(before.trips);
  });
});
