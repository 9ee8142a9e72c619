import type { Row } from '../../db/database.js';
import { badInput } from '../../errors/app-error.js';
import { periodArg } from '../../graphql/args.js';
import { fromDb, type ProjectStatus, Stage } from '../../graphql/enums.js';
import { asNode } from '../../graphql/node-row.js';
import { int } from '../../db/convert.js';
import { money } from '../../core/round.js';
import type { Reader } from '../../graphql/reader.js';
import { rollupsAnswer } from '../../rollups/rollups.js';
import type { ChainSegment, IndustryChain } from '../chain/chain.type.js';
import type { District } from '../district/district.type.js';
import { findEntity, resolveId } from '../entity/entity.queries.js';
import {
  CLASS_LABEL,
  classifySegment,
  coverageOf,
  type Coverage,
  DEFAULT_GAP_OPTIONS,
  LEADING_TAGS,
  regionSummary,
  type CoverageFacts,
  type GapOptions,
  type ProjectStat,
} from './gaps.scoring.js';
import type {
  ChainGapReport,
  ChainMapLink,
  GapClassEnum,
  GapCriteria,
  GapOptionsInput,
  LocalFirm,
  LocalProject,
  PresenceRuleEnum,
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
  } as GapOptions & { asOfPeriod: number | null };
  for (const k of [
    'weakThreshold',
    'leaderRevenueYi',
    'largeFirmRevenueYi',
    'largeProjectYi',
    'largeWeight',
  ] as const)
    if (!(o[k] >= 0)) throw badInput(`options.${k}`, `must be 0 or more, got ${o[k]}`);
  return o;
}

/** The criteria an answer was computed with, as the answer shows them. */
export function criteriaOf(o: GapOptions): GapCriteria {
  return {
    ...o,
    rule: o.rule as PresenceRuleEnum,
    leadingTags: LEADING_TAGS,
    explanation:
      o.rule === 'SCALE'
        ? `存在度 = 本地企业数 + 大企业数×${o.largeWeight} + Σ项目（投产1、在建0.5、签约0.25）×(1 + 大项目×${o.largeWeight})；低于${o.weakThreshold}或无龙头企业为薄弱 / presence = local firms + ${o.largeWeight} per large firm + projects by status (in production 1, under construction 0.5, signed 0.25), a large one counting ${1 + o.largeWeight}; below ${o.weakThreshold}, or without a leading firm, is WEAK`
        : `存在度 = 本地企业数 + Σ项目（投产1、在建0.5、签约0.25）；低于${o.weakThreshold}或无龙头企业为薄弱 / presence = local firms + projects by status (in production 1, under construction 0.5, signed 0.25); below ${o.weakThreshold}, or without a leading firm, is WEAK`,
  };
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
 * with completeness and extension points. Three statements whatever the size of the chain or the
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
  const [chainId, ids] = await Promise.all([
    resolveId(reader, 'IndustryChain', chainArg, 'chain'),
    regionIds(reader, regionArgs, regionsArgument),
  ]);
  return (await analyseChains(reader, [chainId!], ids, input, sample))[0]!;
}

/**
 * The same analysis for several chains (by id) in the same regions (by id), in the same three
 * statements whatever the number of chains: a cluster's member chains cost no more round trips
 * than one chain. Chains come back in the order given.
 */
export async function analyseChains(
  reader: Reader,
  chainIds: string[],
  ids: string[],
  input?: GapOptionsInput | null,
  sample = 10,
): Promise<ChainAnalysis[]> {
  const options = gapOptions(input);
  // The rollups answer the current state with the default thresholds; other criteria read every
  // local firm (the same rules, src/rollups/check.ts compares the two).
  const viaRollups = rollupsAnswer(options);
  const params = {
    chains: chainIds,
    regions: ids,
    asOfPeriod: options.asOfPeriod,
    sample: int(sample),
    leadingTags: LEADING_TAGS,
    leaderRevenueYi: options.leaderRevenueYi,
    largeFirmRevenueYi: options.largeFirmRevenueYi,
    largeProjectYi: options.largeProjectYi,
  };
  const [chains, regions, [presence, coverageRows, edges]] = await Promise.all([
    Promise.all(chainIds.map((id) => findEntity<IndustryChain>(reader, 'IndustryChain', id))),
    Promise.all(ids.map((id) => findEntity<District>(reader, 'District', id))),
    viaRollups ? analysisFromRollups(reader, params) : directAnalysis(reader, params),
  ]);
  const criteria = criteriaOf(options);
  return chainIds.map((chainId, c) => {
    const links: ChainMapLink[] = edges
      .filter((e) => e.chainId === chainId)
      .map((e) => ({
        source: String(e.from),
        target: String(e.to),
        crossChain: e.crossChain === true,
      }));
    const coverage = coverageFrom(
      ids,
      coverageRows.filter((r) => r.chainId === chainId),
    );
    const reports = ids.map((regionId, i) => {
      const nodes = presence
        .filter((r) => r.chainId === chainId && r.regionId === regionId)
        .map((r) => segmentGapOf(r, r.hasChainData === true, options));
      return {
        chain: chains[c]!,
        region: regions[i]!,
        asOfPeriod: options.asOfPeriod,
        // The scoring's class and direction strings are the GraphQL enums' values.
        ...(regionSummary(nodes, links) as unknown as Summary),
        coverage: coverage[i]!,
        criteria,
        nodes,
        links,
      };
    });
    return { chain: chains[c]!, reports };
  });
}

