import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CandidateStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  REJECTED = 'rejected',
}
registerEnumType(CandidateStatus, {
  name: 'CandidateStatus',
  description: '候选状态 / Review status: 待审 pending, 已采纳 accepted, 已驳回 rejected.',
});

@InputType({ description: '待入库文章 / An article to ingest.' })
export class IngestArticleInput {
  @Field(() => String, { description: '标题 / Headline as published.' }) title!: string;
  @Field(() => String, { description: '正文 / The full text.' }) text!: string;
  @Field(() => String, { nullable: true, description: '发布单位 / Publisher.' })
  publisher?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '发布日期 / Publication date (YYYY[-MM[-DD]]).',
  })
  publishedOn?: string | null;
}

@ObjectType({
  description:
    '待审候选事实：抽取自文章，附原文位置与置信度 / A candidate fact extracted from an article, with its span and confidence, waiting for an editor.',
})
export class ReviewCandidate {
  @Field(() => ID, { description: '候选编号 / Candidate id.' }) id!: string;
  @Field(() => ID, { description: '来源编号 / Source id.' }) sourceId!: string;
  @Field(() => String, {
    description:
      '事实类型：数据 figure、项目 project（含位置、三个一批名单、企业）、企业 enterprise、期次 event / Fact kind: figure, project (with its place, 三个一批 lists and firms), enterprise, event (a 三个一批 period).',
  })
  factKind!: string;
  @Field(() => Int, { description: '起始字符位置 / Start offset.' }) start!: number;
  @Field(() => Int, { description: '结束字符位置（不含） / End offset (exclusive).' }) end!: number;
  @Field(() => String, { description: '原文片段 / The passage (from the stored text).' })
  text!: string;
  @Field(() => Float, { description: '置信度（0–1） / Confidence (0–1).' }) confidence!: number;
  @Field(() => CandidateStatus, { description: '状态 / Status.' }) status!: CandidateStatus;
  @Field(() => String, { description: '摘要 / Summary in words.' }) summary!: string;
  @Field(() => GraphQLJSONObject, {
    description:
      '拟写入的记录（数据集格式） / The record it would write (dataset format); accept may change fields.',
  })
  proposal!: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: '决定者 / Who decided.' })
  decidedBy!: string | null;
  @Field(() => String, { nullable: true, description: '决定理由 / Why.' }) reason!: string | null;
  @Field(() => ID, { nullable: true, description: '采纳产生的变更 / The change accepting made.' })
  changeId!: string | null;
}

@ObjectType({ description: '文章入库结果 / An ingested article and its candidates.' })
export class Ingestion {
  @Field(() => ID, { description: '来源编号 / Source id of the article.' }) sourceId!: string;
  @Field(() => Boolean, {
    description: '新入库（同一文本再次提交为 false） / New (false when the same text came before).',
  })
  created!: boolean;
  @Field(() => [ReviewCandidate], { description: '待审候选 / Pending candidates.' })
  candidates!: ReviewCandidate[];
}

@InputType({ description: '采纳候选 / Accept a candidate.' })
export class AcceptCandidateInput {
  @Field(() => ID, { description: '候选编号 / Candidate id.' }) id!: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      '修改拟写入的字段，如数据的主体、项目的状态或位置；mergeInto 指定合并到的已有记录 / Fields of the proposal to change, e.g. a figure\'s {"subject": {"kind": "project", "id": "p-…"}}, a project\'s {"status": "in_production"}; {"mergeInto": "p-…"} merges it into a record the graph has (null: create it new).',
  })
  set?: Record<string, unknown> | null;
  @Field(() => String, { description: '理由 / Why.' }) reason!: string;
}

@InputType({ description: '驳回候选 / Reject a candidate.' })
export class RejectCandidateInput {
  @Field(() => ID, { description: '候选编号 / Candidate id.' }) id!: string;
  @Field(() => String, { description: '理由 / Why.' }) reason!: string;
}
