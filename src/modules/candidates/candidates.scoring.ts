import { score } from '../../core/round.js';

/**
 * Ranks firms that could fill a gap (招商 targeting). Each component is 0–1, or null when the graph
 * knows nothing to judge it by; the total is the weighted mean of the KNOWN components (so unknown is
 * never scored as 0), and `evidenceShare` says how much of the weight that mean rests on. Pure:
 * unit-tested without a database.
 */
export interface CandidateFacts {
  id: string;
  tags: string[];
  /** Chains it is a designated 链主 of. */
  leads: string[];
  /** Chains a text calls it a leading firm (龙头企业) of. */
  leadingIn: string[];
  revenueYi: number | null;
  /** Its group (parent) is leading by tag or revenue. */
  groupLeading: boolean;
  recentProjects: number;
  /** Distinct firms of the region it supplies, partners or is invested with. */
  linkCount: number;
  /** Local firms one supply step from the gap segment (adjacency, the weakest tie), up to 100. */
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
  leader: number | null;
  scale: number | null;
  links: number;
  expansion: number;
  total: number;
  /** Share of the weight resting on known components (1: every component known). */
  evidenceShare: number;
}

/** Leader evidence, strongest first; the component is the best one the firm has. */
export const LEADER_EVIDENCE = {
  designated: 1,
  described: 0.8,
  stateOrListed: 0.6,
  revenue: 0.6,
  champion: 0.5,
  group: 0.5,
  certified: 0.3,
} as const;

const STATE_OR_LISTED = ['央企', '上市公司'];
const CHAMPION = ['小巨人', '独角兽', '链主'];
const CERTIFIED = ['专精特新', '高新技术企业', '瞪羚', '规上企业'];

/**
 * Leader standing from designations, descriptions, tags, revenue and group, from any source. null
 * when the graph knows nothing of the firm's standing (no standing tag, designation or revenue).
 */
export function leaderScore(c: CandidateFacts, leaderRevenueYi = 100): number | null {
  const found: number[] = [];
  if (c.leads.length) found.push(LEADER_EVIDENCE.designated);
  if (c.leadingIn.length) found.push(LEADER_EVIDENCE.described);
  if (c.tags.some((t) => STATE_OR_LISTED.includes(t))) found.push(LEADER_EVIDENCE.stateOrListed);
  if (c.revenueYi !== null && c.revenueYi >= leaderRevenueYi) found.push(LEADER_EVIDENCE.revenue);
  if (c.tags.some((t) => CHAMPION.includes(t))) found.push(LEADER_EVIDENCE.champion);
  if (c.groupLeading) found.push(LEADER_EVIDENCE.group);
  if (c.tags.some((t) => CERTIFIED.includes(t))) found.push(LEADER_EVIDENCE.certified);
  if (found.length) return Math.max(...found);
  // Tags that say nothing of standing (国企, 外资 …) are no evidence of it: only a known revenue
  // below the bar makes 0 a finding rather than a gap in the data.
  return c.revenueYi !== null ? 0 : null;
}

/** Revenue on a log scale relative to the largest known revenue of the pool; unknown stays null. */
export function scaleScore(revenueYi: number | null, maxRevenueYi: number): number | null {
  if (revenueYi === null) return null;
  if (revenueYi <= 0 || maxRevenueYi <= 0) return 0;
  return Math.min(1, Math.log10(1 + revenueYi) / Math.log10(1 + maxRevenueYi));
}

/** Local firms one supply step away are counted up to this many (candidates.queries.ts ADJACENT_CAP). */
export const SUPPLY_LINKS_COUNTED = 100;

/** Ties to the region: concrete links to its firms first (0.5 each), supply adjacency at most 0.3. */
export function linkScore(c: CandidateFacts): number {
  return Math.min(1, 0.5 * c.linkCount + Math.min(0.3, 0.1 * c.supplyLinks));
}

/** Recent expansion: projects signed or under way, anywhere. */
export function expansionScore(c: CandidateFacts): number {
  return Math.min(1, 0.5 * c.recentProjects);
}

