import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BatchList } from '../../graphql/enums.js';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';

export enum FigureKind {
  TOTAL_INVESTMENT = 'TOTAL_INVESTMENT',
  ANNUAL_PLAN_INVESTMENT = 'ANNUAL_PLAN_INVESTMENT',
  OUTPUT_VALUE = 'OUTPUT_VALUE',
  REVENUE = 'REVENUE',
  CONTRACT_VALUE = 'CONTRACT_VALUE',
  CUMULATIVE_INVESTMENT = 'CUMULATIVE_INVESTMENT',
  REGISTERED_CAPITAL = 'REGISTERED_CAPITAL',
  PROJECT_COUNT = 'PROJECT_COUNT',
  ENTERPRISE_COUNT = 'ENTERPRISE_COUNT',
  GROWTH_RATE = 'GROWTH_RATE',
  OTHER = 'OTHER',
}
registerEnumType(FigureKind, {
  name: 'FigureKind',
  description:
    '数据类型 / Kind of figure, never mixed: 总投资 TOTAL_INVESTMENT, 年度计划投资 ANNUAL_PLAN_INVESTMENT, 产值 OUTPUT_VALUE, 营收 REVENUE, 签约金额 CONTRACT_VALUE, 累计投资 CUMULATIVE_INVESTMENT, 注册资本 REGISTERED_CAPITAL (money, in 亿元); 项目数 PROJECT_COUNT, 企业数 ENTERPRISE_COUNT, 增速 GROWTH_RATE (%).',
});

export enum Qualifier {
  EXACT = 'EXACT',
  OVER = 'OVER',
  ABOUT = 'ABOUT',
  UNDER = 'UNDER',
  NEARLY = 'NEARLY',
}
registerEnumType(Qualifier, {
  name: 'Qualifier',
  description:
    '限定词 / How the number was qualified: 超/逾 OVER, 约 ABOUT, 近 NEARLY, 不到 UNDER.',
});

@ObjectType({
  description:
    '数据 / A stated figure with its kind, normalised value and the number and unit as written.',
})
export class Figure {
  @Field(() => ID, { description: '编号 / Id.' })
  id!: string;

  @Field(() => FigureKind, { description: '类型 / Kind.' })
  kind!: FigureKind;

  @Field(() => Float, {
    nullable: true,
    description: '金额（亿元） / Money in 亿元 (10^8 yuan), for money kinds.',
  })
  valueYi?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '数值 / Count or rate, for non-money kinds (unit in `unit`).',
  })
  value?: number | null;

  @Field(() => Float, { description: '原文数值 / The number as written.' })
  stated!: number;

  @Field(() => String, { description: '原文单位 / The unit as written, e.g. 亿元, 万亿元, 个, %.' })
  unit!: string;

  @Field(() => Qualifier, { nullable: true, description: '限定词 / Qualifier.' })
  qualifier?: Qualifier | null;

  @Field(() => BatchList, {
    nullable: true,
    description: '所计名单 / The 三个一批 list it counts, if any.',
  })
  list?: BatchList | null;

  @Field(() => Int, { nullable: true, description: '年份 / Year the figure refers to.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '说明 / Note (English).' })
  note?: string | null;

  @Field(() => [Evidence], { description: '出处 / Spans stating it.' })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考数据依据 / Set when reference data (e.g. approximate public revenue).',
  })
  reference!: ReferenceNote | null;

  subjectKind!: string;
  subjectId!: string;
}
