import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { EntityKind } from '../../graphql/enums.js';
import { planSearch } from './search.plan.js';
import { searchHits } from './search.queries.js';
import { SearchHit } from './search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      '按名称和简称搜索（中文全文检索，短语匹配，支持单字） / Search names and aliases across kinds (Chinese full-text, phrase semantics; one-character text supported), ranked.',
  })
  async search(
    @Ctx() ctx: RequestContext,
    @Arg('text', () => String, {
      description: '搜索文字 / Text to find, e.g. "比亚迪", "电池", "港".',
    })
    text: string,
    @Arg('types', () => [EntityKind], {
      nullable: true,
      description: '只搜这些类型 / Only these kinds (default: all).',
    })
    types?: EntityKind[],
    @Arg('first', () => Int, {
      nullable: true,
      description: '最多条数（默认20，上限100） / At most this many (default 20, max 100).',
    })
    first?: number,
  ): Promise<SearchHit[]> {
    const limit = firstArg(first, 'hits');
    const plan = planSearch(text);
    if (limit === 0) return [];
    return searchHits(ctx.reader, plan, types, limit);
  }
}
