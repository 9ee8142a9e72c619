import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { lookup, related, relatedOne } from '../../graphql/lookup.js';
import { asNode } from '../../graphql/node-row.js';
import { nestedLimit } from '../../graphql/pagination.js';
import { resolveId } from '../../graphql/region.js';
import type { RequestContext } from '../../server/context.js';
import { District } from '../district/district.type.js';
import { Enterprise } from '../enterprise/enterprise.type.js';
import { Figure } from '../figure/figure.type.js';
import { Project } from '../project/project.type.js';
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
    return lookup(ctx, 'Park', id, name);
  }

  @Query(() => [Park], {
    description: '园区列表 / Parks, optionally in a region (incl. sub-regions).',
  })
  async parks(
    @Ctx() ctx: RequestContext,
    @Arg('region', () => String, {
      nullable: true,
      description: '区域 / Region name, alias or id.',
    })
    region?: string,
  ): Promise<Park[]> {
    const regionId = await resolveId(ctx, 'District', region, 'region');
    return (await ctx.db.read('park/list', { region: regionId }, { signal: ctx.signal })).map((r) =>
      asNode<Park>(r.node),
    );
  }

  @FieldResolver(() => District, {
    nullable: true,
    description: '所在区域 / The district the park lies in.',
  })
  district(@Root() p: Park, @Ctx() ctx: RequestContext): Promise<District | null> {
    return relatedOne(ctx, 'park/district', p.id);
  }

  @FieldResolver(() => [Enterprise], { description: '园区企业 / Enterprises located in the park.' })
  enterprises(
    @Root() p: Park,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
  ): Promise<Enterprise[]> {
    return related(ctx, 'park/enterprises', p.id, { first: nestedLimit(first) });
  }

  @FieldResolver(() => [Project], {
    description: '园区项目（按投资额） / Projects in the park, largest investment first.',
  })
  projects(
    @Root() p: Park,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number,
  ): Promise<Project[]> {
    return related(ctx, 'park/projects', p.id, { first: nestedLimit(first) });
  }

  @FieldResolver(() => [Figure], { description: '园区数据 / Figures about the park.' })
  figures(@Root() p: Park, @Ctx() ctx: RequestContext): Promise<Figure[]> {
    return related(ctx, 'entity/figures', `Park:${p.id}`, { kinds: null });
  }
}
