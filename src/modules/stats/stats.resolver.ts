import { money, round } from '../../core/round.js';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { ProjectFilter } from '../project/project.input.js';
import { projectFilterParams } from '../project/project.repository.js';
import { PipelineStage, ProjectGrouping, ProjectGroup } from './stats.type.js';

@Resolver()
export class StatsResolver {
  @Query(() => [ProjectGroup], {
    description:
      '项目分组统计：项目数与投资、产值合计，可按区域/园区/产业链/集群/状态/期次/名单分组，筛选同项目列表 / Project counts and totals grouped by district, park, chain, cluster, status, period or list, with the project filters.',
  })
  async projectStats(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => ProjectGrouping, { description: '分组维度 / Grouping.' })
    groupBy: ProjectGrouping,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
  ): Promise<ProjectGroup[]> {
    const params = await projectFilterParams(ctx, filter);
    const rows = await ctx.reader.rows('stats/projects-by', {
      ...params,
      groupBy: groupBy.toLowerCase(),
    });
    return rows.map((r) => ({
      key: String(r.key),
      name: (r.name as string | null) ?? null,
      projectCount: Number(r.projectCount),
      investmentKnownCount: Number(r.investmentKnownCount),
      totalInvestmentYi: money(r.totalInvestmentYi),
      outputValueYi: money(r.outputValueYi),
    }));
  }

  @Query(() => [PipelineStage], {
    description:
      '“三个一批”推进：各期次、各区域的签约、开工、投产项目数与转化 / The 三个一批 pipeline per period and district: signed → started → in production, with conversion.',
  })
  async pipeline(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ProjectFilter, {
      nullable: true,
      description: '项目筛选（如区域、产业链） / Project filters (e.g. region, chain).',
    })
    filter?: ProjectFilter,
  ): Promise<PipelineStage[]> {
    const params = await projectFilterParams(ctx, filter);
    const rows = await ctx.reader.rows('pipeline/pipeline', params);
    return rows.map((r) => {
      const signed = Number(r.signed);
      const later = Number(r.signedLaterStarted);
      return {
        period: r.period === null ? null : Number(r.period),
        date: (r.date as string | null) ?? null,
        districtId: (r.districtId as string | null) ?? null,
        districtName: (r.districtName as string | null) ?? null,
        signed,
        started: Number(r.started),
        inProduction: Number(r.inProduction),
        signedInvestmentYi: money(r.signedInvestmentYi),
        startedInvestmentYi: money(r.startedInvestmentYi),
        inProductionInvestmentYi: money(r.inProductionInvestmentYi),
        signedLaterStarted: later,
        reachedProduction: Number(r.reachedProduction),
        signedToStartedRate: signed ? round(later / signed, 4) : null,
      };
    });
  }
}
