import { int } from '../../db/convert.js';
import type { Reader } from '../../graphql/reader.js';
import { resolveId } from '../entity/entity.queries.js';
import { fromDb, type ProjectStatus } from '../../graphql/enums.js';
import { analyseChain, gapOptions } from '../gaps/gaps.queries.js';
import { LEADING_TAGS } from '../gaps/gaps.scoring.js';
import type { GapOptionsInput } from '../gaps/gaps.type.js';
import type { GraphPath } from '../traversal/traversal.type.js';
import {
  candidateReasons,
  DEFAULT_WEIGHTS,
  scoreCandidates,
  SUPPLY_LINKS_COUNTED,
  type CandidateFacts,
  type ScoreWeights,
} from './candidates.scoring.js';
import type { FillCandidate } from './candidates.type.js';

/**
 * Data access of 补链 candidates (cypher/candidates/*): the gap segments of a chain in a region
 * (through the gap analysis) or one named segment, then the firms outside the region in them.
 */

/**
 * Firms weighed per gap segment: the first of its candidate list (by standing, revenue and id,
 * graph-wide; the list keeps ROLLUP_CANDIDATES). Each costs its presence and link checks, so this
 * bounds a request whatever the graph's size (bench/README.md, "补链 candidates").
 */
export const CANDIDATES_WEIGHED = 300;

/**
 * Firms weighed per request in all: a chain missing in a district has many gap segments, so each
 * weighs fewer (450 / segments, at least CANDIDATES_WEIGHED_MIN).
 */
export const CANDIDATES_WEIGHED_TOTAL = 450;
export const CANDIDATES_WEIGHED_MIN = 30;

/** How many firms of each of `segments` gap segments a request weighs. */
export function candidatesWeighed(segments: number): number {
  const share = Math.floor(CANDIDATES_WEIGHED_TOTAL / Math.max(1, segments));
  return Math.max(CANDIDATES_WEIGHED_MIN, Math.min(CANDIDATES_WEIGHED, share));
}

/**
 * Firms gathered per request before scoring (linked to the region first, then by standing and
 * revenue); the answer is the top `first` (at most 100) of them.
 */
export const CANDIDATE_POOL = 200;

type Row = CandidateFacts & {
  name: string;
  aliases: string[];
  reference: boolean;
  segments: { id: string; name: string }[];
  localPresence: string[];
  paths: { nodes: GraphPath['nodes']; rels: string[] }[];
  headquarters: string | null;
  hqOutside: boolean;
  henanUnits: number;
  henanProjects: number;
  recent: {
    id: string;
    name: string;
    status: string | null;
    region: string | null;
    investmentYi: number | null;
  }[];
};

export interface CandidateQuery {
  region: string;
  /** Exactly one of `chain` (fill its gap segments) and `segment`. */
  chain?: string | null;
  segment?: string | null;
  options?: GapOptionsInput | null;
  weights: Partial<ScoreWeights>;
  limit: number;
  /** Also list firms already present in the region, flagged expandLocally. */
  includeLocal: boolean;
}

/** Gap classes whose segments want filling: nothing there, only projects, or weak. */
const TO_FILL = new Set(['MISSING', 'PIPELINE_ONLY', 'WEAK']);

/**
 * Local firms one supply step from a gap segment are counted up to this many (supplyLinks): the
 * score takes 3 at most, and the reason says "100 or more".
 */
export const ADJACENT_CAP = SUPPLY_LINKS_COUNTED;

/** The parameters of candidates/fill-candidates and its rollup form. */
export function candidateParams(
  segments: string[],
  region: string,
  includeLocal: boolean,
  leaderRevenueYi: number,
): Record<string, unknown> {
  return {
    segments,
    region,
    pool: int(CANDIDATE_POOL),
    candidateList: int(candidatesWeighed(segments.length)),
    adjacentCap: int(ADJACENT_CAP),
    includeLocal,
    leadingTags: LEADING_TAGS,
    leaderRevenueYi,
  };
}

export async function fillCandidates(reader: Reader, q: CandidateQuery): Promise<FillCandidate[]> {
  const regionId = (await resolveId(reader, 'District', q.region, 'region'))!;
  const options = gapOptions(q.options);
  let segments: string[];
  if (q.segment) {
    segments = [(await resolveId(reader, 'ChainSegment', q.segment, 'segment'))!];
  } else {
    const { reports } = await analyseChain(reader, q.chain!, [regionId], q.options, 0);
    segments = reports[0]!.segments.filter((s) => TO_FILL.has(s.gapClass)).map((s) => s.segment.id);
    if (!segments.length) return [];
  }
  // Each gap segment's firms come from its candidate list in the rollups (rollups/_candidates);
  // candidates/fill-candidates ranks every firm of the segment the same way (rollups:check compares).
  const rows = (await reader.rows(
    'candidates/fill-candidates-rollup',
    candidateParams(segments, regionId, q.includeLocal, options.leaderRevenueYi),
  )) as unknown as Row[];
  const scored = scoreCandidates(
    rows,
    { ...DEFAULT_WEIGHTS, ...q.weights },
    options.leaderRevenueYi,
  );
  return scored.slice(0, q.limit).map((c) => ({
    id: c.id,
    name: c.name,
    aliases: c.aliases,
    segments: c.segments.map((s) => s.name),
    leads: c.leads,
    leadingIn: c.leadingIn,
    revenueYi: c.revenueYi,
    expandLocally: c.localPresence.length > 0,
    localPresence: c.localPresence,
    score: c.breakdown,
    dossier: {
      headquarters: c.headquarters,
      hqOutside: c.hqOutside,
      henanUnits: Number(c.henanUnits),
      henanProjects: Number(c.henanProjects),
      listed: c.tags.includes('上市公司') ? true : null,
      tags: c.tags,
      reference: c.reference,
      recentProjects: c.recent.map((p) => ({
        ...p,
        status: fromDb(p.status) as ProjectStatus | null,
      })),
    },
    reasons: candidateReasons(c),
    paths: c.paths.map((p) => ({ nodes: p.nodes, relationships: p.rels })),
  }));
}
