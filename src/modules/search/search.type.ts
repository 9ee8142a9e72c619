import { createUnionType, Field, Float, ObjectType } from 'type-graphql';
import { EntityKind } from '../../graphql/enums.js';
import { ChainSegment, IndustryChain } from '../chain/chain.type.js';
import { Cluster } from '../cluster/cluster.type.js';
import { District } from '../district/district.type.js';
import { Enterprise } from '../enterprise/enterprise.type.js';
import { Event } from '../event/event.type.js';
import { Park } from '../park/park.type.js';
import { Project } from '../project/project.type.js';

const BY_KIND = {
  DISTRICT: District,
  PARK: Park,
  ENTERPRISE: Enterprise,
  PROJECT: Project,
  CHAIN: IndustryChain,
  SEGMENT: ChainSegment,
  CLUSTER: Cluster,
  EVENT: Event,
} as const;

export const SearchNode = createUnionType({
  name: 'SearchNode',
  description: '搜索结果对象 / Any searchable entity.',
  types: () =>
    [District, Park, Enterprise, Project, IndustryChain, ChainSegment, Cluster, Event] as const,
  resolveType: (value) => BY_KIND[(value as unknown as { __kind: EntityKind }).__kind],
});

@ObjectType({
  description:
    '搜索结果 / A search hit: the entity, its kind, its score and the name that matched.',
})
export class SearchHit {
  @Field(() => EntityKind, { description: '类型 / Kind of entity.' })
  kind!: EntityKind;

  @Field(() => Float, {
    description:
      '相关度（越大越相关） / Relevance, higher first (exact and prefix matches rank highest).',
  })
  score!: number;

  @Field(() => String, {
    description: '命中的名称或简称 / The name or alias that contains the text.',
  })
  matched!: string;

  @Field(() => SearchNode, { description: '对象 / The entity.' })
  node!: typeof SearchNode;
}
