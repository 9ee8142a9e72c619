import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';

export enum EnterpriseKind {
  COMPANY = 'COMPANY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  PLATFORM = 'PLATFORM',
  UNIVERSITY = 'UNIVERSITY',
  STATE_OWNED_GROUP = 'STATE_OWNED_GROUP',
  OTHER = 'OTHER',
}
registerEnumType(EnterpriseKind, {
  name: 'EnterpriseKind',
  description:
    '主体类型 / Kind: 企业 company, 科研院所 research institute, 平台 platform, 高校 university, 国有集团 state-owned group.',
});

@ObjectType({
  implements: Entity,
  description: '企业或机构 / An enterprise, research institute or platform.',
})
export class Enterprise extends Entity {
  @Field(() => EnterpriseKind, { description: '类型 / Kind.' })
  kind!: EnterpriseKind;

  @Field(() => [String], { description: '标签 / Tags such as 链主, 专精特新, 上市公司, 央企.' })
  tags!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: '总部在郑州以外 / Headquartered outside Zhengzhou.',
  })
  hqOutside?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      '统一社会信用代码 / Unified social credit code (GB 32100-2015), when a list gives it.',
  })
  creditCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '股票代码 / Stock code of a listed firm, when a list gives it.',
  })
  stockCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '国民经济行业分类代码 / Industry code (GB/T 4754-2017), when a list gives it.',
  })
  industryCode?: string | null;

  @Field(() => String, { nullable: true, description: '成立日期 / Founded (YYYY[-MM[-DD]]).' })
  foundedOn?: string | null;
}
