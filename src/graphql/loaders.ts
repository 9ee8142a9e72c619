import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database.js';
import { stableJson } from '../dataset/to-graph.js';

/**
 * Per-request DataLoaders, one per (cypher key, extra parameters). Every batched statement
 * takes `$keys` and returns rows with a `key` column, so N parents cost one round trip.
 */
export class Loaders {
  private readonly many = new Map<string, DataLoader<string, Row[]>>();

  constructor(
    private readonly db: Database,
    private readonly signal?: AbortSignal,
  ) {}

  /** Rows per key (e.g. the projects of each enterprise). */
  rows(cypherKey: string, params: Record<string, unknown> = {}): DataLoader<string, Row[]> {
    const id = `${cypherKey}|${stableJson(params)}`;
    let loader = this.many.get(id);
    if (!loader) {
      loader = new DataLoader<string, Row[]>(
        async (keys) => {
          const rows = await this.db.read(
            cypherKey,
            { ...params, keys: [...keys] },
            { signal: this.signal },
          );
          const grouped = new Map<string, Row[]>();
          for (const r of rows) {
            const k = String(r.key);
            const list = grouped.get(k);
            if (list) list.push(r);
            else grouped.set(k, [r]);
          }
          return keys.map((k) => grouped.get(k) ?? []);
        },
        { maxBatchSize: 5000 },
      );
      this.many.set(id, loader);
    }
    return loader;
  }

  /** Tells a loader the answer for a key already known from another statement. */
  prime(cypherKey: string, key: string, rows: Row[], params: Record<string, unknown> = {}): void {
    this.rows(cypherKey, params).prime(key, rows);
  }

  /** At most one row per key (e.g. a node by uid). */
  async one(
    cypherKey: string,
    key: string,
    params: Record<string, unknown> = {},
  ): Promise<Row | null> {
    const rows = await this.rows(cypherKey, params).load(key);
    return rows[0] ?? null;
  }
}
