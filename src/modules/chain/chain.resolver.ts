import { findEntity, resolveId } from '../entity/entity.queries.js';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Stage, toDb } from '../../graphql/enums.js';
import { asNode, relatedNodes } from '../../graphql/node-row.js';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { Cluster } from '../cluster/cluster.type.js';
import { Enterprise } from '../enterprise/enterprise.type.js';
import { Project } from '../project/project.type.js';
import { ChainLeadership, ChainPosition } from './chain-relations.type.js';
import { ChainSegment, IndustryChain } from './chain.type.js';
import { leaderships } from './relation-rows.js';

const REGION_ARG =
  '区域（名称、简称或编号，含下级区域和园区） / Region name, alias or id; includes sub-regions and parks.';

@Resolver(() => IndustryChain)
export class ChainResolver {
  @Query(() => IndustryChain, {
    nullable: true,
    description: '按编号或名称（含别名）查产业链 / A chain by id or name/alias, e.g. "新能源汽车".',
  })
  chain(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<IndustryChain | null> {
    return findEntity(ctx.reader, 'IndustryChain', id, name);
  }

  @Query(() => [IndustryChain], { description: '全部产业链 / All chains, by name.' })
  async chains(@Ctx() ctx: RequestContext): Promise<IndustryChain[]> {
    return (await ctx.reader.rows('chain/list', {})).map((r) => asNode<IndustryChain>(r.node));
  }

  @FieldResolver(() => [ChainPosition], {
    description: '环节（上游在前） / Segments in chain order, upstream first.',
  })
  async segments(
    @Root() chain: IndustryChain,
    @Ctx() ctx: RequestContext,
  ): Promise<ChainPosition[]> {
    const rows = await ctx.reader.batch('chain/segments', chain.id);
    return rows.map((r) => ({
      order: Number(r.order),
      segment: asNode<ChainSegment>(r.node),
      chain,
    }));
  }

  @FieldResolver(() => [Cluster], { description: '所属集群 / Clusters that include this chain.' })
  clusters(@Root() chain: IndustryChain, @Ctx() ctx: RequestContext): Promise<Cluster[]> {
    return relatedNodes(ctx.reader, 'chain/clusters', chain.id);
  }

  @FieldResolver(() => [ChainLeadership], {
    description: '链主 / Designated chain leaders, with region and source.',
  })
  async leaders(
    @Root() chain: IndustryChain,
    @Ctx() ctx: RequestContext,
  ): Promise<ChainLeadership[]> {
    return leaderships(await ctx.reader.batch('chain/leaders', chain.id), 'chain', chain);
  }
}

@Resolver(() => ChainSegment)
export class SegmentResolver {
  @Query(() => ChainSegment, {
    nullable: true,
    description: '按编号或名称查环节 / A chain segment by id or name/alias.',
  })
  segment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<ChainSegment | null> {
    return findEntity(ctx.reader, 'ChainSegment', id, name);
  }

  @Query(() => [ChainSegment], {
    description: '环节列表 / Segments, optionally of one chain and stage.',
  })
  async segments(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, {
      nullable: true,
      description: '产业链名称或编号 / Chain name or id.',
    })
    chain?: string,
    @Arg('stage', () => Stage, { nullable: true, description: '位置 / Stage.' }) stage?: Stage,
  ): Promise<ChainSegment[]> {
    const chainId = await resolveId(ctx.reader, 'IndustryChain', chain, 'chain');
    const rows = await ctx.reader.rows('chain/segment-list', {
      chain: chainId,
      stage: stage ? toDb(stage) : null,
    });
    return rows.map((r) => asNode<ChainSegment>(r.node));
  }

  @FieldResolver(() => [ChainPosition], {
    description: '所属产业链及序号 / The chains this segment serves and its order in each.',
  })
  async chains(
    @Root() segment: ChainSegment,
    @Ctx() ctx: RequestContext,
  ): Promise<ChainPosition[]> {
    const rows = await ctx.reader.batch('segment/chains', segment.id);
    return rows.map((r) => ({
      order: Number(r.order),
      chain: asNode<IndustryChain>(r.node),
      segment,
    }));
  }

  @FieldResolver(() => [ChainSegment], {
    description:
      '上游环节（供给本环节） / Segments that supply this one (one step upstream, across chains).',
  })
  suppliers(@Root() segment: ChainSegment, @Ctx() ctx: RequestContext): Promise<ChainSegment[]> {
    return relatedNodes(ctx.reader, 'segment/suppliers', segment.id);
  }

  @FieldResolver(() => [ChainSegment], {
    description:
      '下游环节（本环节供给） / Segments this one supplies (one step downstream, across chains).',
  })
  customers(@Root() segment: ChainSegment, @Ctx() ctx: RequestContext): Promise<ChainSegment[]> {
    return relatedNodes(ctx.reader, 'segment/customers', segment.id);
  }

  @FieldResolver(() => [Enterprise], {
    description:
      '本环节企业 / Enterprises operating in this segment, local ones first; optionally only in a region.',
  })
  async enterprises(
    @Root() segment: ChainSegment,
    @Ctx() ctx: RequestContext,
    @Arg('region', () => String, { nullable: true, description: REGION_ARG }) region?: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: '最多条数（默认50，上限200） / At most this many (default 50, max 200).',
    })
    first?: number,
  ): Promise<Enterprise[]> {
    const regionId = await resolveId(ctx.reader, 'District', region, 'region');
    return relatedNodes(ctx.reader, 'segment/enterprises', segment.id, {
      region: regionId,
      first: firstArg(first, 'nested'),
    });
  }

  @FieldResolver(() => [Project], {
    description: '投向本环节的项目 / Projects targeting this segment; optionally only in a region.',
  })
  async projects(
    @Root() segment: ChainSegment,
    @Ctx() ctx: RequestContext,
    @Arg('region', () => String, { nullable: true, description: REGION_ARG }) region?: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: '最多条数（默认50，上限200） / At most this many.',
    })
    first?: number,
  ): Promise<Project[]> {
    const regionId = await resolveId(ctx.reader, 'District', region, 'region');
    return relatedNodes(ctx.reader, 'segment/projects', segment.id, {
      region: regionId,
      first: firstArg(first, 'nested'),
    });
  }
}
