import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';

@ObjectType({ description: '链主指定记录 / One designation of a firm as 链主, with its source.' })
export class LeaderDesignation {
  @Field(() => String, { nullable: true, description: '指定区域编号 / Region of the designation.' })
  region!: string | null;
  @Field(() => [Evidence], { description: '出处 / Where it is stated.' }) evidence!: Evidence[];
  @Field(() => ReferenceNote, {
    nullable: true,
    description: '参考依据 / Basis, when reference data.',
  })
  reference!: ReferenceNote | null;
}

@ObjectType({
  description: '链主判据 / The evidence behind a (candidate) chain leader, criterion by criterion.',
})
export class LeaderCriteria {
  @Field(() => Int, { description: '覆盖本链环节数 / Chain segments it operates in.' })
  segmentsCovered!: number;
  @Field(() => [String], { description: '覆盖的环节 / Those segments.' }) segments!: string[];
  @Field(() => Float, { nullable: true, description: '营收（亿元） / Revenue, 亿元.' }) revenueYi!:
    number | null;
  @Field(() => [String], { description: '龙头标签 / Leading tags it carries (上市公司, 央企…).' })
  leadingTags!: string[];
  @Field(() => Int, { description: '本地项目数 / Its projects in the region.' })
  localProjects!: number;
  @Field(() => Int, {
    description: '投资额已知的本地项目数 / Local projects whose investment is known.',
  })
  localInvestmentKnown!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '本地项目投资（亿元，均未知为空） / Their known total investment, 亿元; null when none is known.',
  })
  localInvestmentYi!: number | null;
  @Field(() => Int, { description: '本地链上合作企业 / Links to other local firms of the chain.' })
  localPartners!: number;
}

@ObjectType({
  description: '链主或链主候选 / A designated chain leader, or a local firm that could be one.',
})
export class ChainLeaderEntry {
  @Field(() => String, { description: '企业编号 / Enterprise id.' }) id!: string;
  @Field(() => String, { description: '名称 / Name.' }) name!: string;
  @Field(() => Boolean, { description: '已指定为链主 / Designated (stated in a source).' })
  designated!: boolean;
  @Field(() => [LeaderDesignation], { description: '指定记录 / Designations with sources.' })
  designations!: LeaderDesignation[];
  @Field(() => [LeaderDesignation], {
    description:
      '被称为龙头企业的记录（非链主指定） / Where a source calls it a leading firm (龙头企业) of the chain: evidence of standing, not a 链主 designation.',
  })
  describedAsLeading!: LeaderDesignation[];
  @Field(() => Float, { description: '候选得分（0–1） / Candidate score, 0–1, from the criteria.' })
  score!: number;
  @Field(() => LeaderCriteria, { description: '判据 / Criteria.' }) criteria!: LeaderCriteria;
}
