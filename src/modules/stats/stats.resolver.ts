import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { ProjectFilter } from '../project/project.input.js';
import { projectGroups } from './stats.queries.js';
import { ProjectGrouping, ProjectGroup } from './stats.type.js';

@Resolver()
export class StatsResolver {
  @Query(() => [ProjectGroup], {
    description:
      '项目分组统计：项目数与投资、产值合计，可按区域/园区/产业链/集群/状态/期次/名单分组，筛选同项目列表 / Project counts and totals grouped by district, park, chain, cluster, status, period or list, with the project filters.',
  })
  projectStats(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => ProjectGrouping, { description: '分组维度 / Grouping.' })
    groupBy: ProjectGrouping,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
  ): Promise<ProjectGroup[]> {
    return projectGroups(ctx.reader, groupBy, filter);
  }
}
