import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ProjectStatus } from '../../graphql/enums.js';
import { GraphPath } from '../traversal/traversal.type.js';

@ObjectType({
  description:
    '评分构成（各项0–1，无据为空） / Score components, each 0–1 or null when the graph has nothing to judge it by; the total is the weighted mean of the known ones.',
})
export class ScoreBreakdownType {
  @Field(() => Float, {
    nullable: true,
    description:
      '龙头地位 / Leader standing, the best evidence found: 1 designated 链主, 0.8 described as 龙头企业, 0.6 central SOE / listed / revenue ≥ 100亿元, 0.5 小巨人 / unicorn / leading group, 0.3 专精特新 / high-tech; null when nothing is known.',
  })
  leader!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      '规模 / Scale: revenue on a log scale relative to the largest known revenue of the pool; null when revenue is unknown.',
  })
  scale!: number | null;
  @Field(() => Float, {
    description:
      '与本地联系 / Ties to the region: 0.5 per local firm it supplies, partners or invests with; supply adjacency at most 0.3.',
  })
  links!: number;
  @Field(() => Float, { description: '近期扩张 / Recent expansion: projects signed or under way.' })
  expansion!: number;
  @Field(() => Float, {
    description: '总分 / Total: weighted mean of the known components.',
  })
  total!: number;
  @Field(() => Float, {
    description: '证据覆盖 / Share of the weight the total rests on (1: every component known).',
  })
  evidenceShare!: number;
}

@ObjectType({ description: '候选企业近期项目 / A recent project of a candidate.' })
export class CandidateProject {
  @Field(() => String, { description: '项目编号 / Project id.' }) id!: string;
  @Field(() => String, { description: '名称 / Name.' }) name!: string;
  @Field(() => ProjectStatus, { nullable: true, description: '状态 / Status.' })
  status!: ProjectStatus | null;
  @Field(() => String, { nullable: true, description: '所在区域 / District.' })
  region!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: '总投资（亿元，未知为空） / Total investment, 亿元; null when unknown.',
  })
  investmentYi!: number | null;
}

@ObjectType({
  description: '招商档案 / What an investment-attraction team needs to know of a candidate.',
})
export class CandidateDossier {
  @Field(() => String, {
    nullable: true,
    description: '所在地 / Where the firm is located (district or city).',
  })
  headquarters!: string | null;
  @Field(() => Boolean, { description: '总部在郑州以外 / Headquartered outside Zhengzhou.' })
  hqOutside!: boolean;
  @Field(() => Int, {
    description:
      '在河南的企业单元数（含自身、集团与下属） / Its units located in Henan (itself, group, subsidiaries).',
  })
  henanUnits!: number;
  @Field(() => Int, { description: '在河南的项目数 / Its projects located in Henan.' })
  henanProjects!: number;
  @Field(() => Boolean, {
    nullable: true,
    description:
      '上市公司 / Listed: true when a source or reference data says so; null when the graph does not know (never a guessed false).',
  })
  listed!: boolean | null;
  @Field(() => [String], { description: '标签 / Tags.' }) tags!: string[];
  @Field(() => Boolean, {
    description: '参考数据 / The firm is reference data (public knowledge), not from an article.',
  })
  reference!: boolean;
  @Field(() => [CandidateProject], {
    description: '近期项目（签约或在建，前5） / Recent projects, signed or under way (up to 5).',
  })
  recentProjects!: CandidateProject[];
}

@ObjectType({
  description:
    '补链招商候选 / A firm that could fill a gap, with why. Only firms really outside the region unless includeLocal.',
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
  @Field(() => [String], {
    description: '被称为龙头企业的产业链 / Chains a source calls it a leading firm (龙头企业) of.',
  })
  leadingIn!: string[];
  @Field(() => Float, { nullable: true, description: '营收（亿元） / Revenue, 亿元.' }) revenueYi!:
    number | null;
  @Field(() => Boolean, {
    description:
      '本地扩张（非区域外） / Already present in the region (only with includeLocal): expand locally rather than attract.',
  })
  expandLocally!: boolean;
  @Field(() => [String], {
    description:
      '本地存在方式 / How it is present: self（已在本区域）, group（集团/下属在本区域）, project（在本区域有项目）, coarse（只知位于上级区域）.',
  })
  localPresence!: string[];
  @Field(() => ScoreBreakdownType, { description: '评分构成 / Score breakdown.' })
  score!: ScoreBreakdownType;
  @Field(() => CandidateDossier, { description: '招商档案 / Dossier.' })
  dossier!: CandidateDossier;
  @Field(() => [String], { description: '理由（中英） / Reasons, in Chinese and English.' })
  reasons!: string[];
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
