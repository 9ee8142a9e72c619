import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { figuresOf, findEntity } from '../entity/entity.queries.js';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { Cluster } from '../cluster/cluster.type.js';
import { Enterprise } from '../enterprise/enterprise.type.js';
import { Figure } from '../figure/figure.type.js';
import { Park } from '../park/park.type.js';
import { Project } from '../project/project.type.js';
import {
  childrenOf,
  clustersOf,
  enterprisesIn,
  listDistricts,
  parentOf,
  parksIn,
  projectsIn,
} from './district.queries.js';
import { District, DistrictLevel } from './district.type.js';

const FIRST = '最多条数（默认50，上限200） / At most this many (default 50, max 200).';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, {
    nullable: true,
    description: '按编号或名称（含简称）查区域 / A region by id or name/alias, e.g. "高新区".',
  })
  district(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<District | null> {
    return findEntity(ctx.reader, 'District', id, name);
  }

  @Query(() => [District], {
    description:
      '区域列表 / Regions, optionally of one level or under one parent (default: the districts of 郑州).',
  })
  districts(
    @Ctx() ctx: RequestContext,
    @Arg('parent', () => String, {
      nullable: true,
      description: '上级区域 / Parent region name or id (default 郑州市 when no level is given).',
    })
    parent?: string,
    @Arg('level', () => DistrictLevel, { nullable: true, description: '级别 / Level.' })
    level?: DistrictLevel,
  ): Promise<District[]> {
    return listDistricts(ctx.reader, parent, level);
  }

  @FieldResolver(() => District, { nullable: true, description: '上级区域 / The parent region.' })
  parent(@Root() d: District, @Ctx() ctx: RequestContext): Promise<District | null> {
    return parentOf(ctx.reader, d.id);
  }

  @FieldResolver(() => [District], { description: '下级区域 / Direct sub-regions.' })
  children(@Root() d: District, @Ctx() ctx: RequestContext): Promise<District[]> {
    return childrenOf(ctx.reader, d.id);
  }

  @FieldResolver(() => [Park], {
    description: '园区（含下级区域） / Parks in the region and its sub-regions.',
  })
  parks(
    @Root() d: District,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
  ): Promise<Park[]> {
    return parksIn(ctx.reader, d.id, firstArg(first, 'nested'));
  }

  @FieldResolver(() => [Enterprise], {
    description:
      '企业（含下级区域和园区） / Enterprises located in the region, its sub-regions or parks.',
  })
  enterprises(
    @Root() d: District,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
  ): Promise<Enterprise[]> {
    return enterprisesIn(ctx.reader, d.id, firstArg(first, 'nested'));
  }

  @FieldResolver(() => [Project], {
    description:
      '项目（含下级区域和园区，按投资额） / Projects in the region, largest investment first. Use `projects(filter:)` at the root to filter and page.',
  })
  projects(
    @Root() d: District,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
  ): Promise<Project[]> {
    return projectsIn(ctx.reader, d.id, firstArg(first, 'nested'));
  }

  @FieldResolver(() => [Cluster], {
    description: '本区域的产业集群 / Clusters defined for this region.',
  })
  clusters(@Root() d: District, @Ctx() ctx: RequestContext): Promise<Cluster[]> {
    return clustersOf(ctx.reader, d.id);
  }

  @FieldResolver(() => [Figure], {
    description:
      '区域数据 / Figures about this region (e.g. project counts per 三个一批 list, industrial investment growth).',
  })
  figures(@Root() d: District, @Ctx() ctx: RequestContext): Promise<Figure[]> {
    return figuresOf(ctx.reader, 'District', d.id);
  }
}
