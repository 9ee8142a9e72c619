import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';

export enum DistrictLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  COUNTY_CITY = 'COUNTY_CITY',
  COUNTY = 'COUNTY',
  FUNCTIONAL_ZONE = 'FUNCTIONAL_ZONE',
}
registerEnumType(DistrictLevel, {
  name: 'DistrictLevel',
  description:
    '行政级别 / Level: 省 province, 市 city, 区 district, 县级市 county-level city, 县 county, 功能区 functional zone (高新区, 经开区, 航空港区, 郑东新区).',
});

@ObjectType({
  description:
    '行政区或功能区 / A region: province, city, district, county or functional zone, in a tree.',
})
export class District {
  @Field(() => ID, { description: '编号 / Id.' })
  id!: string;

  @Field(() => String, { description: '名称 / Full name, e.g. 郑州高新技术产业开发区.' })
  name!: string;

  @Field(() => [String], { description: '别名与简称 / Aliases and short names, e.g. 高新区.' })
  aliases!: string[];

  @Field(() => DistrictLevel, { description: '级别 / Level.' })
  level!: DistrictLevel;

  @Field(() => [Evidence], { description: '出处 / Spans in the source articles stating it.' })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考数据依据 / Set when the record is reference data.',
  })
  reference!: ReferenceNote | null;
}
