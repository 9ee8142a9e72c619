import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';

export enum ClusterKind {
  LEADING_100BN = 'LEADING_100BN',
  STRATEGIC_EMERGING = 'STRATEGIC_EMERGING',
  FUTURE = 'FUTURE',
  HI_TECH_LEADING = 'HI_TECH_LEADING',
  HI_TECH_EMERGING = 'HI_TECH_EMERGING',
  HI_TECH_FUTURE = 'HI_TECH_FUTURE',
  DISTRICT_FOCUS = 'DISTRICT_FOCUS',
}
registerEnumType(ClusterKind, {
  name: 'ClusterKind',
  description:
    '集群类型 / Cluster kind: 千亿级主导产业集群 LEADING_100BN, 战略性新兴产业 STRATEGIC_EMERGING, 未来产业 FUTURE, 高新区4+4+N的主导/新兴/未来 HI_TECH_*, 区县重点产业 DISTRICT_FOCUS.',
});

@ObjectType({
  implements: Entity,
  description:
    '产业集群 / A policy grouping of chains in a region (e.g. the six 千亿级 clusters of Zhengzhou).',
})
export class Cluster extends Entity {
  @Field(() => ClusterKind, { description: '类型 / Kind.' })
  kind!: ClusterKind;
}
