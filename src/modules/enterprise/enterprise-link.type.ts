import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';
import { Enterprise } from './enterprise.type.js';

export enum LinkKind {
  SUPPLIER_OF = 'SUPPLIER_OF',
  PARTNER_OF = 'PARTNER_OF',
  INVESTED_BY = 'INVESTED_BY',
}
registerEnumType(LinkKind, {
  name: 'LinkKind',
  description:
    '企业关系 / Firm-to-firm link: 供应 SUPPLIER_OF, 合作 PARTNER_OF, 被投资 INVESTED_BY (read from `from` to `to`).',
});

@ObjectType({
  description: '企业间关系 / A link between two enterprises, read as `from` KIND `to`.',
})
export class EnterpriseLink {
  @Field(() => LinkKind, { description: '关系 / Kind.' })
  kind!: LinkKind;

  @Field(() => Enterprise, { description: '起点企业 / The enterprise the link reads from.' })
  from!: Enterprise;

  @Field(() => Enterprise, { description: '终点企业 / The enterprise the link reads to.' })
  to!: Enterprise;

  @Field(() => [Evidence], { description: '出处 / Spans stating it.' })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考依据 / Set when public knowledge.',
  })
  reference!: ReferenceNote | null;
}
