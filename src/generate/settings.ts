/** What `npm run generate` is asked for; absent counts scale with the number of enterprises. */
export interface GenerateOptions {
  enterprises: number;
  projects?: number;
  districts?: number;
  parks?: number;
  seed?: number;
  /**
   * Records per chunk file of enterprises and projects (the other kinds take more, see
   * write-chunks.ts); supplier links only point into the same or an earlier chunk.
   */
  chunkSize?: number;
}

export interface GenerateSettings {
  enterprises: number;
  projects: number;
  districts: number;
  parks: number;
  seed: number;
  chunkSize: number;
  /** The provenance every synthetic record carries. */
  reference: { basis: string };
}

export const DEFAULT_SEED = 42;
/**
 * Enterprises and projects per chunk file, i.e. per import transaction: each carries ~5
 * relationships, and 20 000 of them outgrow the embedded database's default 512 MB heap.
 */
export const CHUNK_SIZE = 5_000;
/** Number of synthetic 三个一批 periods (events gen-sgyp-01 … gen-sgyp-12). */
export const PERIODS = 12;
/**
 * Synthetic periods are numbered SYNTHETIC_PERIOD_BASE + 1 … + PERIODS (101..112), apart from
 * the curated periods (1, 2, 3 …), so period filters never mix the two.
 */
export const SYNTHETIC_PERIOD_BASE = 100;

export function resolveSettings(o: GenerateOptions): GenerateSettings {
  const e = o.enterprises;
  const seed = o.seed ?? DEFAULT_SEED;
  const s: GenerateSettings = {
    enterprises: e,
    projects: o.projects ?? Math.round(e / 2),
    districts: o.districts ?? Math.max(10, Math.round(e / 2000)),
    parks: o.parks ?? Math.max(5, Math.round(e / 200)),
    seed,
    chunkSize: o.chunkSize ?? CHUNK_SIZE,
    reference: { basis: `synthetic data from npm run generate, seed ${seed}` },
  };
  for (const [key, min] of [
    ['enterprises', 1],
    ['projects', 0],
    ['districts', 3],
    ['parks', 1],
    ['chunkSize', 1],
  ] as const)
    if (!Number.isInteger(s[key]) || s[key] < min)
      throw new RangeError(`${key} must be an integer ≥ ${min} (got ${s[key]})`);
  if (!Number.isInteger(seed) || seed < 0) throw new RangeError(`seed must be an integer ≥ 0`);
  if (s.chunkSize > 20_000) throw new RangeError('chunkSize must be at most 20 000');
  return s;
}
