import type { Database } from '../db/database.js';
import { hashOf } from './to-graph.js';

/** Node counts per label and relationship counts per type of the dataset graph. */
export async function graphCounts(
  db: Database,
): Promise<{ labels: Record<string, number>; relationships: Record<string, number> }> {
  const [labels, rels] = await Promise.all([
    db.read('dataset/count-labels'),
    db.read('dataset/count-relationships'),
  ]);
  return {
    labels: Object.fromEntries(labels.map((r) => [String(r.label), Number(r.n)])),
    relationships: Object.fromEntries(rels.map((r) => [String(r.type), Number(r.n)])),
  };
}

/** A digest of every dataset node and relationship with their properties: equal graphs, equal checksums. */
export async function graphChecksum(db: Database): Promise<string> {
  const [nodes, rels] = await Promise.all([
    db.read('dataset/checksum-nodes'),
    db.read('dataset/checksum-relationships'),
  ]);
  const relKey = (r: Record<string, unknown>) =>
    `${String(r.from)}|${String(r.type)}|${String(r.to)}|${String((r.props as Record<string, unknown>).key ?? '')}`;
  const sortedRels = [...rels].sort((a, b) =>
    relKey(a) < relKey(b) ? -1 : relKey(a) > relKey(b) ? 1 : 0,
  );
  return hashOf({ nodes, rels: sortedRels });
}
