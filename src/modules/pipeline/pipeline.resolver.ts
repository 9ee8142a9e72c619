import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { ProjectFilter } from '../project/project.input.js';
import { pipelineMovements, pipelineStages } from './pipeline.queries.js';
import { PipelineMovements, PipelineStage } from './pipeline.type.js';

@Resolver()
export class PipelineResolver {
  @Query(() => [PipelineStage], {
    description:
      '“三个一批”推进：各期次、各区域的签约、开工、投产项目数与转化，并列来源所述数量 / The 三个一批 pipeline per period and district: signed → started → in production, with conversion, beside the counts a source states (a period the graph names no project of still shows, with its stated counts).',
  })
  pipeline(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ProjectFilter, {
      nullable: true,
      description: '项目筛选（如区域、产业链） / Project filters (e.g. region, chain).',
    })
    filter?: ProjectFilter,
  ): Promise<PipelineStage[]> {
    return pipelineStages(ctx.reader, filter);
  }

  @Query(() => PipelineMovements, {
    description:
      '项目在“三个一批”名单间的移动（签约→开工→投产） / How projects moved between 三个一批 lists across periods, with the project filters.',
  })
  pipelineMovements(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
    @Arg('first', () => Int, {
      nullable: true,
      description:
        '列出项目数（默认100，上限500） / Projects listed (default 100, max 500); transitions count all.',
    })
    first?: number,
  ): Promise<PipelineMovements> {
    return pipelineMovements(ctx.reader, filter, firstArg(first, 'movements'));
  }
}
