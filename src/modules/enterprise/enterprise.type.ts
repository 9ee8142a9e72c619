import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';

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

@ObjectType({ description: '企业或机构 / An enterprise, research institute or platform.' })
export class Enterprise {
  @Field(() => ID, { description: '编号 / Id.' })
  id!: string;

  @Field(() => String, { description: '全称 / Full name as written.' })
  name!: string;

  @Field(() => [String], {
    description: '简称与别名 / Short names and aliases (search finds both).',
  })
  aliases!: string[];

  @Field(() => EnterpriseKind, { description: '类型 / Kind.' })
  kind!: EnterpriseKind;

  @Field(() => [String], { description: '标签 / Tags such as 链主, 专精特新, 上市公司, 央企.' })
  tags!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: '总部在郑州以外 / Headquartered outside Zhengzhou.',
  })
  hqOutside?: boolean | null;

  @Field(() => [Evidence], { description: '出处 / Spans in the source articles.' })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考数据依据 / Set for reference firms (public knowledge).',
  })
  reference!: ReferenceNote | null;
}
