import type { EventRec, FigureRec, ProjectRec } from '../dataset/records.js';
import { pad } from './generate-regions.js';
import { chineseNumber } from './names.js';
import { Random } from './random.js';
import { PERIODS, SYNTHETIC_PERIOD_BASE, type GenerateSettings } from './settings.js';
import { PROVINCE } from './taxonomy.js';

/** The event of the n-th synthetic period (n = 1..PERIODS): gen-sgyp-01 … gen-sgyp-12. */
export const eventId = (n: number) => `gen-sgyp-${pad(n, 2)}`;
/**
 * The `period` number stored on the n-th synthetic event: 101..112, a range the curated
 * 三个一批 periods (1, 2, 3 …, data/seed/events.json) never reach, so a filter on a period
 * number never mixes curated and synthetic listings.
 */
export const syntheticPeriod = (n: number) => SYNTHETIC_PERIOD_BASE + n;

/**
 * Synthetic 三个一批 periods (period numbers 101..112), quarterly from July 2021 (so the 7th
 * falls in January 2023 and the 11th in January 2024, as in the curated data), each on a
 * seeded day.
 */
export function generateEvents(s: GenerateSettings): EventRec[] {
  const rng = new Random(s.seed, 'events');
  return Array.from({ length: PERIODS }, (_, i) => {
    const months = 2021 * 12 + 6 + 3 * i;
    const date = `${Math.floor(months / 12)}-${pad((months % 12) + 1, 2)}-${pad(rng.int(5, 28), 2)}`;
    const cn = chineseNumber(i + 1);
    return {
      id: eventId(i + 1),
      name: `合成数据第${cn}期“三个一批”项目建设活动`,
      aliases: [`合成第${cn}期`],
      kind: 'three_batches',
      period: syntheticPeriod(i + 1),
      date,
      region: PROVINCE,
      reference: s.reference,
    };
  });
}

/** Counts of projects per (event, list), filled one project at a time (see countListings). */
export type ListingCounts = Map<string, number>;

export function countListings(counts: ListingCounts, p: ProjectRec): void {
  for (const b of p.batches ?? []) {
    const key = `${b.event}|${b.list}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

/** Each period's stated totals: the number of projects on each of its three lists. */
export function eventCountFigures(
  s: GenerateSettings,
  events: EventRec[],
  counts: ListingCounts,
): FigureRec[] {
  return events.flatMap((e) =>
    (['signed', 'started', 'in_production'] as const).flatMap((list) => {
      const n = counts.get(`${e.id}|${list}`);
      if (!n) return [];
      const figure: FigureRec = {
        id: `gen-f-${e.id.slice('gen-'.length)}-${list.replace('_', '-')}`,
        subject: { kind: 'event', id: e.id },
        kind: 'project_count',
        value: n,
        stated: n,
        unit: '个',
        qualifier: 'exact',
        list,
        reference: s.reference,
      };
      return [figure];
    }),
  );
}
