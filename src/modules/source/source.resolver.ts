import { entityById } from '../entity/entity.queries.js';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { asNode } from '../../graphql/node-row.js';
import { Evidence } from '../../graphql/provenance.type.js';
import type { RequestContext } from '../../graphql/context.js';
import { Source } from './source.type.js';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, {
    nullable: true,
    description: '按编号查来源文章 / A source article by id (e.g. s003).',
  })
  async source(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<Source | null> {
    return entityById<Source>(ctx.reader, 'Source', id);
  }

  @Query(() => [Source], { description: '全部来源文章 / All source articles.' })
  async sources(@Ctx() ctx: RequestContext): Promise<Source[]> {
    return (await ctx.reader.rows('source/list', {})).map((r) => asNode<Source>(r.node));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { nullable: true, description: '来源文章 / The source article.' })
  async source(@Root() e: Evidence, @Ctx() ctx: RequestContext): Promise<Source | null> {
    return entityById<Source>(ctx.reader, 'Source', e.sourceId);
  }
}
