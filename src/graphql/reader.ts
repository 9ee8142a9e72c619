import DataLoader from 'dataloader';
import { stableJson } from '../core/stable-json.js';
import type { Database, Params, Row } from '../db/database.js';
import type { RoundTripCounter } from '../db/round-trips.js';

/**
 * The one way a request reads the graph. It is created per request, already bound to the
 * request's abort signal (its deadline, and the client going away), so no caller passes it.
 *
 * - `rows` runs one statement;
 * - `batch` / `one` run a per-parent statement through a DataLoader, one per (key, params):
 *   every batched statement takes `$keys` and returns rows with a `key` column, so N parents
 *   cost one round trip.
 */
export class Reader {
  private readonly loaders = new Map<string, DataLoader<string, Row[]>>();

  constructor(
    private readonly db: Database,
    private readonly signal?: AbortSignal,
    /** Counts this request's statements (reported in `extensions.roundTrips` when asked). */
    private readonly counter?: RoundTripCounter,
  ) {}

  /** Runs a read statement by key; rows come back as plain objects. */
  rows(key: string, params: Params = {}): Promise<Row[]> {
    if (this.counter) {
      this.counter.count += 1;
      if (this.counter.keys.length < 200) this.counter.keys.push(key);
    }
    return this.db.read(key, params, { signal: this.signal });
  }

  /** The rows of a batched statement for one parent key (e.g. the projects of one enterprise). */
  batch(key: string, parent: string, params: Params = {}): Promise<Row[]> {
    return this.loader(key, params).load(parent);
  }

  /** At most one row of a batched statement for one parent key (e.g. a node by uid). */
  async one(key: string, parent: string, params: Params = {}): Promise<Row | null> {
    return (await this.batch(key, parent, params))[0] ?? null;
  }

  /** Tells a batched statement the answer for a parent already known from another statement. */
  prime(key: string, parent: string, rows: Row[], params: Params = {}): void {
    this.loader(key, params).prime(parent, rows);
  }

  /** Protocol facts of the server this request reads from. */
  serverInfo(): Promise<{ protocolVersion: string; agent: string }> {
    return this.db.serverInfo();
  }

  private loader(key: string, params: Params): DataLoader<string, Row[]> {
    const id = `${key}|${stableJson(params)}`;
    let loader = this.loaders.get(id);
    if (!loader) {
      loader = new DataLoader<string, Row[]>(
        async (keys) => {
          const rows = await this.rows(key, { ...params, keys: [...keys] });
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
      this.loaders.set(id, loader);
    }
    return loader;
  }
}
