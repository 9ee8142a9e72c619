import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';

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
  description: '活动 / A 三个一批 period or an investment fair, with stated totals in figures.',
})
export class Event {
  @Field(() => ID, { description: '编号 / Id.' })
  id!: string;

  @Field(() => String, { description: '名称 / Name.' })
  name!: string;

  @Field(() => [String], { description: '别名 / Aliases.' })
  aliases!: string[];

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

  @Field(() => [Evidence], { description: '出处 / Spans in the source articles.' })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考数据依据 / Set when reference data.',
  })
  reference!: ReferenceNote | null;
}
