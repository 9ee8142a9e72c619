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
