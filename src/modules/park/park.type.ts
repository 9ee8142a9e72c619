import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';

export enum ParkKind {
  INDUSTRIAL_PARK = 'INDUSTRIAL_PARK',
  SCIENCE_CITY = 'SCIENCE_CITY',
  SMALL_MICRO_PARK = 'SMALL_MICRO_PARK',
  BASE = 'BASE',
  ZONE = 'ZONE',
  OTHER = 'OTHER',
}
registerEnumType(ParkKind, {
  name: 'ParkKind',
  description:
    '园区类型 / Park kind: 产业园/工业园 industrial park, 科技城 science city, 小微企业园 small-micro park, 基地 base, 片区 zone.',
});

@ObjectType({
  implements: Entity,
  description: '园区 / An industrial park, science city or base, located in one district.',
})
export class Park extends Entity {
  @Field(() => ParkKind, { description: '类型 / Kind.' })
  kind!: ParkKind;
}
