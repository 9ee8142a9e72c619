import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '来源文章 / A source article the graph was curated from.' })
export class Source {
  @Field(() => ID, { description: '编号 / Source id (s000…).' })
  id!: string;

  @Field(() => String, { description: '文件名 / File name of the article text.' })
  file!: string;

  @Field(() => String, { description: '标题 / Headline.' })
  title!: string;

  @Field(() => String, { nullable: true, description: '发布者 / Publisher, when known.' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: '发布日期 / Publication date, when known.' })
  publishedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 / Digest of the article file, to check the text spans refer to.',
  })
  sha256?: string | null;
}
