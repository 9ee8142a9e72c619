import { round } from '../../core/round.js';

/** A move between two consecutive 三个一批 listings of projects, aggregated (pipeline/transitions). */
export interface Transition {
  from: string;
  to: string;
  projects: number;
  meanPeriods: number | null;
  rosterBounded: number;
}

const RANK: Record<string, number> = { signed: 1, started: 2, in_production: 3 };

/** Orders transitions along the pipeline: 签约 → 开工 → 投产, then by destination. */
export function orderTransitions(list: Transition[]): Transition[] {
  return [...list].sort(
    (x, y) => (RANK[x.from] ?? 9) - (RANK[y.from] ?? 9) || (RANK[x.to] ?? 9) - (RANK[y.to] ?? 9),
  );
}

/** A conversion rate (e.g. signed → started) to 4 places; null when nothing was there to convert. */
export const rate = (converted: number, of: number): number | null =>
  of ? round(converted / of, 4) : null;
