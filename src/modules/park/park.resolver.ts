import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { District } from '../district/district.type.js';
import { Enterprise } from '../enterprise/enterprise.type.js';
import { figuresOf, findEntity } from '../entity/entity.queries.js';
import { Figure } from '../figure/figure.type.js';
import { Project } from '../project/project.type.js';
import { districtOfPark, enterprisesIn, listParks, projectsIn } from './park.queries.js';
import { Park } from './park.type.js';

const FIRST = '最多条数（默认50，上限200） / At most this many (default 50, max 200).';

@Resolver(() => Park)
export class ParkResolver {
  @Query(() => Park, {
    nullable: true,
    description: '按编号或名称查园区 / A park by id or name/alias.',
  })
  park(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<Park | null> {
    return findEntity(ctx.reader, 'Park', id, name);
  }

  @Query(() => [Park], {
    description: '园区列表 / Parks, optionally in a region (incl. sub-regions).',
  })
  parks(
    @Ctx() ctx: RequestContext,
    @Arg('region', () => String, {
      nullable: true,
      description: '区域 / Region name, alias or id.',
    })
    region?: string,
  ): Promise<Park[]> {
    return listParks(ctx.reader, region);
  }

  @FieldResolver(() => District, {
    nullable: true,
    description: '所在区域 / The district the park lies in.',
  })
  district(@Root() p: Park, @Ctx() ctx: RequestContext): Promise<District | null> {
    return districtOfPark(ctx.reader, p.id);
  }

  @FieldResolver(() => [Enterprise], { description: '园区企业 / Enterprises located in the park.' })
  enterprises(
    @Root() p: Park,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
  ): Promise<Enterprise[]> {
    return enterprisesIn(ctx.reader, p.id, firstArg(first, 'nested'));
  }

  @FieldResolver(() => [Project], {
    description: '园区项目（按投资额） / Projects in the park, largest investment first.',
  })
  projects(
    @Root() p: Park,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
  ): Promise<Project[]> {
    return projectsIn(ctx.reader, p.id, firstArg(first, 'nested'));
  }

  @FieldResolver(() => [Figure], { description: '园区数据 / Figures about the park.' })
  figures(@Root() p: Park, @Ctx() ctx: RequestContext): Promise<Figure[]> {
    return figuresOf(ctx.reader, 'Park', p.id);
  }
}
