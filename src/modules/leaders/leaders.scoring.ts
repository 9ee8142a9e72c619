import { score } from '../../core/round.js';
import { LEADING_TAGS } from '../gaps/gaps.scoring.js';

/** Criteria of a chain-leader candidate, as leader-candidates returns them. */
export interface LeaderFacts {
  segments: string[];
  revenueYi: number | null;
  tags: string[];
  /** Descriptions as a leading firm (龙头企业) of the chain, from any source. */
  described: unknown[];
  /** Its group is leading by tag or revenue. */
  groupLeading?: boolean;
  localProjects: number;
  localPartners: number;
}

/**
 * A 链主 anchors a chain locally and pulls suppliers in: breadth across the chain's segments,
 * scale, standing (a leading tag, a description as a leading firm — 龙头企业 — in a source, or a
 * leading group), local investment and local partners. Each term is 0–1; the score is their
 * weighted mean over the KNOWN terms: an unknown revenue leaves scale out rather than counting 0.
 */
export function leaderScore(f: LeaderFacts, chainSegments: number, maxRevenueYi: number): number {
  const breadth =
    chainSegments > 0 ? Math.min(1, f.segments.length / Math.min(3, chainSegments)) : 0;
  const scale =
    f.revenueYi === null
      ? null
      : maxRevenueYi > 0 && f.revenueYi > 0
        ? Math.log10(1 + f.revenueYi) / Math.log10(1 + maxRevenueYi)
        : 0;
  const standing =
    f.described.length || f.groupLeading || f.tags.some((t) => LEADING_TAGS.includes(t)) ? 1 : 0;
  const local = Math.min(1, 0.5 * f.localProjects);
  const pull = Math.min(1, 0.34 * f.localPartners);
  const terms: [number | null, number][] = [
    [breadth, 0.2],
    [scale, 0.3],
    [standing, 0.2],
    [local, 0.15],
    [pull, 0.15],
  ];
  const known = terms.filter(([v]) => v !== null) as [number, number][];
  const weight = known.reduce((s, [, w]) => s + w, 0);
  return score(known.reduce((s, [v, w]) => s + v * w, 0) / weight);
}

export const leadingTags = (tags: string[]): string[] =>
  tags.filter((t) => LEADING_TAGS.includes(t));

/** Designated 链主 first, then by score, then by id (a stable order for equal scores). */
export function rankLeaders<T extends { id: string; designated: boolean; score: number }>(
  entries: T[],
): T[] {
  return [...entries].sort(
    (a, b) =>
      Number(b.designated) - Number(a.designated) || b.score - a.score || a.id.localeCompare(b.id),
  );
}
