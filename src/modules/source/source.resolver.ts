import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Evidence } from '../../graphql/provenance.type.js';
import { listSources, sourceById } from './source.queries.js';
import { Source } from './source.type.js';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, {
    nullable: true,
    description: '按编号查来源文章 / A source article by id (e.g. s003).',
  })
  source(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Source | null> {
    return sourceById(ctx.reader, id);
  }

  @Query(() => [Source], { description: '全部来源文章 / All source articles.' })
  sources(@Ctx() ctx: RequestContext): Promise<Source[]> {
    return listSources(ctx.reader);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { nullable: true, description: '来源文章 / The source article.' })
  source(@Root() e: Evidence, @Ctx() ctx: RequestContext): Promise<Source | null> {
    return sourceById(ctx.reader, e.sourceId);
  }
}
