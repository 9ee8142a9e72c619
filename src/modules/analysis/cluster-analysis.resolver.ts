import { money, score } from '../../core/round.js';
import { findEntity, regionOf, resolveId } from '../entity/entity.queries.js';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { int } from '../../db/convert.js';
import { badInput } from '../../errors/app-error.js';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import type { Cluster } from '../cluster/cluster.type.js';
import type { District } from '../district/district.type.js';
import { ProjectFilter } from '../project/project.input.js';
import { projectFilterParams } from '../project/project.repository.js';
import { analyseChain, MAX_REGIONS } from './analysis.service.js';
import { GapOptionsInput, SegmentGap } from './analysis.type.js';
import { ClusterProfile, ParkConcentration, PipelineMovements } from './cluster-analysis.type.js';
import { orderTransitions } from './movements.js';

@Resolver()
export class ClusterAnalysisResolver {
  @Query(() => [ClusterProfile], {
    description:
      '产业集群画像：链、企业、园区、项目状态、投资、链主、各链覆盖；可多区域对比 / Cluster profile per region: chains, firms, parks, projects by status, investment, leaders, coverage per chain; several regions compare one cluster across districts.',
  })
  async clusterProfile(
    @Ctx() ctx: RequestContext,
    @Arg('cluster', () => String, {
      description: '集群名称、简称或编号 / Cluster name, alias or id.',
    })
    cluster: string,
    @Arg('regions', () => [String], {
      nullable: true,
      description: '区域（默认为集群所属区域） / Regions (default: the cluster’s own region).',
    })
    regions?: string[],
    @Arg('options', () => GapOptionsInput, {
      nullable: true,
      description: '覆盖判定参数 / Gap thresholds for coverage.',
    })
    options?: GapOptionsInput,
  ): Promise<ClusterProfile[]> {
    const clusterId = (await resolveId(ctx.reader, 'Cluster', cluster, 'cluster'))!;
    const own = regions?.length ? null : await regionOf<District>(ctx.reader, 'Cluster', clusterId);
    const regionArgs = regions?.length ? regions : own ? [own.id] : [];
    if (!regionArgs.length) throw badInput('regions', 'the cluster has no region; give `regions`');
    if (regionArgs.length > MAX_REGIONS)
      throw badInput('regions', `at most ${MAX_REGIONS} regions at once`);
    const regionIds = (await Promise.all(
      regionArgs.map((r, i) => resolveId(ctx.reader, 'District', r, `regions.${i}`)),
    )) as string[];
    const [clusterNode, rows] = await Promise.all([
      findEntity<Cluster>(ctx.reader, 'Cluster', clusterId),
      ctx.reader.rows('profile/cluster-profile', { cluster: clusterId, regions: regionIds }),
    ]);
    const chains = ((rows[0]?.chains as { id: string }[]) ?? []).map((c) => c.id);
    const coverage = await Promise.all(
      chains.map((c) => analyseChain(ctx, c, regionIds, options, 1)),
    );
    return Promise.all(
      regionIds.map(async (regionId, i) => {
        const r = rows.find((x) => x.regionId === regionId) ?? {};
        return {
          cluster: clusterNode!,
          region: (await findEntity<District>(ctx.reader, 'District', regionId))!,
          enterprises: Number(r.enterprises ?? 0),
          projects: Number(r.projects ?? 0),
          investmentYi: money(r.investmentYi),
          investmentKnown: Number(r.investmentKnown ?? 0),
          projectsByStatus: (
            (r.byStatus as { status: string; n: number; investmentYi: number }[]) ?? []
          ).map((s) => ({
            status: s.status,
            projects: Number(s.n),
            investmentYi: money(s.investmentYi),
          })),
          leaders: (r.leaders as { id: string; name: string }[]) ?? [],
          parks: (r.parks as ClusterProfile['parks']) ?? [],
          coverage: coverage.map((a) => ({
            chain: a.chain,
            completeness: a.reports[i]!.completeness,
          })),
        };
      }),
    );
  }

  @Query(() => [ParkConcentration], {
    description:
      '园区产业链集中度排名 / Parks ranked by their concentration in a chain, optionally within a region.',
  })
  async parksByChain(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, { description: '产业链 / Chain name, alias or id.' }) chain: string,
    @Arg('region', () => String, { nullable: true, description: '区域 / Region (optional).' })
    region?: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: '条数（默认20，上限100） / How many (default 20, max 100).',
    })
    first?: number,
  ): Promise<ParkConcentration[]> {
    const limit = firstArg(first, 'hits');
    const [chainId, regionId] = await Promise.all([
      resolveId(ctx.reader, 'IndustryChain', chain, 'chain'),
      resolveId(ctx.reader, 'District', region, 'region'),
    ]);
    const rows = await ctx.reader.rows('profile/parks-by-chain', {
      chain: chainId,
      region: regionId,
      limit: int(limit),
    });
    return rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      district: r.districtId
        ? { id: String(r.districtId), name: (r.districtName as string) ?? null }
        : null,
      chainEnterprises: Number(r.chainEnterprises),
      allEnterprises: Number(r.allEnterprises),
      chainProjects: Number(r.chainProjects),
      share: r.share === null ? null : score(Number(r.share)),
      investmentYi: money(r.investmentYi),
    }));
  }

  @Query(() => [SegmentGap], {
    description:
      '仅靠在谈/在建项目覆盖的缺口环节 / Segments of a chain covered in a region only by signed or under-construction projects.',
  })
  async pipelineGaps(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, { description: '产业链 / Chain.' }) chain: string,
    @Arg('region', () => String, { description: '区域 / Region.' }) region: string,
    @Arg('options', () => GapOptionsInput, { nullable: true }) options?: GapOptionsInput,
  ): Promise<SegmentGap[]> {
    const { reports } = await analyseChain(ctx, chain, [region], options);
    return reports[0]!.segments.filter((s) => s.gapClass === 'PIPELINE_ONLY');
  }

  @Query(() => PipelineMovements, {
    description:
      '项目在“三个一批”名单间的移动（签约→开工→投产） / How projects moved between 三个一批 lists across periods, with the project filters.',
  })
  async pipelineMovements(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
    @Arg('first', () => Int, {
      nullable: true,
      description:
        '列出项目数（默认100，上限500） / Projects listed (default 100, max 500); transitions count all.',
    })
    first?: number,
  ): Promise<PipelineMovements> {
    const limit = firstArg(first, 'movements');
    const params = await projectFilterParams(ctx, filter);
    const [moves, rows] = await Promise.all([
      ctx.reader.rows('pipeline/transitions', params),
      ctx.reader.rows('pipeline/movements', { ...params, limit: int(limit) }),
    ]);
    return {
      transitions: orderTransitions(
        moves.map((m) => ({
          from: String(m.from),
          to: String(m.to),
          projects: Number(m.projects),
          meanPeriods: m.meanPeriods === null ? null : Number(m.meanPeriods),
        })),
      ),
      projects: rows.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        steps: (r.steps as { period: number | null; list: string; date: string | null }[]).map(
          (s) => ({ period: s.period, list: s.list, date: s.date ?? null }),
        ),
      })),
    };
  }
}
