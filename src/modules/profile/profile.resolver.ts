import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { GapOptionsInput } from '../gaps/gaps.type.js';
import { clusterProfiles, parksByChain } from './profile.queries.js';
import { ClusterProfile, ParkConcentration } from './profile.type.js';

@Resolver()
export class ProfileResolver {
  @Query(() => [ClusterProfile], {
    description:
      '产业集群画像：链、企业、园区、项目状态、投资、链主、各链覆盖；可多区域对比 / Cluster profile per region: chains, firms, parks, projects by status, investment, leaders, coverage per chain; several regions compare one cluster across districts.',
  })
  clusterProfile(
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
    return clusterProfiles(ctx.reader, cluster, regions, options);
  }

  @Query(() => [ParkConcentration], {
    description:
      '园区产业链集中度排名 / Parks ranked by their concentration in a chain, optionally within a region.',
  })
  parksByChain(
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
    return parksByChain(ctx.reader, chain, region, firstArg(first, 'hits'));
  }
}
