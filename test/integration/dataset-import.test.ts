import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { DatasetError } from '../../src/dataset/dataset-error.js';
import { exportDataset } from '../../src/dataset/export-dataset.js';
import { graphChecksum, graphCounts } from '../../src/dataset/graph-stats.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { writeBundle } from '../../src/dataset/export-dataset.js';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newRoundTripCounter, withRoundTripCounter } from '../../src/db/round-trips.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { DATA_DIR, canonical, expectedCounts, fixture, seedBundle } from '../support/dataset.js';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

describe('import of a small dataset', () => {
  beforeEach(() => resetGraph(db));

  it('writes every record and relationship, then is idempotent', async () => {
    const first = await importDataset(db, fixture('tiny'));
    expect(first.created).toMatchObject({ Project: 1, Enterprise: 1, District: 3, Figure: 1 });
    expect(first.rejected).toBe(0);
    const counts = await graphCounts(db);
    expect(counts).toEqual(expectedCounts(readDataset(fixture('tiny')).bundle));
    const sum = await graphChecksum(db);

    const second = await importDataset(db, fixture('tiny'));
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(Object.values(second.updated).every((n) => n === 0)).toBe(true);
    expect(second.unchanged).toMatchObject({ Project: 1, Enterprise: 1 });
    expect(await graphCounts(db)).toEqual(counts);
    expect(await graphChecksum(db)).toBe(sum);
  });

  it('derives the headline investment and effective status of a project', async () => {
    await importDataset(db, fixture('tiny'));
    const [p] = await db.raw(
      "MATCH (p:Project {id: 'p-a'}) RETURN p.totalInvestmentYi AS invest, p.effectiveStatus AS status, p.status AS stated",
    );
    expect(p).toEqual({ invest: 1200, status: 'under_construction', stated: null });
  });

  it('replaces what a changed record no longer states', async () => {
    await importDataset(db, fixture('tiny'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-ds-'));
    try {
      const bundle = readDataset(fixture('tiny')).bundle;
      bundle.projects[0]!.segments = [];
      bundle.projects[0]!.batches![0]!.list = 'in_production';
      writeBundle(bundle, dir);
      const summary = await importDataset(db, dir);
      expect(summary.updated.Project).toBe(1);
      const [row] = await db.raw(
        "MATCH (p:Project {id: 'p-a'}) RETURN COUNT { (p)-[:TARGETS]->() } AS targets, [(p)-[l:LISTED_IN]->() | l.list] AS lists, p.effectiveStatus AS status",
      );
      expect(row).toEqual({ targets: 0, lists: ['in_production'], status: 'in_production' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['bad-enum', /batches\.0\.list/],
    ['dangling', /segments\.0\.segment: refers to ChainSegment "no-such-segment"/],
    ['duplicate', /duplicate id/],
    ['broken-json', /not valid JSON/],
    ['half-bad', /b-invalid\.json › figures\[0\] \(f-bad\) › valueYi/],
    [
      'meaning-unit',
      /meaning-unit\/d\.json › figures\[0\] \(f-kg\) › unit: unit "kg" is not a money unit/,
    ],
    [
      'meaning-conversion',
      /figures\[0\] \(f-wan\) › valueYi: 5000万元 is 0\.5亿元, but valueYi is 5000/,
    ],
    ['meaning-negative', /figures\[0\] \(f-neg\) › valueYi: total_investment cannot be negative/],
    [
      'identity-rename',
      /enterprises\[1\] \(ent-a\) › name: Enterprise id "ent-a" already exists in the graph with name "甲科技有限公司"; this record gives "乙科技有限公司"/,
    ],
  ])('rejects %s with a coded error and leaves the graph unchanged', async (name, message) => {
    await importDataset(db, fixture('tiny'));
    const before = await graphChecksum(db);
    const err = await importDataset(db, fixture(name)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatasetError);
    expect((err as DatasetError).extensions.code).toBe('INVALID_DATASET');
    expect((err as Error).message).toMatch(message);
    expect(await graphChecksum(db)).toBe(before);
    const [row] = await db.raw("MATCH (e:Enterprise {id: 'ent-new'}) RETURN count(e) AS n");
    expect(row?.n).toBe(0);
  });

  it('accepts a changed name when the record says it is a correction', async () => {
    await importDataset(db, fixture('tiny'));
    const summary = await importDataset(db, fixture('identity-correction'));
    expect(summary.updated.Enterprise).toBe(1);
    const [row] = await db.raw(
      "MATCH (e:Enterprise {id: 'ent-a'}) RETURN e.name AS name, e.correction AS correction",
    );
    expect(row).toEqual({ name: '甲科技股份有限公司', correction: null });
    // Once corrected, the new name is the identity: the original name is now the change.
    const err = await importDataset(db, fixture('tiny')).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/"ent-a" already exists .* "甲科技股份有限公司"/);
  });

  it('looks identities up in one statement for the whole dataset', async () => {
    const counter = newRoundTripCounter();
    await withRoundTripCounter(counter, () => importDataset(db, DATA_DIR));
    expect(counter.keys.filter((k) => k === 'dataset/stored-identities')).toHaveLength(1);
    // Before the write transaction (which opens with the rollup marks, rollups/mark): at most one
    // missing-reference and one identity look-up, however many records.
    const firstWrite = counter.keys.findIndex(
      (k) => k.startsWith('dataset/upsert-') || k.startsWith('rollups/'),
    );
    expect(counter.keys.slice(0, firstWrite)).toEqual(['dataset/stored-identities']);
  });

  it('accepts references to nodes already in the graph', async () => {
    await importDataset(db, fixture('tiny'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-ds-'));
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'more.json'),
        JSON.stringify({
          enterprises: [
            {
              id: 'ent-b',
              name: '乙公司',
              kind: 'company',
              park: 'park-a',
              reference: { basis: 'test fixture' },
            },
          ],
        }),
      );
      const summary = await importDataset(db, dir);
      expect(summary.created.Enterprise).toBe(1);
      const [row] = await db.raw(
        "MATCH (:Enterprise {id: 'ent-b'})-[:LOCATED_IN]->(p:Park) RETURN p.id AS park",
      );
      expect(row?.park).toBe('park-a');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('import of the curated dataset (data/)', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await importDataset(db, DATA_DIR);
  });

  it('holds exactly the records and relationships of the files', async () => {
    const counts = await graphCounts(db);
    expect(counts).toEqual(expectedCounts(seedBundle()));
    expect(counts.labels.Source).toBe(5);
    expect(counts.labels.Project).toBeGreaterThanOrEqual(80);
    expect(counts.labels.IndustryChain).toBeGreaterThanOrEqual(11);
  });

  it('is idempotent: a second run creates and changes nothing', async () => {
    const before = await graphChecksum(db);
    const again = await importDataset(db, DATA_DIR);
    expect(Object.values(again.created).reduce((a, b) => a + b, 0)).toBe(0);
    expect(Object.values(again.updated).reduce((a, b) => a + b, 0)).toBe(0);
    expect(await graphChecksum(db)).toBe(before);
  });

  it('exports back to the same records, and re-importing the export keeps the checksum', async () => {
    const before = await graphChecksum(db);
    const exported = await exportDataset(db);
    const want = canonical(seedBundle());
    const got = canonical(exported);
    for (const kind of Object.keys(want)) expect(got[kind], kind).toEqual(want[kind]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-export-'));
    try {
      writeBundle(exported, dir);
      await resetGraph(db);
      await importDataset(db, dir);
      expect(await graphChecksum(db)).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
