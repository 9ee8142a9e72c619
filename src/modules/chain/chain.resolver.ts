import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { Stage } from '../../graphql/enums.js';
import { Cluster } from '../cluster/cluster.type.js';
import { Enterprise } from '../enterprise/enterprise.type.js';
import { findEntity } from '../entity/entity.queries.js';
import { Project } from '../project/project.type.js';
import { ChainLeadership, ChainPosition } from './chain-relations.type.js';
import {
  chainsOf,
  clustersOf,
  customersOf,
  leadersOf,
  listChains,
  listSegments,
  positionsOf,
  segmentEnterprises,
  segmentProjects,
  suppliersOf,
} from './chain.queries.js';
import { ChainSegment, IndustryChain } from './chain.type.js';

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
  chains(@Ctx() ctx: RequestContext): Promise<IndustryChain[]> {
    return listChains(ctx.reader);
  }

  @FieldResolver(() => [ChainPosition], {
    description: '环节（上游在前） / Segments in chain order, upstream first.',
  })
  segments(@Root() chain: IndustryChain, @Ctx() ctx: RequestContext): Promise<ChainPosition[]> {
    return positionsOf(ctx.reader, chain);
  }

  @FieldResolver(() => [Cluster], { description: '所属集群 / Clusters that include this chain.' })
  clusters(@Root() chain: IndustryChain, @Ctx() ctx: RequestContext): Promise<Cluster[]> {
    return clustersOf(ctx.reader, chain.id);
  }

  @FieldResolver(() => [ChainLeadership], {
    description: '链主 / Designated chain leaders, with region and source.',
  })
  leaders(@Root() chain: IndustryChain, @Ctx() ctx: RequestContext): Promise<ChainLeadership[]> {
    return leadersOf(ctx.reader, chain);
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
  segments(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, {
      nullable: true,
      description: '产业链名称或编号 / Chain name or id.',
    })
    chain?: string,
    @Arg('stage', () => Stage, { nullable: true, description: '位置 / Stage.' }) stage?: Stage,
  ): Promise<ChainSegment[]> {
    return listSegments(ctx.reader, chain, stage);
  }

  @FieldResolver(() => [ChainPosition], {
    description: '所属产业链及序号 / The chains this segment serves and its order in each.',
  })
  chains(@Root() segment: ChainSegment, @Ctx() ctx: RequestContext): Promise<ChainPosition[]> {
    return chainsOf(ctx.reader, segment);
  }

  @FieldResolver(() => [ChainSegment], {
    description:
      '上游环节（供给本环节） / Segments that supply this one (one step upstream, across chains).',
  })
  suppliers(@Root() segment: ChainSegment, @Ctx() ctx: RequestContext): Promise<ChainSegment[]> {
    return suppliersOf(ctx.reader, segment.id);
  }

  @FieldResolver(() => [ChainSegment], {
    description:
      '下游环节（本环节供给） / Segments this one supplies (one step downstream, across chains).',
  })
  customers(@Root() segment: ChainSegment, @Ctx() ctx: RequestContext): Promise<ChainSegment[]> {
    return customersOf(ctx.reader, segment.id);
  }

  @FieldResolver(() => [Enterprise], {
    description:
      '本环节企业 / Enterprises operating in this segment, local ones first; optionally only in a region.',
  })
  enterprises(
    @Root() segment: ChainSegment,
    @Ctx() ctx: RequestContext,
    @Arg('region', () => String, { nullable: true, description: REGION_ARG }) region?: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: '最多条数（默认50，上限200） / At most this many (default 50, max 200).',
    })
    first?: number,
  ): Promise<Enterprise[]> {
    return segmentEnterprises(ctx.reader, segment.id, region, firstArg(first, 'nested'));
  }

  @FieldResolver(() => [Project], {
    description: '投向本环节的项目 / Projects targeting this segment; optionally only in a region.',
  })
  projects(
    @Root() segment: ChainSegment,
    @Ctx() ctx: RequestContext,
    @Arg('region', () => String, { nullable: true, description: REGION_ARG }) region?: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: '最多条数（默认50，上限200） / At most this many.',
    })
    first?: number,
  ): Promise<Project[]> {
    return segmentProjects(ctx.reader, segment.id, region, firstArg(first, 'nested'));
  }
}
