import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { firstArg } from '../../graphql/args.js';
import { ConnectionType } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { provenanceOf } from '../../graphql/node-row.js';
import { PageArgs, pageOf } from '../../graphql/pagination.js';
import { FieldSource } from '../../graphql/provenance.type.js';
import { ChainLeadership, SegmentMapping } from '../chain/chain-relations.type.js';
import { figuresOf, findEntity } from '../entity/entity.queries.js';
import { LocatedResolver } from '../entity/located.resolver.js';
import { Figure, FigureKind } from '../figure/figure.type.js';
import { EnterpriseProject } from '../project/participation.type.js';
import { EnterpriseLink } from './enterprise-link.type.js';
import { EnterpriseFilter } from './enterprise.input.js';
import {
  enterprisePage,
  leadershipsOf,
  leadingFirmOf,
  linksOf,
  parentOf,
  projectsOf,
  segmentsOf,
  subsidiariesOf,
} from './enterprise.queries.js';
import { Enterprise } from './enterprise.type.js';

export const EnterpriseConnection = ConnectionType(Enterprise, 'Enterprise');
export type EnterpriseConnection = InstanceType<typeof EnterpriseConnection>;

@Resolver(() => Enterprise)
export class EnterpriseResolver extends LocatedResolver(Enterprise, 'Enterprise') {
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
    return EnterpriseConnection.from(await enterprisePage(ctx.reader, filter, pageOf(pageArgs)));
  }

  @FieldResolver(() => FieldSource, {
    nullable: true,
    description:
      '标签出处（无标签时为空） / Where the tags are stated: own spans or reference basis (e.g. 上市公司 from public knowledge), else the record’s; null without tags.',
  })
  tagsSource(
    @Root()
    e: Enterprise & {
      tagsEvidence?: string[];
      tagsReference?: boolean;
      tagsReferenceBasis?: string;
    },
  ): FieldSource | null {
    if (!e.tags?.length) return null;
    const own = Boolean(e.tagsEvidence?.length || e.tagsReference);
    if (!own) return { own, evidence: e.evidence, reference: e.reference };
    return {
      own,
      ...provenanceOf({
        evidence: e.tagsEvidence,
        reference: e.tagsReference,
        referenceBasis: e.tagsReferenceBasis,
      }),
    };
  }

  @FieldResolver(() => Enterprise, {
    nullable: true,
    description: '所属集团 / The group this local unit belongs to.',
  })
  parent(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<Enterprise | null> {
    return parentOf(ctx.reader, e.id);
  }

  @FieldResolver(() => [Enterprise], { description: '下属企业 / Local units of this group.' })
  subsidiaries(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<Enterprise[]> {
    return subsidiariesOf(ctx.reader, e.id);
  }

  @FieldResolver(() => [SegmentMapping], {
    description: '经营的产业链环节及依据 / Chain segments it operates in, with the basis.',
  })
  segments(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<SegmentMapping[]> {
    return segmentsOf(ctx.reader, e.id);
  }

  @FieldResolver(() => [ChainLeadership], {
    description:
      '链主身份（文件指定） / Chains it is designated 链主 of, with region and source (only where a source designates it).',
  })
  leaderOf(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<ChainLeadership[]> {
    return leadershipsOf(ctx.reader, e);
  }

  @FieldResolver(() => [ChainLeadership], {
    description:
      '被称为龙头企业的产业链（非链主指定），附区域与出处 / Chains a source calls it a leading firm (龙头企业) of, with region and source: a description, not a 链主 designation.',
  })
  leadingFirmOf(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<ChainLeadership[]> {
    return leadingFirmOf(ctx.reader, e);
  }

  @FieldResolver(() => [EnterpriseProject], {
    description: '参与的项目（按投资额） / Projects it undertakes, largest first.',
  })
  projects(
    @Root() e: Enterprise,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, {
      nullable: true,
      description: '最多条数 / At most this many (default 50, max 200).',
    })
    first?: number,
  ): Promise<EnterpriseProject[]> {
    return projectsOf(ctx.reader, e.id, firstArg(first, 'nested'));
  }

  @FieldResolver(() => [EnterpriseLink], {
    description: '企业间关系（双向） / Supplier, partner and investor links, both directions.',
  })
  links(@Root() e: Enterprise, @Ctx() ctx: RequestContext): Promise<EnterpriseLink[]> {
    return linksOf(ctx.reader, e);
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
