import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ProjectGrouping {
  DISTRICT = 'DISTRICT',
  PARK = 'PARK',
  CHAIN = 'CHAIN',
  CLUSTER = 'CLUSTER',
  STATUS = 'STATUS',
  PERIOD = 'PERIOD',
  LIST = 'LIST',
}
registerEnumType(ProjectGrouping, {
  name: 'ProjectGrouping',
  description:
    '项目分组维度 / Group projects by: 区域 district, 园区 park, 产业链 chain, 产业集群 cluster, 状态 status, “三个一批”期次 period or 名单 list.',
});

@ObjectType({
  description:
    '项目分组统计 / Project count and money totals of one group (flat, for dashboards and BI).',
})
export class ProjectGroup {
  @Field(() => String, {
    description:
      '分组键（编号、状态或期次；无则为 unknown） / Group key: an id, status, list or period number; "unknown" when absent.',
  })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description: '分组名称 / Group name (for districts, parks, chains, clusters, periods).',
  })
  name!: string | null;

  @Field(() => Int, { description: '项目数 / Number of projects.' })
  projectCount!: number;

  @Field(() => Int, {
    description: '有总投资数据的项目数 / Projects with a known total investment.',
  })
  investmentKnownCount!: number;

  @Field(() => Float, {
    description: '总投资合计（亿元，仅计已知） / Sum of known total investment, 亿元.',
  })
  totalInvestmentYi!: number;

  @Field(() => Float, {
    description: '产值合计（亿元，仅计已知） / Sum of known output value, 亿元.',
  })
  outputValueYi!: number;
}

@ObjectType({
  description:
    '“三个一批”推进 / The 三个一批 pipeline of one period and district: 签约 → 开工 → 投产.',
})
export class PipelineStage {
  @Field(() => Int, { nullable: true, description: '期次 / Period (第N期).' })
  period!: number | null;

  @Field(() => String, { nullable: true, description: '日期 / Date of the period event.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: '区域编号 / District id.' })
  districtId!: string | null;

  @Field(() => String, { nullable: true, description: '区域名称 / District name.' })
  districtName!: string | null;

  @Field(() => Int, { description: '签约项目数 / Projects in the signed list.' })
  signed!: number;

  @Field(() => Int, { description: '开工项目数 / Projects in the started list.' })
  started!: number;

  @Field(() => Int, { description: '投产项目数 / Projects in the in-production list.' })
  inProduction!: number;

  @Field(() => Float, {
    description: '签约项目总投资（亿元） / Known total investment of signed projects, 亿元.',
  })
  signedInvestmentYi!: number;

  @Field(() => Float, {
    description: '开工项目总投资（亿元） / Known total investment of started projects, 亿元.',
  })
  startedInvestmentYi!: number;

  @Field(() => Float, {
    description: '投产项目总投资（亿元） / Known total investment of in-production projects, 亿元.',
  })
  inProductionInvestmentYi!: number;

  @Field(() => Int, {
    description:
      "本期签约后已开工或投产的项目数 / Of this period's signed projects, how many were later started or in production.",
  })
  signedLaterStarted!: number;

  @Field(() => Int, {
    description:
      "本期签约或开工后已投产的项目数 / Of this period's signed or started projects, how many reached production later.",
  })
  reachedProduction!: number;

  @Field(() => Float, {
    nullable: true,
    description: '签约→开工转化率 / signedLaterStarted ÷ signed (null when nothing was signed).',
  })
  signedToStartedRate!: number | null;
}
