import type { Database } from '../db/database.js';
import { int } from '../db/convert.js';
import { badInput } from '../errors/app-error.js';
import { hashApiKey, keyIdOf, newApiKey } from './api-key.js';
import { isRole, type Principal, type Role } from './roles.js';

export interface KeyRecord {
  id: string;
  name: string;
  role: Role;
  ratePerMinute: number | null;
  createdAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedKey extends KeyRecord {
  /** The key itself, shown once: only its hash is stored. */
  key: string;
}

/** Longest key name accepted (a label for people: "帆软报表服务器", "grafana-prod"). */
export const MAX_KEY_NAME = 100;

/**
 * API keys in the graph (`ApiKey` nodes), so every app instance on the same database shares them.
 * Creating, listing and revoking are for the CLI and the admin routes; `principalFor` is on every
 * request, so its answers are kept for `cacheMs` (a revoked key stops working on every instance
 * within that time).
 */
export class KeyStore {
  private readonly cache = new Map<string, { principal: Principal | null; at: number }>();
  private readonly misses = new Map<string, { principal: Principal | null; at: number }>();
  private active: { n: number; at: number } | undefined;
  private readonly touched = new Map<string, number>();
  private pendingTouch = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly cacheMs = 5_000,
  ) {}

  async create(name: string, role: Role, ratePerMinute: number | null = null): Promise<CreatedKey> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > MAX_KEY_NAME)
      throw badInput('name', `must be 1 to ${MAX_KEY_NAME} characters`);
    if (!isRole(role))
      throw badInput('role', `must be reader, editor or admin, got ${String(role)}`);
    if (ratePerMinute !== null && (!Number.isInteger(ratePerMinute) || ratePerMinute < 1))
      throw badInput('ratePerMinute', 'must be a whole number of requests per minute, at least 1');
    const fresh = newApiKey();
    const [row] = await this.db.write('auth/key-create', {
      id: fresh.id,
      hash: fresh.hash,
      name: trimmed,
      role,
      ratePerMinute: ratePerMinute === null ? null : int(ratePerMinute),
    });
    if (!row?.created) throw new Error(`key id ${fresh.id} already exists; try again`);
    this.active = undefined;
    return {
      id: fresh.id,
      key: fresh.key,
      name: trimmed,
      role,
      ratePerMinute,
      createdAt: String(row.createdAt),
      lastUsedAt: null,
      revokedAt: null,
    };
  }

  async list(): Promise<KeyRecord[]> {
    const rows = await this.db.read('auth/key-list');
    return rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      role: isRole(r.role) ? r.role : 'reader',
      ratePerMinute: r.ratePerMinute == null ? null : Number(r.ratePerMinute),
      createdAt: (r.createdAt as string | null) ?? null,
      lastUsedAt: (r.lastUsedAt as string | null) ?? null,
      revokedAt: (r.revokedAt as string | null) ?? null,
    }));
  }

  /** Revokes by id; null when no key has it. */
  async revoke(id: string): Promise<{ id: string; name: string; revokedAt: string } | null> {
    const [row] = await this.db.write('auth/key-revoke', { id });
    this.cache.clear();
    this.misses.clear();
    this.active = undefined;
    return row
      ? { id: String(row.id), name: String(row.name), revokedAt: String(row.revokedAt) }
      : null;
  }

  /** The holder of a presented key; null when it is not a key of ours or was revoked. */
  async principalFor(key: string): Promise<Principal | null> {
    if (!keyIdOf(key)) return null;
    const hash = hashApiKey(key);
    const now = Date.now();
    const known = this.cache.get(hash) ?? this.misses.get(hash);
    if (known && now - known.at < this.cacheMs) return known.principal;
    let row;
    try {
      [row] = await this.db.read('auth/key-by-hash', { hash });
    } catch (err) {
      // While the database is down no key can be created or revoked in it: the last verdict
      // still holds. Without one the request fails with the database's error (503).
      if (known) return known.principal;
      throw err;
    }
    const principal: Principal | null =
      row && !row.revoked && isRole(row.role)
        ? {
            kind: 'key',
            id: String(row.id),
            name: String(row.name),
            role: row.role,
            ratePerMinute: row.ratePerMinute == null ? null : Number(row.ratePerMinute),
          }
        : null;
    // Unknown keys go to a map of their own: a flood of made-up keys must not push out the
    // verdicts of real ones (kept for when the database is down).
    const into = principal ? this.cache : this.misses;
    if (into.size >= MAX_CACHED) into.clear();
    into.set(hash, { principal, at: now });
    return principal;
  }

  /** Whether any key is in force (anonymous reads on loopback end as soon as one exists). */
  async anyActive(): Promise<boolean> {
    const now = Date.now();
    if (!this.active || now - this.active.at >= this.cacheMs) {
      try {
        const [row] = await this.db.read('auth/key-active-count');
        this.active = { n: Number(row?.n ?? 0), at: now };
      } catch (err) {
        if (!this.active) throw err; // as in principalFor: the last answer holds while it is down
      }
    }
    return this.active.n > 0;
  }

  /**
   * Notes that a key was used. The time is written at most once a minute per key, in the
   * background and batched: a failure to record it never fails the request.
   */
  noteUse(id: string): void {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    if (this.touched.size >= MAX_CACHED) this.touched.clear();
    this.touched.set(id, now);
    this.pendingTouch.add(id);
    if (this.pendingTouch.size === 1) {
      setImmediate(() => {
        const ids = [...this.pendingTouch];
        this.pendingTouch = new Set();
        this.db.write('auth/key-touch', { ids }).catch(() => undefined);
      });
    }
  }
}

const MAX_CACHED = 10_000;
const TOUCH_EVERY_MS = 60_000;
