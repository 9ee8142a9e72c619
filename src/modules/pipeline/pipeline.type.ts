import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BatchList } from '../../graphql/enums.js';

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

  @Field(() => Int, {
    nullable: true,
    description:
      '来源所述签约数 / Signed projects of the period as a source states them for the district (null: not stated); the graph may name fewer.',
  })
  statedSigned!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '来源所述开工数 / Started projects as a source states them (null: not stated).',
  })
  statedStarted!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '来源所述投产数 / In-production projects as a source states them (null: not stated).',
  })
  statedInProduction!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '签约项目已知总投资（亿元，均未知为空） / Known total investment of signed projects, 亿元; null when none is known.',
  })
  signedInvestmentYi!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '开工项目已知总投资（亿元，均未知为空） / Known total investment of started projects, 亿元; null when none is known.',
  })
  startedInvestmentYi!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '投产项目已知总投资（亿元，均未知为空） / Known total investment of in-production projects, 亿元; null when none is known.',
  })
  inProductionInvestmentYi!: number | null;

  @Field(() => Int, {
    description: '投资额已知的入选数 / Listings of the row whose total investment is known.',
  })
  investmentKnownCount!: number;

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

@ObjectType({
  description: '“三个一批”名单变动的一步 / One listing in a project’s 三个一批 history.',
})
export class ListingStep {
  @Field(() => Int, { nullable: true, description: '期次 / Period.' }) period!: number | null;
  @Field(() => BatchList, { description: '名单 / List: SIGNED, STARTED, IN_PRODUCTION.' })
  list!: BatchList;
  @Field(() => String, { nullable: true, description: '日期 / Date.' }) date!: string | null;
  @Field(() => Boolean, {
    description:
      '区县名册记录 / A district roster entry: the list the project was on as of that period, not a listing in it.',
  })
  roster!: boolean;
}

@ObjectType({
  description: '项目在“三个一批”名单间的移动 / A project’s path through the 三个一批 lists.',
})
export class ProjectMovement {
  @Field(() => String, { description: '项目编号 / Project id.' }) id!: string;
  @Field(() => String, { description: '名称 / Name.' }) name!: string;
  @Field(() => [ListingStep], { description: '按期次的名单 / Listings in period order.' })
  steps!: ListingStep[];
}

@ObjectType({ description: '名单转移汇总 / How many projects moved from one list to another.' })
export class ListTransition {
  @Field(() => BatchList, { description: '原名单 / From list.' }) from!: BatchList;
  @Field(() => BatchList, { description: '新名单 / To list.' }) to!: BatchList;
  @Field(() => Int, { description: '项目数 / Projects.' }) projects!: number;
  @Field(() => Float, {
    nullable: true,
    description: '平均间隔期数 / Mean number of periods between the two listings.',
  })
  meanPeriods!: number | null;
  @Field(() => Int, {
    description:
      '以名册为终点的转移数 / Moves onto a district roster entry: stated, but their period is only an upper bound, so they are left out of meanPeriods.',
  })
  rosterBounded!: number;
}

@ObjectType({
  description: '项目推进变动 / Project movement between 三个一批 lists across periods.',
})
export class PipelineMovements {
  @Field(() => [ListTransition], { description: '转移汇总 / Transitions between lists.' })
  transitions!: ListTransition[];
  @Field(() => [ProjectMovement], {
    description: '各项目轨迹 / Each project listed more than once.',
  })
  projects!: ProjectMovement[];
}
