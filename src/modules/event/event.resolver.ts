import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { BatchList } from '../../graphql/enums.js';
import { District } from '../district/district.type.js';
import { entityById, figuresOf, findEntity, regionOf } from '../entity/entity.queries.js';
import { Figure } from '../figure/figure.type.js';
import { BatchListing } from '../project/project.type.js';
import { listEvents, listingsOf } from './event.queries.js';
import { Event, EventKind } from './event.type.js';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, {
    nullable: true,
    description: '按编号或名称查活动 / An event (三个一批 period, fair) by id or name/alias.',
  })
  event(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<Event | null> {
    return findEntity(ctx.reader, 'Event', id, name);
  }

  @Query(() => [Event], {
    description: '活动列表（按日期） / Events by date, optionally of one kind or period.',
  })
  events(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => EventKind, { nullable: true, description: '类型 / Kind.' }) kind?: EventKind,
    @Arg('period', () => Int, { nullable: true, description: '期次 / 三个一批 period.' })
    period?: number,
  ): Promise<Event[]> {
    return listEvents(ctx.reader, kind, period);
  }

  @FieldResolver(() => District, { nullable: true, description: '举办区域 / Region.' })
  region(@Root() e: Event, @Ctx() ctx: RequestContext): Promise<District | null> {
    return regionOf(ctx.reader, 'Event', e.id);
  }

  @FieldResolver(() => [BatchListing], {
    description: '入选项目 / Projects listed in this 三个一批 period, optionally one list.',
  })
  listings(
    @Root() e: Event,
    @Ctx() ctx: RequestContext,
    @Arg('list', () => BatchList, { nullable: true, description: '名单 / Only this list.' })
    list?: BatchList,
    @Arg('first', () => Int, {
      nullable: true,
      description: '最多条数 / At most this many (default 50, max 200).',
    })
    first?: number,
  ): Promise<BatchListing[]> {
    return listingsOf(ctx.reader, e, list, firstArg(first, 'nested'));
  }

  @FieldResolver(() => [Figure], {
    description: '活动数据（签约项目数、金额等） / Stated totals (projects signed, amounts…).',
  })
  figures(@Root() e: Event, @Ctx() ctx: RequestContext): Promise<Figure[]> {
    return figuresOf(ctx.reader, 'Event', e.id);
  }
}

@Resolver(() => BatchListing)
export class BatchListingEventResolver {
  @FieldResolver(() => Event, {
    nullable: true,
    description: '活动（期次） / The 三个一批 period event.',
  })
  event(@Root() b: BatchListing, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return entityById<Event>(ctx.reader, 'Event', b.eventId);
  }
}
