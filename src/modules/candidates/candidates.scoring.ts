import { score } from '../../core/round.js';
import { LEADING_TAGS } from '../gaps/gaps.scoring.js';

/**
 * Ranks firms that could fill a gap (招商 targeting). Each component is 0–1 and shown to the
 * analyst; the total is their weighted sum. Pure: unit-tested without a database.
 */
export interface CandidateFacts {
  id: string;
  tags: string[];
  leads: string[];
  revenueYi: number | null;
  recentProjects: number;
  linkCount: number;
  projectLinks: number;
  subsidiaryLinks: number;
  supplyLinks: number;
}

export interface ScoreWeights {
  leader: number;
  scale: number;
  links: number;
  expansion: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = {
  leader: 0.3,
  scale: 0.3,
  links: 0.25,
  expansion: 0.15,
};

export interface ScoreBreakdown {
  leader: number;
  scale: number;
  links: number;
  expansion: number;
  total: number;
}

/** 1 for a designated 链主 anywhere, 0.6 for a leading tag (listed, central SOE…), else 0. */
export function leaderScore(c: CandidateFacts): number {
  if (c.leads.length > 0) return 1;
  return c.tags.some((t) => LEADING_TAGS.includes(t) || t === '央企') ? 0.6 : 0;
}

/** Revenue on a log scale relative to the largest candidate (unknown revenue scores 0). */
export function scaleScore(revenueYi: number | null, maxRevenueYi: number): number {
  if (!revenueYi || revenueYi <= 0 || maxRevenueYi <= 0) return 0;
  return Math.min(1, Math.log10(1 + revenueYi) / Math.log10(1 + maxRevenueYi));
}

/** Existing ties to the region: direct firm links and local projects weigh most, supply adjacency least. */
export function linkScore(c: CandidateFacts): number {
  return Math.min(
    1,
    0.5 * c.linkCount + 0.5 * c.projectLinks + 0.4 * c.subsidiaryLinks + 0.15 * c.supplyLinks,
  );
}

/** Recent expansion: projects signed or under way (or listed in recent periods), anywhere. */
export function expansionScore(c: CandidateFacts): number {
  return Math.min(1, 0.5 * c.recentProjects);
}

export function scoreCandidates<T extends CandidateFacts>(
  list: T[],
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): (T & { breakdown: ScoreBreakdown })[] {
  const maxRevenue = Math.max(0, ...list.map((c) => c.revenueYi ?? 0));
  return list
    .map((c) => {
      const b = {
        leader: leaderScore(c),
        scale: score(scaleScore(c.revenueYi, maxRevenue)),
        links: score(linkScore(c)),
        expansion: score(expansionScore(c)),
      };
      const total = score(
        b.leader * weights.leader +
          b.scale * weights.scale +
          b.links * weights.links +
          b.expansion * weights.expansion,
      );
      return { ...c, breakdown: { ...b, total } };
    })
    .sort((a, b) => b.breakdown.total - a.breakdown.total || a.id.localeCompare(b.id));
}

/** What a scored candidate says about itself, in words for the analyst. */
export function candidateReasons(c: CandidateFacts & { segments: { name: string }[] }): string[] {
  const out = [`operates in ${c.segments.map((s) => s.name).join('、')}`];
  if (c.leads.length) out.push(`designated 链主 of ${c.leads.join('、')}`);
  if (c.revenueYi) out.push(`revenue about ${c.revenueYi} 亿元`);
  if (c.linkCount) out.push(`${c.linkCount} direct link(s) to firms in the region`);
  if (c.projectLinks) out.push(`${c.projectLinks} project(s) already in the region`);
  if (c.subsidiaryLinks) out.push(`group company present in the region`);
  if (c.supplyLinks) out.push(`${c.supplyLinks} local firm(s) one supply step away`);
  if (c.recentProjects) out.push(`${c.recentProjects} recent project(s) signed or under way`);
  return out;
}
