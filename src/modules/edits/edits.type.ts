import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence } from '../../graphql/provenance.type.js';

/** The record kinds an editor can change: the dataset's kinds (data/FORMAT.md). */
export enum RecordKind {
  SOURCE = 'sources',
  DISTRICT = 'districts',
  PARK = 'parks',
  CHAIN = 'chains',
  SEGMENT = 'segments',
  CLUSTER = 'clusters',
  ENTERPRISE = 'enterprises',
  PROJECT = 'projects',
  EVENT = 'events',
  FIGURE = 'figures',
}
registerEnumType(RecordKind, {
  name: 'RecordKind',
  description:
    '记录类型（与数据集格式一致） / Kind of record, as in the dataset format (data/FORMAT.md).',
});

export enum ChangeOperation {
  CREATE = 'create',
  UPDATE = 'update',
  DELETE = 'delete',
}
registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: '变更操作 / What a change did: 新建 create, 修改 update, 删除 delete.',
});

@InputType({ description: '出处片段 / A span of a source stating the change.' })
export class SpanInput {
  @Field(() => ID, { description: '来源编号 / Source id, e.g. s003.' }) source!: string;
  @Field(() => Int, { description: '起始字符位置 / Start offset (characters).' }) start!: number;
  @Field(() => Int, { description: '结束字符位置（不含） / End offset (exclusive).' }) end!: number;
}

@InputType({
  description:
    '变更的出处：来源片段或参考依据，二者取一 / Where the change is stated: spans of a source, or a reference basis (exactly one).',
})
export class ProvenanceInput {
  @Field(() => [SpanInput], { nullable: true, description: '来源片段 / Spans stating it.' })
  evidence?: SpanInput[] | null;
  @Field(() => String, {
    nullable: true,
    description: '参考依据（公开知识） / Basis in public knowledge.',
  })
  reference?: string | null;
}

@InputType({ description: '变更的共同字段 / What every change carries.' })
class ChangeInput {
  @Field(() => String, { description: '原因 / Why the record changes.' }) reason!: string;
  @Field(() => ProvenanceInput, { description: '出处 / Where the change is stated.' })
  provenance!: ProvenanceInput;
  @Field(() => String, {
    nullable: true,
    description:
      '幂等键：重试同一变更只生效一次 / Idempotency key (e.g. a UUID): a retried change with the same key is applied once.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: '新建记录 / Create a record.' })
export class CreateRecordInput extends ChangeInput {
  @Field(() => RecordKind, { description: '记录类型 / Kind.' }) kind!: RecordKind;
  @Field(() => ID, { description: '编号（小写字母、数字、连字符） / Id (lowercase slug).' })
  id!: string;
  @Field(() => GraphQLJSONObject, {
    description:
      '记录（数据集格式，不含出处时取变更的出处） / The record in the dataset format; without evidence or reference it takes the change’s provenance.',
  })
  record!: Record<string, unknown>;
}

@InputType({ description: '修改记录 / Update a record.' })
export class UpdateRecordInput extends ChangeInput {
  @Field(() => RecordKind, { description: '记录类型 / Kind.' }) kind!: RecordKind;
  @Field(() => ID, { description: '编号 / Id.' }) id!: string;
  @Field(() => Int, {
    description:
      '所依据的版本（先查 record 得到）；已变则报冲突 / The version the edit is based on (from `record`); a changed record answers VERSION_CONFLICT.',
  })
  baseVersion!: number;
  @Field(() => GraphQLJSONObject, {
    description:
      '要替换的字段（数据集格式，null 删除该字段），如 {"status": "under_construction"} / Fields to replace (dataset format; null removes one), e.g. {"status": "under_construction"}.',
  })
  set!: Record<string, unknown>;
}

@InputType({ description: '删除记录 / Delete a record (refused while others refer to it).' })
export class DeleteRecordInput extends ChangeInput {
  @Field(() => RecordKind, { description: '记录类型 / Kind.' }) kind!: RecordKind;
  @Field(() => ID, { description: '编号 / Id.' }) id!: string;
  @Field(() => Int, { description: '所依据的版本 / The version the deletion is based on.' })
  baseVersion!: number;
}

@InputType({ description: '撤销一次变更 / Revert a change (the latest of its record).' })
export class RevertChangeInput {
  @Field(() => ID, { description: '变更编号 / Change id.' }) changeId!: string;
  @Field(() => String, { description: '原因 / Why.' }) reason!: string;
  @Field(() => String, { nullable: true, description: '幂等键 / Idempotency key.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: '变更出处 / Where a change is stated.' })
export class ChangeSource {
  @Field(() => [Evidence], { description: '来源片段 / Spans.' }) evidence!: Evidence[];
  @Field(() => String, { nullable: true, description: '参考依据 / Reference basis.' })
  reference!: string | null;
}

@ObjectType({
  description:
    '变更记录：谁、何时、为何、依据何出处，改前与改后 / A change set: who, when, why, on what provenance, the record before and after.',
})
export class ChangeSet {
  @Field(() => ID, { description: '变更编号 / Change id.' }) id!: string;
  @Field(() => String, { description: '时间（UTC） / When (UTC, ISO 8601).' }) at!: string;
  @Field(() => String, {
    description: '操作者（密钥名称或命令行用户） / Who: the API key’s name, or the CLI user.',
  })
  actor!: string;
  @Field(() => String, { description: '原因 / Why.' }) reason!: string;
  @Field(() => ChangeOperation, { description: '操作 / Operation.' }) operation!: ChangeOperation;
  @Field(() => RecordKind, { description: '记录类型 / Kind.' }) kind!: RecordKind;
  @Field(() => ID, { description: '记录编号 / Record id.' }) recordId!: string;
  @Field(() => Int, { nullable: true, description: '改前版本 / Version before (null: created).' })
  versionBefore!: number | null;
  @Field(() => Int, { nullable: true, description: '改后版本 / Version after (null: deleted).' })
  versionAfter!: number | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '改前记录 / Record before.' })
  before!: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '改后记录 / Record after.' })
  after!: Record<string, unknown> | null;
  @Field(() => [String], {
    description: '改动的字段 / Fields that differ between before and after.',
  })
  changedFields!: string[];
  @Field(() => ChangeSource, { description: '出处 / Provenance of the change.' })
  provenance!: ChangeSource;
  @Field(() => ID, { nullable: true, description: '所撤销的变更 / The change this one reverts.' })
  revertOf!: string | null;
}

@ObjectType({
  description:
    '一条记录的当前内容与版本（编辑前先查） / A record as stored now, with its version: read it before editing.',
})
export class RecordSnapshot {
  @Field(() => RecordKind, { description: '记录类型 / Kind.' }) kind!: RecordKind;
  @Field(() => ID, { description: '编号 / Id.' }) id!: string;
  @Field(() => Int, { description: '版本 / Version (baseVersion of the next edit).' })
  version!: number;
  @Field(() => GraphQLJSONObject, {
    description: '记录（数据集格式） / The record (dataset format).',
  })
  record!: Record<string, unknown>;
}
