import type { EventRec, FigureRec, ProjectRec } from '../dataset/records.js';
import { pad } from './generate-regions.js';
import { chineseNumber } from './names.js';
import { Random } from './random.js';
import { PERIODS, type GenerateSettings } from './settings.js';
import { PROVINCE } from './taxonomy.js';

export const eventId = (period: number) => `gen-sgyp-${pad(period, 2)}`;

/**
 * Synthetic 三个一批 periods 1..12, quarterly from July 2021 (so period 7 falls in January 2023
 * and period 11 in January 2024, as in the curated data), each on a seeded day.
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
      period: i + 1,
      date,
      region: PROVINCE,
      reference: s.reference,
    };
  });
}

/** Each period's stated totals: the number of projects on each of its three lists. */
export function eventCountFigures(
  s: GenerateSettings,
  events: EventRec[],
  projects: ProjectRec[],
): FigureRec[] {
  const counts = new Map<string, number>();
  for (const p of projects)
    for (const b of p.batches ?? []) {
      const key = `${b.event}|${b.list}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
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
