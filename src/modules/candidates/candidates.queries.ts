import { int } from '../../db/convert.js';
import type { Reader } from '../../graphql/reader.js';
import { resolveId } from '../entity/entity.queries.js';
import { analyseChain } from '../gaps/gaps.queries.js';
import type { GapOptionsInput } from '../gaps/gaps.type.js';
import type { GraphPath } from '../traversal/traversal.type.js';
import {
  candidateReasons,
  DEFAULT_WEIGHTS,
  scoreCandidates,
  type CandidateFacts,
  type ScoreWeights,
} from './candidates.scoring.js';
import type { FillCandidate } from './candidates.type.js';

/**
 * Data access of 补链 candidates (cypher/candidates/*): the gap segments of a chain in a region
 * (through the gap analysis) or one named segment, then the firms outside the region in them.
 */

/** Firms gathered per request before scoring; the answer is the top `first` of them. */
export const CANDIDATE_POOL = 500;

type Row = CandidateFacts & {
  name: string;
  aliases: string[];
  segments: { id: string; name: string }[];
  paths: { nodes: GraphPath['nodes']; rels: string[] }[];
};

export interface CandidateQuery {
  region: string;
  /** Exactly one of `chain` (fill its non-PRESENT segments) and `segment`. */
  chain?: string | null;
  segment?: string | null;
  options?: GapOptionsInput | null;
  weights: Partial<ScoreWeights>;
  limit: number;
}

export async function fillCandidates(reader: Reader, q: CandidateQuery): Promise<FillCandidate[]> {
  const regionId = (await resolveId(reader, 'District', q.region, 'region'))!;
  let segments: string[];
  if (q.segment) {
    segments = [(await resolveId(reader, 'ChainSegment', q.segment, 'segment'))!];
  } else {
    const { reports } = await analyseChain(reader, q.chain!, [regionId], q.options, 1);
    segments = reports[0]!.segments
      .filter((s) => s.gapClass !== 'PRESENT')
      .map((s) => s.segment.id);
    if (!segments.length) return [];
  }
  const rows = (await reader.rows('candidates/fill-candidates', {
    segments,
    region: regionId,
    pool: int(CANDIDATE_POOL),
  })) as unknown as Row[];
  const scored = scoreCandidates(rows, { ...DEFAULT_WEIGHTS, ...q.weights });
  return scored.slice(0, q.limit).map((c) => ({
    id: c.id,
    name: c.name,
    aliases: c.aliases,
    segments: c.segments.map((s) => s.name),
    leads: c.leads,
    revenueYi: c.revenueYi,
    score: c.breakdown,
    reasons: candidateReasons(c),
    paths: c.paths.map((p) => ({ nodes: p.nodes, relationships: p.rels })),
  }));
}
