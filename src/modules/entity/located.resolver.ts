import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { District } from '../district/district.type.js';
import { Park } from '../park/park.type.js';
import { FieldSource } from '../../graphql/provenance.type.js';
import { districtOf, locationSourceOf, parkOf } from './entity.queries.js';

/**
 * The `district` and `park` fields of a located entity (an enterprise or a project), written once:
 * a module's resolver extends `LocatedResolver(Type, 'Label')` and inherits both field resolvers.
 */
export function LocatedResolver<T extends { id: string }>(type: ClassType<T>, label: string) {
  @Resolver(() => type)
  abstract class Located {
    @FieldResolver(() => District, {
      nullable: true,
      description: '所在区域（直接或经园区） / District, stated or through the park.',
    })
    district(@Root() x: T, @Ctx() ctx: RequestContext): Promise<District | null> {
      return districtOf(ctx.reader, label, x.id);
    }

    @FieldResolver(() => Park, { nullable: true, description: '所在园区 / Park, if stated.' })
    park(@Root() x: T, @Ctx() ctx: RequestContext): Promise<Park | null> {
      return parkOf(ctx.reader, label, x.id);
    }

    @FieldResolver(() => FieldSource, {
      nullable: true,
      description:
        '位置出处（无位置时为空） / Where the location is stated: own spans or reference basis (e.g. a district from public knowledge), else the record’s; null when unlocated.',
    })
    locationSource(@Root() x: T, @Ctx() ctx: RequestContext): Promise<FieldSource | null> {
      return locationSourceOf(ctx.reader, label, x.id);
    }
  }
  return Located;
}
