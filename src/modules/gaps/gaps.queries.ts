import type { Row } from '../../db/database.js';
import { badInput } from '../../errors/app-error.js';
import { periodArg } from '../../graphql/args.js';
import { Stage } from '../../graphql/enums.js';
import type { Reader } from '../../graphql/reader.js';
import type { ChainSegment, IndustryChain } from '../chain/chain.type.js';
import type { District } from '../district/district.type.js';
import { findEntity, resolveId } from '../entity/entity.queries.js';
import {
  classifySegment,
  DEFAULT_GAP_OPTIONS,
  regionSummary,
  type GapOptions,
  type PresentFirm,
  type PresentProject,
} from './gaps.scoring.js';
import type {
  ChainGapReport,
  ChainMapLink,
  GapClassEnum,
  GapOptionsInput,
  SegmentGap,
} from './gaps.type.js';

/**
 * Data access of the chain-gap analysis (cypher/gaps/*): chain and regions by name, local presence
 * per segment and region, supply edges. The meaning of a gap is in gaps.scoring.ts.
 */

export const MAX_REGIONS = 20;

export interface ChainAnalysis {
  chain: IndustryChain;
  reports: (ChainGapReport & { nodes: SegmentGap[]; links: ChainMapLink[] })[];
}

type Summary = Pick<ChainGapReport, 'completeness' | 'segments' | 'extensionPoints'>;

/** How errors name the regions: `region` (one) or `regions` (a list: regions.0, regions.1 …). */
export type RegionsArgument = 'region' | 'regions';

/** Gap options with defaults; `options: null` (or null in a field) is the same as absent. */
export function gapOptions(
  input?: GapOptionsInput | null,
): GapOptions & { asOfPeriod: number | null } {
  const given = input ?? {};
  const o = {
    ...DEFAULT_GAP_OPTIONS,
    ...strip(given),
    asOfPeriod: periodArg('options.asOfPeriod', given.asOfPeriod),
  };
  if (o.weakThreshold < 0) throw badInput('options.weakThreshold', 'must be 0 or more');
  if (o.leaderRevenueYi < 0) throw badInput('options.leaderRevenueYi', 'must be 0 or more');
  return o;
}

/** Region arguments (names, aliases or ids) to ids; 1 to MAX_REGIONS of them. */
export async function regionIds(
  reader: Reader,
  regionArgs: string[],
  argument: RegionsArgument = 'regions',
): Promise<string[]> {
  if (regionArgs.length === 0) throw badInput(argument, 'give at least one region');
  if (regionArgs.length > MAX_REGIONS)
    throw badInput(argument, `at most ${MAX_REGIONS} regions at once`);
  return (await Promise.all(
    regionArgs.map((r, i) =>
      resolveId(reader, 'District', r, argument === 'regions' ? `regions.${i}` : 'region'),
    ),
  )) as string[];
}

/**
 * Classifies every segment of a chain (and its supply neighbours in other chains) in each region,
 * with completeness and extension points. Two statements whatever the size of the chain or the
 * number of regions (plus the batched name look-ups).
 */
export async function analyseChain(
  reader: Reader,
  chainArg: string,
  regionArgs: string[],
  input?: GapOptionsInput | null,
  sample = 10,
  regionsArgument: RegionsArgument = 'region',
): Promise<ChainAnalysis> {
  const options = gapOptions(input);
  const [chainId, ids] = await Promise.all([
    resolveId(reader, 'IndustryChain', chainArg, 'chain'),
    regionIds(reader, regionArgs, regionsArgument),
  ]);
  const [chain, regions, presence, edges] = await Promise.all([
    findEntity<IndustryChain>(reader, 'IndustryChain', chainId),
    Promise.all(ids.map((id) => findEntity<District>(reader, 'District', id))),
    reader.rows('gaps/segment-presence', {
      chain: chainId,
      regions: ids,
      asOfPeriod: options.asOfPeriod,
      sample,
    }),
    reader.rows('gaps/chain-edges', { chain: chainId }),
  ]);
  const links: ChainMapLink[] = edges.map((e) => ({
    source: String(e.from),
    target: String(e.to),
    crossChain: e.crossChain === true,
  }));
  const reports = ids.map((regionId, i) => {
    const nodes = presence
      .filter((r) => r.regionId === regionId)
      .map((r) => segmentGapOf(r, options));
    return {
      chain: chain!,
      region: regions[i]!,
      asOfPeriod: options.asOfPeriod,
      // The scoring's class and direction strings are the GraphQL enums' values.
      ...(regionSummary(nodes, links) as unknown as Summary),
      nodes,
      links,
    };
  });
  return { chain: chain!, reports };
}

/** One row of gaps/segment-presence, classified. */
function segmentGapOf(r: Row, options: GapOptions): SegmentGap {
  const firms = (r.firms as PresentFirm[]) ?? [];
  const projects = ((r.projects as PresentProject[]) ?? []).filter((p) => p && p.id);
  const verdict = classifySegment(
    {
      segmentId: String(r.segmentId),
      firmCount: Number(r.firmCount),
      leaderCount: Number(r.leaderCount),
      firms,
      projects,
    },
    options,
  );
  const stage = String(r.stage).toUpperCase() as Stage;
  const s = verdict.projectsByStatus;
  return {
    segment: {
      id: String(r.segmentId),
      name: String(r.name),
      stage,
      aliases: [],
      evidence: [],
      reference: null,
    } as unknown as ChainSegment,
    order: r.order === null || r.order === undefined ? null : Number(r.order),
    stage,
    inChain: r.inChain === true,
    gapClass: verdict.gapClass as GapClassEnum,
    presenceScore: verdict.presenceScore,
    firmCount: Number(r.firmCount),
    leaderCount: Number(r.leaderCount),
    hasLeadingFirm: verdict.hasLeadingFirm,
    projectsByStatus: {
      planned: s.planned,
      signed: s.signed,
      underConstruction: s.under_construction,
      inProduction: s.in_production,
      unknown: s.unknown,
    },
    firms,
    projects,
    reasons: verdict.reasons,
  };
}

function strip<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<T>;
}
