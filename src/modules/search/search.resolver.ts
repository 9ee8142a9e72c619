import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { int } from '../../db/convert.js';
import { ENTITY_LABEL, EntityKind, LABEL_ENTITY } from '../../graphql/enums.js';
import { asNode } from '../../graphql/node-row.js';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { SearchHit } from './search.type.js';
import { planSearch } from './search.service.js';

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
    const labels = (types?.length ? types : Object.values(EntityKind)).map((k) => ENTITY_LABEL[k]);
    const key = plan.path === 'fulltext' ? 'search/fulltext' : 'search/contains';
    const rows = await ctx.reader.rows(key, {
      query: plan.query,
      text: plan.text,
      labels,
      limit: int(limit),
    });
    return rows.map((r) => {
      const kind = LABEL_ENTITY[(r.labels as string[])[0]!]!;
      return {
        kind,
        score: Number(r.score),
        matched: String(r.matched),
        node: { ...asNode<Record<string, unknown>>(r.node), __kind: kind } as never,
      };
    });
  }
}
