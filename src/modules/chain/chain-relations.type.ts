import { Field, Int, ObjectType } from 'type-graphql';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';
import { District } from '../district/district.type.js';
import { Enterprise } from '../enterprise/enterprise.type.js';
import { ChainSegment, IndustryChain } from './chain.type.js';

@ObjectType({
  description: '环节映射 / Why an enterprise or project is mapped to a chain segment.',
})
export class SegmentMapping {
  @Field(() => ChainSegment, { description: '环节 / The segment.' })
  segment!: ChainSegment;

  @Field(() => String, { description: '依据 / Basis of the mapping (English note).' })
  basis!: string;

  @Field(() => [Evidence], {
    description: '出处 / Spans stating the activity, when from an article.',
  })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考依据 / Set when the mapping rests on public knowledge.',
  })
  reference!: ReferenceNote | null;
}

@ObjectType({ description: '链主身份 / A designated chain leader (链主) of a chain in a region.' })
export class ChainLeadership {
  @Field(() => Enterprise, { description: '链主企业 / The leading enterprise.' })
  enterprise!: Enterprise;

  @Field(() => IndustryChain, { description: '产业链 / The chain.' })
  chain!: IndustryChain;

  @Field(() => District, { nullable: true, description: '区域 / The region where it leads.' })
  region!: District | null;

  @Field(() => [Evidence], { description: '出处 / Spans designating it.' })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考依据 / Set when reference data.',
  })
  reference!: ReferenceNote | null;
}

@ObjectType({ description: '链中环节 / A segment at its position in a chain.' })
export class ChainPosition {
  @Field(() => Int, { description: '序号（1 为最上游） / Order in the chain, 1 = most upstream.' })
  order!: number;

  @Field(() => ChainSegment, { description: '环节 / The segment.' })
  segment!: ChainSegment;

  @Field(() => IndustryChain, { description: '产业链 / The chain.' })
  chain!: IndustryChain;
}
