import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { chainLeaders } from './leaders.queries.js';
import { ChainLeaderEntry } from './leaders.type.js';

@Resolver()
export class LeadersResolver {
  @Query(() => [ChainLeaderEntry], {
    description:
      '链主：已指定的链主（附出处）及按图谱证据计算的本地候选（附判据） / Chain leaders in a region: designated 链主 with sources first, then local candidates scored from graph evidence with the criteria shown.',
  })
  chainLeaders(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, { description: '产业链 / Chain name, alias or id.' }) chain: string,
    @Arg('region', () => String, { description: '区域 / Region name, alias or id.' })
    region: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: '条数（默认10，上限100） / How many (default 10, max 100).',
    })
    first?: number,
  ): Promise<ChainLeaderEntry[]> {
    return chainLeaders(ctx.reader, chain, region, firstArg(first, 'ranking'));
  }
}
