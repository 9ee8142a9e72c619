import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { IndustryChain } from '../chain/chain.type.js';
import { District } from '../district/district.type.js';
import { figuresOf, findEntity, regionOf } from '../entity/entity.queries.js';
import { Figure } from '../figure/figure.type.js';
import { chainsOf, listClusters } from './cluster.queries.js';
import { Cluster, ClusterKind } from './cluster.type.js';

@Resolver(() => Cluster)
export class ClusterResolver {
  @Query(() => Cluster, {
    nullable: true,
    description: '按编号或名称查产业集群 / A cluster by id or name/alias.',
  })
  cluster(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<Cluster | null> {
    return findEntity(ctx.reader, 'Cluster', id, name);
  }

  @Query(() => [Cluster], {
    description: '产业集群列表 / Clusters, optionally of one kind and region (incl. sub-regions).',
  })
  clusters(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ClusterKind, { nullable: true, description: '类型 / Kind.' })
    kind?: ClusterKind,
    @Arg('region', () => String, {
      nullable: true,
      description: '区域 / Region name, alias or id.',
    })
    region?: string,
  ): Promise<Cluster[]> {
    return listClusters(ctx.reader, kind, region);
  }

  @FieldResolver(() => District, {
    nullable: true,
    description: '所属区域 / Region the cluster is defined for.',
  })
  region(@Root() c: Cluster, @Ctx() ctx: RequestContext): Promise<District | null> {
    return regionOf(ctx.reader, 'Cluster', c.id);
  }

  @FieldResolver(() => [IndustryChain], { description: '包含的产业链 / Member chains.' })
  chains(@Root() c: Cluster, @Ctx() ctx: RequestContext): Promise<IndustryChain[]> {
    return chainsOf(ctx.reader, c.id);
  }

  @FieldResolver(() => [Figure], { description: '集群数据 / Figures about the cluster.' })
  figures(@Root() c: Cluster, @Ctx() ctx: RequestContext): Promise<Figure[]> {
    return figuresOf(ctx.reader, 'Cluster', c.id);
  }
}
