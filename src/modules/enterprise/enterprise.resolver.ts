import { districtOf, figuresOf, findEntity, parkOf, resolveId } from '../entity/entity.queries.js';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { toDb } from '../../graphql/enums.js';
import { asNode, relatedNodes, relatedNode, provenanceOf } from '../../graphql/node-row.js';
import { fetchPage, PageArgs, pageOf } from '../../graphql/pagination.js';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { ChainLeadership, SegmentMapping } from '../chain/chain-relations.type.js';
import { leaderships, segmentMappings } from '../chain/relation-rows.js';
import { District } from '../district/district.type.js';
import { Figure, FigureKind } from '../figure/figure.type.js';
import { Park } from '../park/park.type.js';
import { EnterpriseProject } from '../project/participation.type.js';
import { EnterpriseLink, LinkKind } from './enterprise-link.type.js';
import { EnterpriseFilter } from './enterprise.input.js';
import { Enterprise } from './enterprise.type.js';

export const EnterpriseConnection = ConnectionType(Enterprise, 'Enterprise');
export type EnterpriseConnection = InstanceType<typeof EnterpriseConnection>;

const LINK_KIND: Record<string, LinkKind> = {
  SUPPLIES_TO: LinkKind.SUPPLIER_OF,
  PARTNERS_WITH: LinkKind.PARTNER_OF,
  INVESTED_BY: LinkKind.INVESTED_BY,
};

async function filterParams(
  ctx: RequestContext,
  filter?: EnterpriseFilter | null,
): Promise<Record<string, unknown>> {
  // `filter: null` is the same as no filter; so is null in any of its fields.
  const f: EnterpriseFilter = filter ?? {};
  const [region, park, chain, segment, source] = await Promise.all([
    resolveId(ctx.reader, 'District', f.region, 'filter.region'),
    resolveId(ctx.reader, 'Park', f.park, 'filter.park'),
    resolveId(ctx.reader, 'IndustryChain', f.chain, 'filter.chain'),
    resolveId(ctx.reader, 'ChainSegment', f.segment, 'filter.segment'),
    resolveId(ctx.reader, 'Source', f.source, 'filter.source'),
  ]);
  return {
    region,
    park,
    chain,
    segment,
    source,
    stage: f.stage ? toDb(f.stage) : null,
    kinds: f.kind?.length ? f.kind.map(toDb) : null,
    tags: f.tags?.length ? f.tags : null,
    hqOutside: f.hqOutside ?? null,
    chainLeader: f.chainLeader ?? null,
    reference: f.reference ?? null,
    text: f.text?.trim() || null,
  };
}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, {
    nullable: true,
    description:
      '按编号、全称或简称查企业 / An enterprise by id, full name or short name, e.g. "比亚迪".',
  })
  enterprise(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<Enterprise | null> {
    return findEntity(ctx.reader, 'Enterprise', id, name);
  }

  @Query(() => EnterpriseConnection, {
    description:
      '企业列表：按区域、园区、产业链、环节、类型、标签、链主筛选，分页 / Enterprises filtered by region, park, chain, segment, kind, tags, chain-leader status; paged, by name.',
  })
  async enterprises(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('filter', () => EnterpriseFilter, { nullable: true }) filter?: EnterpriseFilter,
  ): Promise<EnterpriseConnection> {
    const page = pageOf(pageArgs);
    const params = await filterParams(ctx, filter);
    return EnterpriseConnection.from(
      await fetchPage(
        ctx.reader,
        { list: 'enterprise/list', count: 'enterprise/count' },
        params,
        page,
        (r) => asNode<Enterprise>(r.node),
      ),
    );
  }

  @FieldResolver(() => District, {
    nullable: true,
    description: '所在区域（直接或经园区） / District, stated or through the park.',
  })
  district(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<District | null> {
    return districtOf(ctx.reader, 'Enterprise', e.id);
  }

  @FieldResolver(() => Park, { nullable: true, description: '所在园区 / Park, if stated.' })
  park(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<Park | null> {
    return parkOf(ctx.reader, 'Enterprise', e.id);
  }

  @FieldResolver(() => Enterprise, {
    nullable: true,
    description: '所属集团 / The group this local unit belongs to.',
  })
  parent(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<Enterprise | null> {
    return relatedNode(ctx.reader, 'enterprise/parent', e.id);
  }

  @FieldResolver(() => [Enterprise], { description: '下属企业 / Local units of this group.' })
  subsidiaries(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<Enterprise[]> {
    return relatedNodes(ctx.reader, 'enterprise/subsidiaries', e.id);
  }

  @FieldResolver(() => [SegmentMapping], {
    description: '经营的产业链环节及依据 / Chain segments it operates in, with the basis.',
  })
  async segments(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<SegmentMapping[]> {
    return segmentMappings(await ctx.reader.batch('enterprise/segments', e.id));
  }

  @FieldResolver(() => [ChainLeadership], {
    description: '链主身份 / Chains it leads (链主), with region and source.',
  })
  async leaderOf(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<ChainLeadership[]> {
    return leaderships(await ctx.reader.batch('enterprise/leadership', e.id), 'enterprise', e);
  }

  @FieldResolver(() => [EnterpriseProject], {
    description: '参与的项目（按投资额） / Projects it undertakes, largest first.',
  })
  async projects(
    @Root() e: Enterprise,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, {
      nullable: true,
      description: '最多条数 / At most this many (default 50, max 200).',
    })
    first?: number,
  ): Promise<EnterpriseProject[]> {
    const rows = await ctx.reader.batch('enterprise/projects', e.id, {
      first: firstArg(first, 'nested'),
    });
    return rows.map((r) => ({
      project: asNode(r.node),
      role: ((r.rel ?? {}) as { role?: string }).role ?? null,
    }));
  }

  @FieldResolver(() => [EnterpriseLink], {
    description: '企业间关系（双向） / Supplier, partner and investor links, both directions.',
  })
  async links(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<EnterpriseLink[]> {
    const rows = await ctx.reader.batch('enterprise/links', e.id);
    return rows.map((r) => {
      const other = asNode<Enterprise>(r.node);
      const outgoing = r.outgoing === true;
      return {
        kind: LINK_KIND[String(r.type)]!,
        from: outgoing ? e : other,
        to: outgoing ? other : e,
        ...provenanceOf((r.rel ?? {}) as Record<string, unknown>),
      };
    });
  }

  @FieldResolver(() => [Figure], {
    description: '企业数据（营收、产值等） / Figures about the enterprise (revenue, output…).',
  })
  figures(
    @Root() e: Enterprise,
    @Ctx() ctx: RequestContext,
    @Arg('kinds', () => [FigureKind], {
      nullable: true,
      description: '只要这些类型 / Only these kinds.',
    })
    kinds?: FigureKind[],
  ): Promise<Figure[]> {
    return figuresOf(ctx.reader, 'Enterprise', e.id, kinds);
  }
}
