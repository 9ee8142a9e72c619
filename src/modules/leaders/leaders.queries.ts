import { money } from '../../core/round.js';
import { int } from '../../db/convert.js';
import { decodeEvidence } from '../../graphql/node-row.js';
import type { Reader } from '../../graphql/reader.js';
import { segmentCount } from '../chain/chain.queries.js';
import { resolveId } from '../entity/entity.queries.js';
import { ROLLUP_POOL } from '../../rollups/rollups.js';
import { DEFAULT_GAP_OPTIONS, LEADING_TAGS } from '../gaps/gaps.scoring.js';
import { leaderScore, leadingTags, rankLeaders, type LeaderFacts } from './leaders.scoring.js';
import type { ChainLeaderEntry } from './leaders.type.js';

/**
 * Data access of chain leaders (cypher/leaders/*): designated 链主 and local candidates of a chain
 * in a region, scored in leaders.scoring.ts.
 */

/**
 * Local firms of the chain considered before ranking (besides the designated and described ones):
 * the chain rollup's pool, the first ROLLUP_POOL by segments covered and revenue.
 */
const LEADER_POOL = ROLLUP_POOL;

type Row = LeaderFacts & {
  id: string;
  name: string;
  designated: boolean;
  investmentYi: number | null;
  investmentKnown: number;
  leadership: Designation[];
  described: Designation[];
};
type Designation = { region?: string; evidence?: string[]; referenceBasis?: string };

const designationOf = (l: Designation) => ({
  region: l.region ?? null,
  evidence: decodeEvidence(l.evidence),
  reference: l.referenceBasis ? { basis: l.referenceBasis } : null,
});

export async function chainLeaders(
  reader: Reader,
  chain: string,
  region: string,
  limit: number,
): Promise<ChainLeaderEntry[]> {
  const [chainId, regionId] = await Promise.all([
    resolveId(reader, 'IndustryChain', chain, 'chain'),
    resolveId(reader, 'District', region, 'region'),
  ]);
  const [rows, segments] = await Promise.all([
    reader.rows('leaders/leader-candidates-rollup', {
      chain: chainId,
      region: regionId,
      limit: int(LEADER_POOL),
      leadingTags: LEADING_TAGS,
      leaderRevenueYi: DEFAULT_GAP_OPTIONS.leaderRevenueYi,
    }) as unknown as Promise<Row[]>,
    segmentCount(reader, chainId!),
  ]);
  const maxRevenue = Math.max(0, ...rows.map((r) => Number(r.revenueYi ?? 0)));
  const entries = rows.map((r) => ({
    id: r.id,
    name: r.name,
    designated: r.designated,
    designations: r.leadership.map(designationOf),
    describedAsLeading: r.described.map(designationOf),
    score: leaderScore(r, segments, maxRevenue),
    criteria: {
      segmentsCovered: r.segments.length,
      segments: r.segments,
      revenueYi: r.revenueYi ?? null,
      leadingTags: leadingTags(r.tags),
      localProjects: r.localProjects,
      localInvestmentKnown: Number(r.investmentKnown),
      localInvestmentYi: r.investmentYi === null ? null : money(r.investmentYi),
      localPartners: r.localPartners,
    },
  }));
  return rankLeaders(entries).slice(0, limit);
}
