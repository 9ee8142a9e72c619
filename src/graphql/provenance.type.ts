import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    '参考数据说明 / Reference data from public knowledge, not from the articles, with its basis.',
})
export class ReferenceNote {
  @Field(() => String, { description: '依据 / What public knowledge the fact rests on.' })
  basis!: string;
}

@ObjectType({
  description:
    '出处 / Where a fact is stated: a source article and a character span in it (offsets, end exclusive).',
})
export class Evidence {
  @Field(() => String, { description: '来源编号 / Id of the source article.' })
  sourceId!: string;

  @Field(() => Int, {
    description: '起始字符位置 / Start offset (characters) in the article text.',
  })
  start!: number;

  @Field(() => Int, { description: '结束字符位置（不含） / End offset (exclusive).' })
  end!: number;
}

@ObjectType({
  description:
    '某一字段的出处 / Where one field of a record is stated: its own spans or reference basis when the field has its own provenance (e.g. an article firm located from public knowledge), else the record’s.',
})
export class FieldSource {
  @Field(() => Boolean, {
    description: '字段有独立出处 / The field has its own provenance, apart from the record’s.',
  })
  own!: boolean;
  @Field(() => [Evidence], { description: '出处 / Spans stating it.' }) evidence!: Evidence[];
  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考数据依据 / Basis, when it is reference data.',
  })
  reference!: ReferenceNote | null;
}
