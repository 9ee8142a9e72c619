import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';

export enum EventKind {
  THREE_BATCHES = 'THREE_BATCHES',
  INVESTMENT_FAIR = 'INVESTMENT_FAIR',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: '活动类型 / Event kind: “三个一批” period, investment fair (招商/对接会), other.',
});

@ObjectType({
  implements: Entity,
  description: '活动 / A 三个一批 period or an investment fair, with stated totals in figures.',
})
export class Event extends Entity {
  @Field(() => EventKind, { description: '类型 / Kind.' })
  kind!: EventKind;

  @Field(() => Int, {
    nullable: true,
    description: '期次 / Period number of a 三个一批 campaign (第N期).',
  })
  period?: number | null;

  @Field(() => String, {
    nullable: true,
    description: '日期 / Date (YYYY, YYYY-MM or YYYY-MM-DD).',
  })
  date?: string | null;
}