export function scoreCandidates<T extends CandidateFacts>(
  list: T[],
  weights: ScoreWeights = DEFAULT_WEIGHTS,
  leaderRevenueYi = 100,
): (T & { breakdown: ScoreBreakdown })[] {
  const maxRevenue = Math.max(0, ...list.map((c) => c.revenueYi ?? 0));
  const all = weights.leader + weights.scale + weights.links + weights.expansion;
  return list
    .map((c) => {
      const leader = leaderScore(c, leaderRevenueYi);
      const scale = scaleScore(c.revenueYi, maxRevenue);
      const parts: [number | null, number][] = [
        [leader, weights.leader],
        [scale, weights.scale],
        [linkScore(c), weights.links],
        [expansionScore(c), weights.expansion],
      ];
      const known = parts.filter(([v]) => v !== null) as [number, number][];
      const knownWeight = known.reduce((s, [, w]) => s + w, 0);
      const b: ScoreBreakdown = {
        leader: leader === null ? null : score(leader),
        scale: scale === null ? null : score(scale),
        links: score(linkScore(c)),
        expansion: score(expansionScore(c)),
        total: knownWeight ? score(known.reduce((s, [v, w]) => s + v * w, 0) / knownWeight) : 0,
        evidenceShare: all ? score(knownWeight / all) : 0,
      };
      return { ...c, breakdown: b };
    })
    .sort(
      (a, b) =>
        b.breakdown.total - a.breakdown.total ||
        b.breakdown.evidenceShare - a.breakdown.evidenceShare ||
        a.id.localeCompare(b.id),
    );
}

const PRESENCE_WORDS: Record<string, string> = {
  self: '已在本区域 / already located in the region',
  group: '集团或下属企业已在本区域 / its group or a unit of it is in the region',
  project: '已在本区域有项目 / already has a project in the region',
  coarse: '只知位于上级区域，可能已在本区域 / located only at a coarser level: may already be here',
};

/** What a scored candidate says about itself, in Chinese and English, for the analyst. */
export function candidateReasons(
  c: CandidateFacts & {
    segments: { name: string }[];
    localPresence: string[];
    breakdown: ScoreBreakdown;
  },
): string[] {
  const out = [`经营${c.segments.map((s) => s.name).join('、')} / operates in the gap segment(s)`];
  for (const p of c.localPresence) out.push(`本地扩张候选：${PRESENCE_WORDS[p] ?? p}`);
  if (c.leads.length) out.push(`${c.leads.join('、')}链主 / designated 链主`);
  if (c.leadingIn.length)
    out.push(`被称为${c.leadingIn.join('、')}龙头企业 / described as a leading firm`);
  const standing = c.tags.filter(
    (t) => STATE_OR_LISTED.includes(t) || CHAMPION.includes(t) || CERTIFIED.includes(t),
  );
  if (standing.length) out.push(`${standing.join('、')} / ${standing.length} standing tag(s)`);
  if (c.groupLeading) out.push('所属集团为龙头 / its group is a leading firm');
  if (c.revenueYi !== null)
    out.push(`营收约${c.revenueYi}亿元 / revenue about ${c.revenueYi} 亿元`);
  else out.push('营收未知，规模不计分 / revenue unknown: scale left out of the score');
  if (c.breakdown.leader === null)
    out.push('龙头地位无据，不计分 / no evidence of standing: leader left out of the score');
  if (c.linkCount)
    out.push(
      `与本区域${c.linkCount}家企业有直接往来 / direct links to ${c.linkCount} firm(s) here`,
    );
  if (c.supplyLinks >= SUPPLY_LINKS_COUNTED)
    out.push(
      `本区域${c.supplyLinks}家以上企业在相邻供应环节 / ${c.supplyLinks} or more local firms one supply step away`,
    );
  else if (c.supplyLinks)
    out.push(
      `本区域${c.supplyLinks}家企业在相邻供应环节 / ${c.supplyLinks} local firm(s) one supply step away`,
    );
  if (c.recentProjects)
    out.push(
      `近期在建或签约项目${c.recentProjects}个 / ${c.recentProjects} recent project(s) signed or under way`,
    );
  if (c.breakdown.evidenceShare < 1)
    out.push(
      `总分按已知的${Math.round(c.breakdown.evidenceShare * 100)}%权重计 / the total rests on ${Math.round(c.breakdown.evidenceShare * 100)}% of the weight`,
    );
  return out;
}
