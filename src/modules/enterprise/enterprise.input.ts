import { Field, InputType } from 'type-graphql';
import { Stage } from '../../graphql/enums.js';
import { EnterpriseKind } from './enterprise.type.js';

@InputType({
  description:
    '企业筛选条件（名称、简称或编号均可） / Enterprise filters; names, aliases or ids are accepted.',
})
export class EnterpriseFilter {
  @Field(() => String, {
    nullable: true,
    description: '区域，含下级区域和园区 / Region, including its sub-regions and parks.',
  })
  region?: string;

  @Field(() => String, { nullable: true, description: '园区 / Park.' })
  park?: string;

  @Field(() => String, {
    nullable: true,
    description: '产业链（在该链任一环节经营） / Chain: operates in one of its segments.',
  })
  chain?: string;

  @Field(() => String, { nullable: true, description: '环节 / Segment operated in.' })
  segment?: string;

  @Field(() => Stage, { nullable: true, description: '环节位置 / Stage of a segment operated in.' })
  stage?: Stage;

  @Field(() => [EnterpriseKind], { nullable: true, description: '类型 / Kind, any of.' })
  kind?: EnterpriseKind[];

  @Field(() => [String], {
    nullable: true,
    description: '标签（须全部具备） / Tags, all required (e.g. 专精特新).',
  })
  tags?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: '总部在郑州以外 / Headquartered outside Zhengzhou.',
  })
  hqOutside?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: '是否链主 / Is a designated chain leader (链主) somewhere.',
  })
  chainLeader?: boolean;

  @Field(() => String, {
    nullable: true,
    description: '来源文章编号 / Only those stated in this source (id).',
  })
  source?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: '仅参考数据/仅文章数据 / true: reference firms only; false: article firms only.',
  })
  reference?: boolean;

  @Field(() => String, {
    nullable: true,
    description: '名称包含 / Name or alias contains this text.',
  })
  text?: string;
}
