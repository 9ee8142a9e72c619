import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { graphChecksum } from '../../src/dataset/graph-stats.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Bundle } from '../../src/dataset/records.js';
import { generateBundle } from '../../src/generate/generate-bundle.js';
import { importChunks } from '../../src/generate/import-chunks.js';
import { loadTaxonomy } from '../../src/generate/taxonomy.js';
import { writeChunks } from '../../src/generate/write-chunks.js';
import { resetGraph, testDatabase } from '../support/database.js';

// Small chunks so that links, projects and figures refer across chunk files. Each chunk's import
// maintains the presence rollups (a region or chain chunk rebuilds them), hence the long timeouts.
const CHUNK = 200;

let db: Database;
let dir: string;
let bundle: Bundle;
let files: string[];

const generatedCounts = async () => {
  const rows = await db.raw(
    `MATCH (n:Entity) WHERE n.id STARTS WITH 'gen-'
     RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS n ORDER BY label`,
  );
  return Object.fromEntries(rows.map((r) => [r.label, r.n]));
};

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await importDataset(db, path.resolve('data'));
  dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-gen-'));
  bundle = generateBundle(
    { enterprises: 500, seed: 11, chunkSize: CHUNK },
    loadTaxonomy(path.resolve('data')),
  );
  files = writeChunks(bundle, dir, CHUNK);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('generated dataset import', () => {
  it('imports chunk by chunk beside the curated graph, every record and link in place', async () => {
    expect(files.length).toBeGreaterThan(6);
    const summary = await importChunks(db, files);
    expect(summary.created).toMatchObject({
      District: bundle.districts.length,
      Enterprise: 500,
      Project: bundle.projects.length,
    });
    expect(await generatedCounts()).toEqual({
      District: bundle.districts.length,
      Park: bundle.parks.length,
      Event: 12,
      Enterprise: 500,
      Project: bundle.projects.length,
      Figure: bundle.figures.length,
    });

    const links = bundle.enterprises.reduce((n, e) => n + (e.links?.length ?? 0), 0);
    const [rels] = await db.raw(
      `RETURN COUNT { MATCH (e:Enterprise)-[:SUPPLIES_TO]->(:Enterprise) WHERE e.id STARTS WITH 'gen-' } AS links,
              COUNT { MATCH (d:District) WHERE d.id STARTS WITH 'gen-'
                      AND NOT (d)-[:WITHIN*]->(:District {id: 'henan'}) } AS detached`,
    );
    expect(rels).toEqual({ links, detached: 0 });

    // Derived project fields were computed after the figures arrived in later chunks.
    const [derived] = await db.raw(
      `MATCH (p:Project) WHERE p.id STARTS WITH 'gen-'
       RETURN count(p.latestPeriod) AS listed, count(p.totalInvestmentYi) AS invested`,
    );
    expect(derived).toEqual({
      listed: bundle.projects.filter((p) => p.batches?.length).length,
      invested: bundle.figures.filter((f) => f.kind === 'total_investment').length,
    });

    const [curated] = await db.raw(
      "MATCH (e:Enterprise) WHERE NOT e.id STARTS WITH 'gen-' RETURN count(e) AS n",
    );
    expect(curated?.n).toBeGreaterThan(300);
  }, 600_000);

  it('creates and changes nothing on a second import', async () => {
    const before = await graphChecksum(db);
    const again = await importChunks(db, files);
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    expect(Object.values(again.updated).every((n) => n === 0)).toBe(true);
    expect(await graphChecksum(db)).toBe(before);
  }, 600_000);
});
