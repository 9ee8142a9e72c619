import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';
import { BatchList, ProjectStatus } from '../../graphql/enums.js';
import { Evidence } from '../../graphql/provenance.type.js';

@ObjectType({
  description: '产能 / A stated capacity, with its unit as written (e.g. 50 万吨/年).',
})
export class Capacity {
  @Field(() => String, { description: '产品 / What is produced.' })
  what!: string;

  @Field(() => Float, { description: '数值（按原文） / The number as stated.' })
  stated!: number;

  @Field(() => String, { description: '单位（按原文） / The unit as stated.' })
  unit!: string;

  @Field(() => [Evidence], { description: '出处 / Spans stating it.' })
  evidence!: Evidence[];
}

export enum UnmappedReason {
  NON_INDUSTRIAL = 'NON_INDUSTRIAL',
  OUTSIDE_TAXONOMY = 'OUTSIDE_TAXONOMY',
  CARRIER = 'CARRIER',
  NOT_STATED = 'NOT_STATED',
}
registerEnumType(UnmappedReason, {
  name: 'UnmappedReason',
  description:
    '未标注环节的原因 / Why a project targets no chain segment: 非产业项目 NON_INDUSTRIAL (文旅, 物流, 城市更新), 目录外产业 OUTSIDE_TAXONOMY (an industry the chain taxonomy does not cover), 载体园区 CARRIER (a park or building for tenants not stated), 未说明 NOT_STATED (the product or industry is not stated).',
});

export const UNMAPPED_LABEL: Record<UnmappedReason, string> = {
  NON_INDUSTRIAL: '非产业项目',
  OUTSIDE_TAXONOMY: '目录外产业',
  CARRIER: '载体园区',
  NOT_STATED: '产品未说明',
};

@ObjectType({
  description:
    '未标注环节说明 / Why a project is mapped to no chain segment, and the chains it belongs to when that much is known.',
})
export class UnmappedNote {
  @Field(() => UnmappedReason, { description: '原因 / Reason.' }) reason!: UnmappedReason;
  @Field(() => String, { description: '原因（中文） / The reason in words, in Chinese.' })
  reasonLabel!: string;
  @Field(() => [String], {
    description:
      '所属产业链编号（环节未明） / Ids of the chains it belongs to, the segment not stated (often empty).',
  })
  chainIds!: string[];
  @Field(() => String, { description: '依据 / The curator’s basis.' }) basis!: string;
}

@ObjectType({
  implements: Entity,
  description:
    '项目 / An investment project: enterprises, place, money, status, 三个一批 listings, target chain segments.',
})
export class Project extends Entity {
  @Field(() => ProjectStatus, {
    nullable: true,
    description: '原文所述状态 / Status as stated in the source, if stated.',
  })
  status?: ProjectStatus | null;

  @Field(() => ProjectStatus, {
    nullable: true,
    description: '有效状态 / Stated status, else derived from the latest 三个一批 list.',
  })
  effectiveStatus?: ProjectStatus | null;

  @Field(() => String, {
    nullable: true,
    description: '状态时点 / When the status was stated (YYYY-MM).',
  })
  statusAsOf?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '总投资（亿元） / Total investment in 亿元 (10^8 yuan), from the earliest-cited figure; see figures for all.',
  })
  totalInvestmentYi?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '产值（亿元） / Annual output value in 亿元 as stated (often expected at full production).',
  })
  outputValueYi?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '占地面积（亩） / Land area in 亩 (1 亩 ≈ 666.7 m²).',
  })
  landAreaMu?: number | null;

  @Field(() => Float, { nullable: true, description: '建筑面积（平方米） / Floor area in m².' })
  floorAreaSqm?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '最近入选期次 / Latest 三个一批 period it was listed in.',
  })
  latestPeriod?: number | null;

  @Field(() => [Capacity], { description: '产能 / Stated capacities.' })
  capacity!: Capacity[];
}

@ObjectType({ description: '“三个一批”入选记录 / A listing of a project in a 三个一批 period.' })
export class BatchListing {
  @Field(() => BatchList, {
    description: '名单 / The list: 签约 SIGNED, 开工 STARTED, 投产 IN_PRODUCTION.',
  })
  list!: BatchList;

  @Field(() => Int, { nullable: true, description: '期次 / Period number (第N期).' })
  period?: number | null;

  @Field(() => String, { nullable: true, description: '活动日期 / Date of the period event.' })
  date?: string | null;

  @Field(() => [Evidence], { description: '出处 / Spans stating the listing.' })
  evidence!: Evidence[];

  eventId!: string;
  projectId!: string;
}

@ObjectType({
  description:
    '区县“三个一批”名册记录 / A project in a district’s roster: the district’s whole 三个一批 portfolio as reported at a period, each project on its current list. Not a listing in that period.',
})
export class RosterEntry {
  @Field(() => BatchList, { description: '当时所在名单 / The list it was on as of that period.' })
  list!: BatchList;

  @Field(() => Int, { nullable: true, description: '期次 / Period of the roster (第N期).' })
  period?: number | null;

  @Field(() => String, { nullable: true, description: '日期 / Date of the period event.' })
  date?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '报告名册的区域 / The district reporting it.',
  })
  region!: string | null;

  @Field(() => [Evidence], { description: '出处 / Spans stating it.' })
  evidence!: Evidence[];
}
