import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';

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
  description: '园区 / An industrial park, science city or base, located in one district.',
})
export class Park {
  @Field(() => ID, { description: '编号 / Id.' })
  id!: string;

  @Field(() => String, { description: '名称 / Name.' })
  name!: string;

  @Field(() => [String], { description: '别名 / Aliases.' })
  aliases!: string[];

  @Field(() => ParkKind, { description: '类型 / Kind.' })
  kind!: ParkKind;

  @Field(() => [Evidence], { description: '出处 / Spans in the source articles.' })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考数据依据 / Set when reference data.',
  })
  reference!: ReferenceNote | null;
}
