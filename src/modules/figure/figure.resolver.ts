import { createUnionType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { IndustryChain } from '../chain/chain.type.js';
import { Cluster } from '../cluster/cluster.type.js';
import { District } from '../district/district.type.js';
import { Enterprise } from '../enterprise/enterprise.type.js';
import { Event } from '../event/event.type.js';
import { Park } from '../park/park.type.js';
import { Project } from '../project/project.type.js';
import { scopeOf, subjectOf } from './figure.queries.js';
import { Figure } from './figure.type.js';

const BY_LABEL = { Project, Enterprise, District, Park, Cluster, Event, IndustryChain } as const;

export const FigureSubject = createUnionType({
  name: 'FigureSubject',
  description: '数据所描述的对象 / What a figure describes.',
  types: () => [Project, Enterprise, District, Park, Cluster, Event, IndustryChain] as const,
  resolveType: (value) => {
    const label = (value as { __label?: keyof typeof BY_LABEL }).__label;
    return label ? BY_LABEL[label] : undefined;
  },
});

@Resolver(() => Figure)
export class FigureResolver {
  @FieldResolver(() => FigureSubject, {
    nullable: true,
    description: '描述对象 / The project, enterprise, region… the figure is about.',
  })
  async subject(
    @Root() f: Figure,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof FigureSubject | null> {
    return (await subjectOf(ctx.reader, f.id)) as unknown as typeof FigureSubject | null;
  }

  @FieldResolver(() => District, {
    nullable: true,
    description: '所计区域 / The district whose share of an event this figure counts.',
  })
  scope(@Root() f: Figure, @Ctx() ctx: RequestContext): Promise<District | null> {
    return scopeOf(ctx.reader, f.id);
  }
}
