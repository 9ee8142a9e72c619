import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';

export enum DistrictLevel {
  COUNTRY = 'COUNTRY',
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
    '行政级别 / Level: 国家或地区 country (firms headquartered abroad), 省 province, 市 city, 区 district, 县级市 county-level city, 县 county, 功能区 functional zone (高新区, 经开区, 航空港区, 郑东新区).',
});

@ObjectType({
  implements: Entity,
  description:
    '行政区或功能区 / A region: province, city, district, county or functional zone, in a tree.',
})
export class District extends Entity {
  @Field(() => DistrictLevel, { description: '级别 / Level.' })
  level!: DistrictLevel;
}
