import path from 'node:path';
import { LABEL, type NodeKind } from '../../src/dataset/graph-model.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import type { Bundle } from '../../src/dataset/records.js';
import { clean, stableJson, toGraph } from '../../src/dataset/to-graph.js';

export const DATA_DIR = path.resolve('data');
export const fixture = (name: string) => path.resolve('test/fixtures/datasets', name);

/** What the graph must hold after importing a bundle: node counts per label, rels per type. */
export function expectedCounts(bundle: Bundle): {
  labels: Record<string, number>;
  relationships: Record<string, number>;
} {
  const labels: Record<string, number> = {};
  for (const kind of Object.keys(LABEL) as NodeKind[])
    if (bundle[kind].length) labels[LABEL[kind]] = bundle[kind].length;
  const rows = toGraph(bundle);
  const relationships: Record<string, number> = {};
  for (const r of rows.rels) relationships[r.type] = (relationships[r.type] ?? 0) + 1;
  if (rows.evidence.length) relationships.EVIDENCED_BY = rows.evidence.length;
  return { labels, relationships };
}

/**
 * A bundle in canonical form for equality checks: nulls and empty lists dropped, keys sorted,
 * records of each kind ordered by id. One string per record, so a failure shows the record.
 */
export function canonical(bundle: Bundle): Record<string, string[]> {
  const deep = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(deep);
    if (v && typeof v === 'object')
      return clean(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)])));
    return v;
  };
  const out: Record<string, string[]> = {};
  for (const [kind, records] of Object.entries(bundle)) {
    out[kind] = (records as Record<string, unknown>[]).map((r) => stableJson(deep(r))).sort();
  }
  return out;
}

export const seedBundle = () => readDataset(DATA_DIR).bundle;
