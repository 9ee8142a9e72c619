import { findEntity, resolveId } from '../entity/entity.queries.js';
import { badInput } from '../../errors/app-error.js';
import { Stage } from '../../graphql/enums.js';
import { periodArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import type { ChainSegment, IndustryChain } from '../chain/chain.type.js';
import type { District } from '../district/district.type.js';
import type { ChainGapReport, ChainMapLink, GapOptionsInput, SegmentGap } from './analysis.type.js';
import { GapClassEnum } from './analysis.type.js';
import {
  classifySegment,
  completeness,
  DEFAULT_GAP_OPTIONS,
  extensionPoints,
  type GapClass,
  type GapOptions,
  type PresentFirm,
  type PresentProject,
} from './gap-classifier.js';

export const MAX_REGIONS = 20;

export interface ChainAnalysis {
  chain: IndustryChain;
  reports: (ChainGapReport & { nodes: SegmentGap[]; links: ChainMapLink[] })[];
}

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

/**
 * Classifies every segment of a chain (and its supply neighbours in other chains) in each region,
 * with completeness and extension points. Two database statements whatever the size of the chain
 * or the number of regions (plus the batched name look-ups).
 */
export async function analyseChain(
  ctx: RequestContext,
  chainArg: string,
  regionArgs: string[],
  input?: GapOptionsInput | null,
  sample = 10,
  /** How errors name the regions: `region` (one) or `regions` (a list: regions.0, regions.1 …). */
  regionsArgument: 'region' | 'regions' = 'region',
): Promise<ChainAnalysis> {
  if (regionArgs.length === 0) throw badInput('regions', 'give at least one region');
  if (regionArgs.length > MAX_REGIONS)
    throw badInput('regions', `at most ${MAX_REGIONS} regions at once`);
  const options = gapOptions(input);
  const [chainId, ...regionIds] = await Promise.all([
    resolveId(ctx.reader, 'IndustryChain', chainArg, 'chain'),
    ...regionArgs.map((r, i) =>
      resolveId(
        ctx.reader,
        'District',
        r,
        regionsArgument === 'regions' ? `regions.${i}` : 'region',
      ),
    ),
  ]);
  const [chain, regions, presence, edges] = await Promise.all([
    findEntity<IndustryChain>(ctx.reader, 'IndustryChain', chainId),
    Promise.all(regionIds.map((id) => findEntity<District>(ctx.reader, 'District', id))),
    ctx.reader.rows('gaps/segment-presence', {
      chain: chainId,
      regions: regionIds,
      asOfPeriod: options.asOfPeriod,
      sample,
    }),
    ctx.reader.rows('gaps/chain-edges', { chain: chainId }),
  ]);
  const links = edges.map((e) => ({
    source: String(e.from),
    target: String(e.to),
    crossChain: e.crossChain === true,
  }));

  const reports = regionIds.map((regionId, i) => {
    const nodes: SegmentGap[] = presence
      .filter((r) => r.regionId === regionId)
      .map((r) => {
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
      });
    const own = nodes.filter((n) => n.inChain);
    const classOf = new Map<string, GapClass>(nodes.map((n) => [n.segment.id, n.gapClass]));
    const inChain = new Set(own.map((n) => n.segment.id));
    const byId = new Map(nodes.map((n) => [n.segment.id, n.segment]));
    const points = extensionPoints(
      classOf,
      links.map((l) => ({ from: l.source, to: l.target })),
    )
      // An extension point extends THIS chain: its local neighbour is one of the chain's segments.
      .filter((p) => inChain.has(p.viaSegmentId))
      .map((p) => ({
        segment: byId.get(p.segmentId)!,
        via: byId.get(p.viaSegmentId)!,
        direction: p.direction as never,
        crossChain: !inChain.has(p.segmentId),
        gapClass: p.gapClass as GapClassEnum,
      }));
    const c = completeness(own.map((n) => n.gapClass));
    return {
      chain: chain!,
      region: regions[i]!,
      asOfPeriod: options.asOfPeriod,
      completeness: {
        share: c.share,
        weighted: c.weighted,
        missing: c.counts.MISSING,
        pipelineOnly: c.counts.PIPELINE_ONLY,
        weak: c.counts.WEAK,
        present: c.counts.PRESENT,
      },
      segments: own,
      extensionPoints: points,
      nodes,
      links,
    };
  });
  return { chain: chain!, reports };
}

function strip<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<T>;
}
