import type { Firm } from './generate-enterprises.js';
import type { Place } from './generate-regions.js';
import { Random } from './random.js';
import type { GenerateSettings } from './settings.js';
import type { ChainIndex } from './taxonomy.js';

/**
 * 链主: in each (chain, city) the largest firm, when it is also among the largest 1 % of all
 * firms. Rare by construction: at most one per chain and city.
 */
export function designateLeaders(firms: Firm[], places: Place[]): void {
  if (!firms.length) return;
  const sorted = firms.map((f) => f.revenue).sort((a, b) => b - a);
  const threshold = sorted[Math.max(0, Math.floor(firms.length / 100) - 1)] as number;
  const best = new Map<string, Firm>();
  for (const f of firms) {
    const key = `${f.chain}|${(places[f.place] as Place).city}`;
    const current = best.get(key);
    if (!current || f.revenue > current.revenue) best.set(key, f);
  }
  for (const [key, f] of best)
    if (f.revenue >= threshold) f.leads = key.slice(key.indexOf('|') + 1);
}

/**
 * `supplier_of` links: a firm supplies firms of a segment its own segment supplies to (the
 * real supply edges), preferring larger customers (best of three by revenue). A link only
 * points to a firm in the same or an earlier chunk, so chunk-by-chunk imports resolve.
 */
export function linkSuppliers(s: GenerateSettings, ix: ChainIndex, firms: Firm[]): void {
  const rng = new Random(s.seed, 'links');
  const bySegment = new Map<string, number[]>();
  firms.forEach((f, i) => {
    for (const seg of f.segments) {
      const list = bySegment.get(seg) ?? [];
      list.push(i);
      bySegment.set(seg, list);
    }
  });
  firms.forEach((f, i) => {
    if (!rng.chance(f.revenue >= 5 ? 0.6 : 0.35)) return;
    const wanted = 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0);
    const limit = Math.min(firms.length, (Math.floor(i / s.chunkSize) + 1) * s.chunkSize);
    for (let tries = 0; f.supplies.length < wanted && tries < wanted * 3; tries++) {
      const outs = ix.downstream.get(rng.pick(f.segments));
      if (!outs?.length) continue;
      const pool = bySegment.get(rng.pick(outs));
      const n = pool ? countBelow(pool, limit) : 0;
      if (!pool || !n) continue;
      let target = pool[rng.int(0, n - 1)] as number;
      for (let k = 0; k < 2; k++) {
        const other = pool[rng.int(0, n - 1)] as number;
        if ((firms[other] as Firm).revenue > (firms[target] as Firm).revenue) target = other;
      }
      const to = (firms[target] as Firm).id;
      if (target !== i && !f.supplies.includes(to)) f.supplies.push(to);
    }
  });
}

/** How many entries of an ascending list are below `limit`. */
function countBelow(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
