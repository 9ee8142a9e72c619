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
      '分组键（编号、状态或期次；无则为 unknown） / Group key: an id, a status (as ProjectStatus: SIGNED, UNDER_CONSTRUCTION…), a list (as BatchList: SIGNED, STARTED, IN_PRODUCTION) or a period number; "unknown" when absent.',
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
    nullable: true,
    description:
      '总投资合计（亿元，仅计已知，均未知为空） / Sum of known total investment, 亿元; null when none is known.',
  })
  totalInvestmentYi!: number | null;

  @Field(() => Int, { description: '产值已知的项目数 / Projects with a known output value.' })
  outputKnownCount!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '产值合计（亿元，仅计已知，均未知为空） / Sum of known output value, 亿元; null when none is known.',
  })
  outputValueYi!: number | null;
}
