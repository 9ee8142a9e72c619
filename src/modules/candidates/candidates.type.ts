import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { GraphPath } from '../traversal/traversal.type.js';

@ObjectType({
  description: '评分构成（各项0–1） / Score components, each 0–1, and the weighted total.',
})
export class ScoreBreakdownType {
  @Field(() => Float, {
    description: '龙头地位 / Leader status: 1 designated 链主, 0.6 listed/central SOE, else 0.',
  })
  leader!: number;
  @Field(() => Float, {
    description: '规模 / Scale: revenue on a log scale relative to the largest candidate.',
  })
  scale!: number;
  @Field(() => Float, {
    description: '与本地联系 / Existing links to the region’s firms and projects.',
  })
  links!: number;
  @Field(() => Float, { description: '近期扩张 / Recent expansion: projects signed or under way.' })
  expansion!: number;
  @Field(() => Float, { description: '总分 / Weighted total.' }) total!: number;
}

@ObjectType({
  description: '补链招商候选 / A firm outside the region that could fill a gap, with why.',
})
export class FillCandidate {
  @Field(() => String, {
    description: '企业编号 / Enterprise id (query `enterprise(id:)` for more).',
  })
  id!: string;
  @Field(() => String, { description: '名称 / Name.' }) name!: string;
  @Field(() => [String], { description: '简称 / Aliases.' }) aliases!: string[];
  @Field(() => [String], { description: '可补的环节 / The gap segments it operates in.' })
  segments!: string[];
  @Field(() => [String], { description: '其担任链主的产业链 / Chains it is a designated 链主 of.' })
  leads!: string[];
  @Field(() => Float, { nullable: true, description: '营收（亿元） / Revenue, 亿元.' }) revenueYi!:
    number | null;
  @Field(() => ScoreBreakdownType, { description: '评分构成 / Score breakdown.' })
  score!: ScoreBreakdownType;
  @Field(() => [String], { description: '理由 / Reasons in words.' }) reasons!: string[];
  @Field(() => [GraphPath], { description: '依据路径 / Graph paths that justify it.' })
  paths!: GraphPath[];
}

@InputType({ description: '候选评分权重 / Weights of the candidate score (defaults in brackets).' })
export class CandidateWeightsInput {
  @Field(() => Float, { nullable: true, description: '龙头地位 [0.3] / Leader status.' })
  leader?: number;
  @Field(() => Float, { nullable: true, description: '规模 [0.3] / Scale.' }) scale?: number;
  @Field(() => Float, { nullable: true, description: '本地联系 [0.25] / Links to the region.' })
  links?: number;
  @Field(() => Float, { nullable: true, description: '近期扩张 [0.15] / Recent expansion.' })
  expansion?: number;
}
