import { Field, ID, ObjectType } from 'type-graphql';
import { Stage } from '../../graphql/enums.js';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';

@ObjectType({
  description:
    '产业链 / An industrial chain: segments ordered upstream → downstream (reference taxonomy).',
})
export class IndustryChain {
  @Field(() => ID, { description: '编号 / Id.' })
  id!: string;

  @Field(() => String, { description: '名称 / Name, e.g. 新能源汽车产业链.' })
  name!: string;

  @Field(() => [String], { description: '别名 / Aliases, e.g. 新能源汽车, NEV.' })
  aliases!: string[];

  @Field(() => [Evidence], { description: '出处 / Spans in the source articles.' })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考数据依据 / Basis of the taxonomy.',
  })
  reference!: ReferenceNote | null;
}

@ObjectType({ description: '产业链环节 / A chain segment (环节); may serve several chains.' })
export class ChainSegment {
  @Field(() => ID, { description: '编号 / Id.' })
  id!: string;

  @Field(() => String, { description: '名称 / Name, e.g. 动力电池电芯.' })
  name!: string;

  @Field(() => [String], { description: '别名 / Aliases.' })
  aliases!: string[];

  @Field(() => Stage, { description: '位置 / Stage: upstream, midstream or downstream.' })
  stage!: Stage;

  @Field(() => ReferenceNote, { nullable: true, description: '参考数据依据 / Basis.' })
  reference!: ReferenceNote | null;
}
