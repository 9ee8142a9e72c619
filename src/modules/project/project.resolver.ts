import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { PageArgs, pageOf } from '../../graphql/pagination.js';
import { SegmentMapping } from '../chain/chain-relations.type.js';
import { entityById, figuresOf, findEntity } from '../entity/entity.queries.js';
import { LocatedResolver } from '../entity/located.resolver.js';
import { Figure, FigureKind } from '../figure/figure.type.js';
import { ProjectParticipant } from './participation.type.js';
import { ProjectFilter, ProjectOrder } from './project.input.js';
import {
  capacitiesOf,
  listingsOf,
  participantsOf,
  projectPage,
  rostersOf,
  segmentsOf,
} from './project.queries.js';
import {
  BatchListing,
  Capacity,
  Project,
  RosterEntry,
  UNMAPPED_LABEL,
  UnmappedNote,
  UnmappedReason,
} from './project.type.js';

export const ProjectConnection = ConnectionType(Project, 'Project');
export type ProjectConnection = InstanceType<typeof ProjectConnection>;

@Resolver(() => Project)
export class ProjectResolver extends LocatedResolver(Project, 'Project') {
  @Query(() => Project, {
    nullable: true,
    description: '按编号或名称（含别名）查项目 / A project by id or name/alias.',
  })
  project(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<Project | null> {
    return findEntity(ctx.reader, 'Project', id, name);
  }

  @Query(() => ProjectConnection, {
    description:
      '项目列表：按区域、园区、产业链、环节、状态、“三个一批”期次与名单、投资额、来源筛选，分页 / Projects filtered by region, park, chain, segment, status, 三个一批 period and list, investment range, source; sorted and paged.',
  })
  async projects(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
    @Arg('orderBy', () => ProjectOrder, {
      nullable: true,
      description: '排序（默认按总投资降序） / Sort (default: total investment, largest first).',
    })
    orderBy?: ProjectOrder,
  ): Promise<ProjectConnection> {
    return ProjectConnection.from(await projectPage(ctx.reader, filter, orderBy, pageOf(pageArgs)));
  }

  @FieldResolver(() => [ProjectParticipant], {
    description: '承建/投资企业 / Enterprises undertaking the project.',
  })
  enterprises(@Root() p: Project, @Ctx() ctx: RequestContext): Promise<ProjectParticipant[]> {
    return participantsOf(ctx.reader, p.id);
  }

  @FieldResolver(() => [BatchListing], {
    description:
      '“三个一批”入选记录（按期次） / 三个一批 listings by period: origin period and later lists.',
  })
  batches(@Root() p: Project, @Ctx() ctx: RequestContext): Promise<BatchListing[]> {
    return listingsOf(ctx.reader, p.id);
  }

  @FieldResolver(() => [RosterEntry], {
    description:
      '区县名册记录（非入选记录） / District rosters it appears in: its list as of a period, not a listing in that period.',
  })
  rosters(@Root() p: Project, @Ctx() ctx: RequestContext): Promise<RosterEntry[]> {
    return rostersOf(ctx.reader, p.id);
  }

  @FieldResolver(() => [SegmentMapping], {
    description:
      '投向的产业链环节及依据 / Chain segments the project adds capacity to, with the basis.',
  })
  segments(@Root() p: Project, @Ctx() ctx: RequestContext): Promise<SegmentMapping[]> {
    return segmentsOf(ctx.reader, p.id);
  }

  @FieldResolver(() => [Figure], {
    description:
      '项目数据（总投资、产值等，各带出处） / Figures about the project (investment, output…), each with its source.',
  })
  figures(
    @Root() p: Project,
    @Ctx() ctx: RequestContext,
    @Arg('kinds', () => [FigureKind], {
      nullable: true,
      description: '只要这些类型 / Only these kinds.',
    })
    kinds?: FigureKind[],
  ): Promise<Figure[]> {
    return figuresOf(ctx.reader, 'Project', p.id, kinds);
  }

  @FieldResolver(() => UnmappedNote, {
    nullable: true,
    description:
      '未标注环节的原因（有环节时为空） / Why the project targets no segment; null when it targets some or no reason is recorded.',
  })
  unmapped(
    @Root()
    p: Project & { unmappedReason?: string; unmappedChains?: string[]; unmappedBasis?: string },
  ): UnmappedNote | null {
    if (!p.unmappedReason) return null;
    const reason = p.unmappedReason.toUpperCase() as UnmappedReason;
    return {
      reason,
      reasonLabel: UNMAPPED_LABEL[reason],
      chainIds: p.unmappedChains ?? [],
      basis: p.unmappedBasis ?? '',
    };
  }

  @FieldResolver(() => [Capacity], { description: '产能 / Stated capacities.' })
  capacity(@Root() p: Project & { capacityJson?: string }): Capacity[] {
    return capacitiesOf(p);
  }
}

@Resolver(() => BatchListing)
export class BatchListingResolver {
  @FieldResolver(() => Project, { description: '项目 / The project.' })
  project(@Root() b: BatchListing, @Ctx() ctx: RequestContext): Promise<Project | null> {
    return entityById<Project>(ctx.reader, 'Project', b.projectId);
  }
}
