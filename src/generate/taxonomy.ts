import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Bundle,
  type ChainRec,
  type DistrictRec,
  type SegmentRec,
  type SupplyRec,
} from '../dataset/records.js';

/** The curated regions the synthetic region tree hangs under. */
export const PROVINCE = 'henan';
export const CITY = 'zhengzhou';

/** What the generator builds on: the real chain taxonomy and the real region names. */
export interface Taxonomy {
  chains: ChainRec[];
  segments: SegmentRec[];
  supplies: SupplyRec[];
  /** Names and aliases of the dataset's real regions, which synthetic ones must not take. */
  regionNames: string[];
}

/**
 * Reads the reference chain taxonomy (`reference/chains.json`) and the seed region tree
 * (`seed/districts.json`) of a dataset folder at run time, so the synthetic graph always
 * uses the ids the curated graph has.
 */
export function loadTaxonomy(dataDir: string): Taxonomy {
  const read = (file: string) =>
    Bundle.parse(JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')));
  const reference = read('reference/chains.json');
  const seed = read('seed/districts.json');
  for (const id of [PROVINCE, CITY])
    if (!seed.districts.some((d) => d.id === id))
      throw new Error(
        `seed/districts.json has no district "${id}" to hang the synthetic regions on`,
      );
  if (!reference.chains.length || !reference.segments.length)
    throw new Error('reference/chains.json holds no chains or segments');
  const names = (d: DistrictRec) => [d.name, ...(d.aliases ?? [])];
  return {
    chains: reference.chains,
    segments: reference.segments,
    supplies: reference.supplies,
    regionNames: [...seed.districts, ...reference.districts].flatMap(names),
  };
}

/** Look-ups over the taxonomy: a chain's segments in order, a segment's downstream segments. */
export interface ChainIndex {
  chainIds: string[];
  chainName: Map<string, string>;
  /** Segment ids of each chain, ordered upstream → downstream. */
  chainSegments: Map<string, string[]>;
  segmentName: Map<string, string>;
  /** Segments each segment supplies to (the real supply edges). */
  downstream: Map<string, string[]>;
}

export function indexTaxonomy(t: Taxonomy): ChainIndex {
  const chainSegments = new Map<string, { id: string; order: number }[]>();
  for (const s of t.segments)
    for (const c of s.chains) {
      const list = chainSegments.get(c.chain) ?? [];
      list.push({ id: s.id, order: c.order });
      chainSegments.set(c.chain, list);
    }
  const downstream = new Map<string, string[]>();
  for (const e of t.supplies) downstream.set(e.from, [...(downstream.get(e.from) ?? []), e.to]);
  const chainIds = t.chains.map((c) => c.id).filter((id) => chainSegments.get(id)?.length);
  return {
    chainIds,
    chainName: new Map(t.chains.map((c) => [c.id, c.name])),
    chainSegments: new Map(
      chainIds.map((id) => [
        id,
        (chainSegments.get(id) ?? []).sort((a, b) => a.order - b.order).map((s) => s.id),
      ]),
    ),
    segmentName: new Map(t.segments.map((s) => [s.id, s.name])),
    downstream,
  };
}
