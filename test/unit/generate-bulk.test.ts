import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Bundle } from '../../src/dataset/records.js';
import { toGraph } from '../../src/dataset/to-graph.js';
import { ARRAY_DELIMITER, CsvGraphWriter } from '../../src/generate/bulk-csv.js';
import { generateBundle, generateRecords } from '../../src/generate/generate-bundle.js';
import { loadTaxonomy } from '../../src/generate/taxonomy.js';
import { ChunkWriter, writeChunks } from '../../src/generate/write-chunks.js';

const taxonomy = loadTaxonomy(path.resolve('data'));
const bundle = generateBundle({ enterprises: 200, seed: 3 }, taxonomy);

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-bulk-'));
  temp.push(dir);
  return dir;
};

describe('streaming generation', () => {
  it('streams the same records, in the same files, as the whole bundle', () => {
    const [a, b] = [tempDir(), tempDir()];
    const whole = writeChunks(bundle, a, 50);
    const writer = new ChunkWriter(b, 50);
    generateRecords({ enterprises: 200, seed: 3 }, taxonomy, (kind, r) => writer.add(kind, r));
    const streamed = writer.close();
    expect(streamed.map((f) => path.basename(f))).toEqual(whole.map((f) => path.basename(f)));
    streamed.forEach((f, i) =>
      expect(readFileSync(f, 'utf8')).toBe(readFileSync(whole[i]!, 'utf8')),
    );
  });

  it('numbers synthetic periods apart from the curated ones', () => {
    const curated = Bundle.parse(
      JSON.parse(readFileSync(path.resolve('data/seed/events.json'), 'utf8')),
    ).events.map((e) => e.period);
    const synthetic = bundle.events.map((e) => e.period);
    expect(synthetic.filter((p) => curated.includes(p))).toEqual([]);
    expect(Math.min(...(synthetic as number[]))).toBeGreaterThan(
      Math.max(...(curated.filter((p) => p != null) as number[])),
    );
  });
});

describe('CsvGraphWriter', () => {
  it('writes every node and relationship of toGraph once, under a header of its columns', () => {
    const dir = tempDir();
    const rows = toGraph(bundle);
    const writer = new CsvGraphWriter(dir);
    writer.add(rows);
    const csv = writer.close();
    expect(csv.nodes).toBe(rows.nodes.length);
    expect(csv.relationships).toBe(rows.rels.length + rows.evidence.length);
    expect(csv.multiline).toBe(false);
    const lines = (files: string[]) =>
      files.flatMap((f) => readFileSync(f, 'utf8').trimEnd().split('\n'));
    const nodeLines = lines(csv.nodeFiles);
    expect(nodeLines.length).toBe(rows.nodes.length + csv.nodeFiles.length);
    const header = readFileSync(csv.nodeFiles[0]!, 'utf8').split('\n')[0]!;
    expect(header.startsWith('uid:ID,:LABEL,')).toBe(true);
    expect(header).toContain('contentHash:string');
    expect(header).not.toMatch(/(^|,)uid:string/);
    const firm = rows.nodes.find((n) => n.label === 'Enterprise')!;
    const line = nodeLines.find((l) => l.startsWith(`"${firm.uid}"`))!;
    expect(line).toContain(`"Enterprise${ARRAY_DELIMITER}Entity"`);
    expect(line).toContain(`"${firm.hash}"`);
    expect(lines(csv.relationshipFiles).length).toBe(
      csv.relationships + csv.relationshipFiles.length,
    );
    const relHeader = readFileSync(csv.relationshipFiles[0]!, 'utf8').split('\n')[0]!;
    expect(relHeader).toMatch(/^:START_ID,:END_ID,:TYPE,.*key:string/);
  });
});
