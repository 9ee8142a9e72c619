import { Field, Float, InputType, Int } from 'type-graphql';
import { BatchList, ProjectStatus, SortDirection, Stage } from '../../graphql/enums.js';
import { registerEnumType } from 'type-graphql';

@InputType({
  description:
    '项目筛选条件（名称、简称或编号均可） / Project filters; names, aliases or ids are accepted.',
})
export class ProjectFilter {
  @Field(() => String, {
    nullable: true,
    description:
      '区域，含下级区域和园区 / Region (e.g. 高新区), including its sub-regions and parks.',
  })
  region?: string;

  @Field(() => String, { nullable: true, description: '园区 / Park.' })
  park?: string;

  @Field(() => String, {
    nullable: true,
    description: '产业链（项目投向该链任一环节） / Chain: the project targets one of its segments.',
  })
  chain?: string;

  @Field(() => String, { nullable: true, description: '环节 / Chain segment targeted.' })
  segment?: string;

  @Field(() => Stage, { nullable: true, description: '环节位置 / Stage of a targeted segment.' })
  stage?: Stage;

  @Field(() => [ProjectStatus], {
    nullable: true,
    description: '状态（有效状态） / Effective status, any of.',
  })
  status?: ProjectStatus[];

  @Field(() => Int, {
    nullable: true,
    description: '“三个一批”期次 / Listed in this 三个一批 period (第N期).',
  })
  period?: number;

  @Field(() => BatchList, {
    nullable: true,
    description: '“三个一批”名单 / Listed in this list (with `period`: in that period).',
  })
  list?: BatchList;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '含区县名册 [false]：期次与名单也匹配区县报告的“三个一批”名册（当期所在名单），而非仅当期入选 / Let period and list also match district rosters (the list a project was on as of that period, as a district reported its portfolio), not only listings in that period [false].',
  })
  includeRosters?: boolean;

  @Field(() => Float, {
    nullable: true,
    description: '最低总投资（亿元） / Minimum total investment, 亿元.',
  })
  minInvestmentYi?: number;

  @Field(() => Float, {
    nullable: true,
    description: '最高总投资（亿元） / Maximum total investment, 亿元.',
  })
  maxInvestmentYi?: number;

  @Field(() => String, {
    nullable: true,
    description: '来源文章编号 / Only facts from this source article (id, e.g. s003).',
  })
  source?: string;

  @Field(() => String, { nullable: true, description: '企业 / Undertaken by this enterprise.' })
  enterprise?: string;

  @Field(() => String, {
    nullable: true,
    description: '名称包含 / Name or alias contains this text.',
  })
  text?: string;
}

export enum ProjectSortField {
  NAME = 'NAME',
  INVESTMENT = 'INVESTMENT',
  OUTPUT = 'OUTPUT',
  PERIOD = 'PERIOD',
  STATUS = 'STATUS',
}
registerEnumType(ProjectSortField, {
  name: 'ProjectSortField',
  description:
    '项目排序字段 / Project sort keys: name, total investment, output value, latest period, status.',
});

@InputType({ description: '项目排序 / Project sort order.' })
export class ProjectOrder {
  @Field(() => ProjectSortField, { description: '字段 / Sort key.' })
  field!: ProjectSortField;

  @Field(() => SortDirection, {
    nullable: true,
    description: '方向（默认降序，名称默认升序） / Direction (default DESC; ASC for NAME).',
  })
  direction?: SortDirection;
}
