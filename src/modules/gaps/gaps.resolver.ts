import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { selectsAny } from '../../graphql/selection.js';
import { primeEntity, resolveId } from '../entity/entity.queries.js';
import { listChains } from '../chain/chain.queries.js';
import { ChainCoverage } from '../profile/profile.type.js';
import { analyseChain, analyseChains, chainCoverage, regionIds } from './gaps.queries.js';
import {
  ChainGapReport,
  ChainMap,
  ChainRegionCoverage,
  GapOptionsInput,
  SegmentGap,
} from './gaps.type.js';

const CHAIN = '产业链名称、简称或编号 / Chain name, alias or id, e.g. "新能源汽车".';
/**
 * How many local firms and projects each segment lists: 10 when the request asks for them, none
 * otherwise (the samples are for display and decide nothing; reading them is most of a chain
 * map's statement on a large graph).
 */
const sampleFor = (info: GraphQLResolveInfo) =>
  selectsAny(info, 'SegmentGap', ['firms', 'projects']) ? 10 : 0;

const REGION =
  '区域名称、简称或编号（含下级区域和园区） / Region name, alias or id; includes sub-regions and parks.';

@Resolver()
export class GapsResolver {
  @Query(() => ChainMap, {
    description:
      '产业链图谱：环节、供应连线及各环节本地情况，可直接绘图 / Chain map: segments, supply edges and local presence per segment, ready for a chart.',
  })
  async chainMap(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, { description: CHAIN }) chain: string,
    @Arg('region', () => String, { description: REGION }) region: string,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => GapOptionsInput, { nullable: true }) options?: GapOptionsInput,
  ): Promise<ChainMap> {
    const { reports } = await analyseChain(ctx.reader, chain, [region], options, sampleFor(info));
    const r = reports[0]!;
    return {
      chain: r.chain,
      region: r.region,
      nodes: r.nodes,
      links: r.links,
      completeness: r.completeness,
      coverage: r.coverage,
      criteria: r.criteria,
      extensionPoints: r.extensionPoints,
    };
  }

  @Query(() => [ChainGapReport], {
    description:
      '产业链缺口：各环节无数据/缺失/仅项目/薄弱/具备，延链点与完整度，附数据覆盖与可比性；可多区域对比、按期次回溯 / Chain gaps per region: each segment UNKNOWN / MISSING / PIPELINE_ONLY / WEAK / PRESENT, extension points, completeness, with the coverage it rests on and whether regions compare; several regions at once; as of a 三个一批 period.',
  })
  async chainGaps(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, { description: CHAIN }) chain: string,
    @Arg('regions', () => [String], { description: `${REGION} 可多个 / One or more (at most 20).` })
    regions: string[],
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => GapOptionsInput, { nullable: true }) options?: GapOptionsInput,
  ): Promise<ChainGapReport[]> {
    return (await analyseChain(ctx.reader, chain, regions, options, sampleFor(info), 'regions'))
      .reports;
  }

  @Query(() => [ChainRegionCoverage], {
    description:
      '数据覆盖：某产业链在各区域的已知企业与项目、仅知上级区域的企业、未标注环节的项目及可比性；与链主、园区、招商候选等列表答案同查，以判断其可信度 / What the graph knows of a chain in each region (firms, projects, firms known only at a coarser level, unmapped projects) and whether the regions compare: ask it beside chainLeaders, parksByChain or fillCandidates to know how far their lists can be trusted.',
  })
  analysisCoverage(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, { description: CHAIN }) chain: string,
    @Arg('regions', () => [String], { description: `${REGION} 可多个 / One or more (at most 20).` })
    regions: string[],
  ): Promise<ChainRegionCoverage[]> {
    return chainCoverage(ctx.reader, chain, regions);
  }

  @Query(() => [SegmentGap], {
    description:
      '仅靠在谈/在建项目覆盖的缺口环节 / Segments of a chain covered in a region only by signed or under-construction projects.',
  })
  async pipelineGaps(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, { description: '产业链 / Chain.' }) chain: string,
    @Arg('region', () => String, { description: '区域 / Region.' }) region: string,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => GapOptionsInput, { nullable: true }) options?: GapOptionsInput,
  ): Promise<SegmentGap[]> {
    const { reports } = await analyseChain(ctx.reader, chain, [region], options, sampleFor(info));
    return reports[0]!.segments.filter((s) => s.gapClass === 'PIPELINE_ONLY');
  }

  @Query(() => [ChainCoverage], {
    description:
      '区域各产业链完整度：每条链的环节完整度及其所依数据覆盖（一次分析，链数不增加查询） / Completeness of every chain (or the chains given) in one region, with the coverage each rests on: one analysis whatever the number of chains.',
  })
  async regionChains(
    @Ctx() ctx: RequestContext,
    @Arg('region', () => String, { description: REGION }) region: string,
    @Arg('chains', () => [String], {
      nullable: true,
      description: '只看这些产业链（默认全部） / Only these chains (default: all).',
    })
    chains?: string[] | null,
    @Arg('options', () => GapOptionsInput, { nullable: true }) options?: GapOptionsInput,
  ): Promise<ChainCoverage[]> {
    const [ids, all] = await Promise.all([
      regionIds(ctx.reader, [region], 'region'),
      chains?.length ? null : listChains(ctx.reader),
    ]);
    // The listed chains are whole nodes: the analysis looks them up without another statement.
    for (const c of all ?? []) primeEntity(ctx.reader, 'IndustryChain', c);
    const chainIds = all
      ? all.map((c) => c.id)
      : ((await Promise.all(
          chains!.map((c, i) => resolveId(ctx.reader, 'IndustryChain', c, `chains.${i}`)),
        )) as string[]);
    if (chainIds.length === 0) return [];
    const analyses = await analyseChains(ctx.reader, chainIds, ids, options, 0);
    return analyses.map((a) => ({
      chain: a.chain,
      completeness: a.reports[0]!.completeness,
      dataCoverage: a.reports[0]!.coverage,
    }));
  }
}