/** Presence, coverage and edge rows from the rollups, in one statement. */
async function analysisFromRollups(reader: Reader, params: Record<string, unknown>) {
  const [row] = await reader.rows('gaps/chain-analysis-rollup', params);
  return [row?.presence ?? [], row?.coverage ?? [], row?.edges ?? []] as [Row[], Row[], Row[]];
}

/** The same rows from every local firm and project: three statements, run side by side. */
function directAnalysis(reader: Reader, params: Record<string, unknown>) {
  return Promise.all([
    reader.rows('gaps/segment-presence', params),
    reader.rows('gaps/region-coverage', { chains: params.chains, regions: params.regions }),
    reader.rows('gaps/chain-edges', { chains: params.chains }),
  ]);
}

/** Coverage of each region from gaps/region-coverage rows; a region with no row knows nothing. */
function coverageFrom(ids: string[], rows: Row[]): Coverage[] {
  // The gateway already returns plain numbers.
  return coverageOf(
    ids.map((id) => {
      const row = rows.find((r) => r.regionId === id);
      return { ...EMPTY_COVERAGE, regionId: id, ...row } as unknown as CoverageFacts;
    }),
  );
}

/**
 * What an answer about a chain in some regions rests on (one statement): the coverage block of
 * chainGaps, for the answers that are lists (chainLeaders, parksByChain, fillCandidates).
 */
export async function chainCoverage(
  reader: Reader,
  chainArg: string,
  regionArgs: string[],
): Promise<{ chain: IndustryChain; region: District; coverage: Coverage }[]> {
  const [chainId, ids] = await Promise.all([
    resolveId(reader, 'IndustryChain', chainArg, 'chain'),
    regionIds(reader, regionArgs, 'regions'),
  ]);
  const [chain, regions, rows] = await Promise.all([
    findEntity<IndustryChain>(reader, 'IndustryChain', chainId),
    Promise.all(ids.map((id) => findEntity<District>(reader, 'District', id))),
    reader.rows('gaps/region-coverage-rollup', { chains: [chainId], regions: ids }),
  ]);
  const coverage = coverageFrom(ids, rows);
  return ids.map((_, i) => ({ chain: chain!, region: regions[i]!, coverage: coverage[i]! }));
}

const EMPTY_COVERAGE = {
  level: null,
  firms: 0,
  projects: 0,
  projectsWithoutSegment: 0,
  projectsOutsideChains: 0,
  projectsUnknownIndustry: 0,
  chainFirms: 0,
  chainFirmsReference: 0,
  chainProjects: 0,
  chainProjectsUnsegmented: 0,
  coarseChainFirms: 0,
  coarseFirms: 0,
};

/** One row of gaps/segment-presence, classified. */
function segmentGapOf(r: Row, regionHasChainData: boolean, options: GapOptions): SegmentGap {
  const stats = (r.projectStats as ProjectStat[]) ?? [];
  const verdict = classifySegment(
    {
      segmentId: String(r.segmentId),
      firmCount: Number(r.firmCount),
      leaderCount: Number(r.leaderCount),
      leadingCount: Number(r.leadingCount),
      largeFirmCount: Number(r.largeFirmCount),
      revenueKnownCount: Number(r.revenueKnownCount),
      coarseFirmCount: Number(r.coarseFirmCount),
      projectStats: stats,
    },
    regionHasChainData,
    options,
  );
  const stage = String(r.stage).toUpperCase() as Stage;
  const s = verdict.projectsByStatus;
  const known = stats.filter((p) => p.investmentYi !== null);
  return {
    segment: asNode<ChainSegment>({
      id: r.segmentId,
      name: r.name,
      aliases: r.aliases,
      stage: r.stage,
    }),
    order: r.order === null || r.order === undefined ? null : Number(r.order),
    stage,
    inChain: r.inChain === true,
    gapClass: verdict.gapClass as GapClassEnum,
    gapClassLabel: CLASS_LABEL[verdict.gapClass],
    presenceScore: verdict.presenceScore,
    firmCount: Number(r.firmCount),
    leaderCount: Number(r.leaderCount),
    leadingCount: Number(r.leadingCount),
    largeFirmCount: Number(r.largeFirmCount),
    revenueKnownCount: Number(r.revenueKnownCount),
    coarseFirmCount: Number(r.coarseFirmCount),
    investmentKnownCount: stats.reduce((n, p) => n + p.investmentKnown, 0),
    investmentYi: known.length ? money(known.reduce((t, p) => t + p.investmentYi!, 0)) : null,
    hasLeadingFirm: verdict.hasLeadingFirm,
    projectsByStatus: {
      planned: s.planned,
      signed: s.signed,
      underConstruction: s.under_construction,
      inProduction: s.in_production,
      unknown: s.unknown,
    },
    firms: (r.firms as LocalFirm[]) ?? [],
    projects: (
      (r.projects as (Omit<LocalProject, 'status'> & { status: string | null })[]) ?? []
    ).map((p) => ({ ...p, status: fromDb(p.status) as ProjectStatus | null })),
    reasons: verdict.reasons,
  };
}

function strip<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<T>;
}
