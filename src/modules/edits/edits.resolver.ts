import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { stableJson } from '../../core/stable-json.js';
import { roleAllows, type Role } from '../../auth/roles.js';
import type { NodeKind } from '../../dataset/graph-model.js';
import {
  applyEdit,
  history,
  kindOfLabel,
  readRecord,
  revertChange,
  type Actor,
  type ChangeSet as StoredChange,
} from './edits.queries.js';
import { AppError, badInput, ErrorCode } from '../../errors/app-error.js';
import type { RequestContext } from '../../graphql/context.js';
import {
  ChangeOperation,
  ChangeSet,
  CreateRecordInput,
  DeleteRecordInput,
  RecordKind,
  RecordSnapshot,
  RevertChangeInput,
  UpdateRecordInput,
} from './edits.type.js';

/** Edits need an editor's key: anonymous readers and reader keys are refused, naming the role. */
export function editor(ctx: RequestContext, needed: Role = 'editor'): Actor {
  const p = ctx.principal;
  if (p.kind !== 'key' || !roleAllows(p.role, needed))
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `editing the graph needs an API key with the ${needed} role (npm run keys -- create --role ${needed}); this request has ${p.kind === 'key' ? `a ${p.role} key` : 'no key'}`,
      { needed },
    );
  return { kind: 'key', id: p.id, name: p.name };
}

export function shown(c: StoredChange): ChangeSet {
  const before = c.before ?? {};
  const after = c.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => stableJson(before[k]) !== stableJson(after[k]))
    .sort();
  return {
    id: c.id,
    at: c.at,
    actor: c.actorName,
    reason: c.reason,
    operation: c.operation as ChangeOperation,
    kind: kindOfLabel(c.label) as unknown as RecordKind,
    recordId: c.recordId,
    versionBefore: c.versionBefore,
    versionAfter: c.versionAfter,
    before: c.before,
    after: c.after,
    changedFields: fields,
    provenance: {
      evidence: (c.provenance.evidence ?? []).map((s) => ({
        sourceId: s.source,
        start: s.start,
        end: s.end,
      })),
      reference: c.provenance.reference ?? null,
    },
    revertOf: c.revertOf,
  };
}

const kindOf = (k: RecordKind) => k as unknown as NodeKind;

@Resolver()
export class EditsResolver {
  @Query(() => RecordSnapshot, {
    nullable: true,
    description:
      '按类型与编号读一条记录（数据集格式）及其版本，供编辑 / A record in the dataset format with its version, to edit it.',
  })
  async record(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => RecordKind, { description: '记录类型 / Kind.' }) kind: RecordKind,
    @Arg('id', () => ID, { description: '编号 / Id.' }) id: string,
  ): Promise<RecordSnapshot | null> {
    const r = await readRecord(ctx.db, kindOf(kind), id);
    return r ? { kind, id, version: r.version, record: r.record } : null;
  }

  @Query(() => [ChangeSet], {
    description:
      '一条记录的变更历史（新在前，删除后仍在） / A record’s change history, newest first (kept after a deletion).',
  })
  async history(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => RecordKind, { description: '记录类型 / Kind.' }) kind: RecordKind,
    @Arg('id', () => ID, { description: '编号 / Id.' }) id: string,
    @Arg('first', () => Int, {
      defaultValue: 50,
      description: '最多条数（默认50，上限500） / At most this many (default 50, max 500).',
    })
    first: number,
  ): Promise<ChangeSet[]> {
    if (first < 1 || first > 500) throw badInput('first', 'between 1 and 500');
    return (await history(ctx.db, kindOf(kind), id, first)).map(shown);
  }

  @Mutation(() => ChangeSet, {
    description:
      '新建一条记录（编辑者；校验同导入；记入历史） / Create a record (editor role; validated as the import validates; recorded in the history).',
  })
  async createRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateRecordInput) input: CreateRecordInput,
  ): Promise<ChangeSet> {
    const actor = editor(ctx);
    return shown(
      await applyEdit(ctx.db, {
        operation: 'create',
        kind: kindOf(input.kind),
        id: input.id,
        record: input.record,
        reason: input.reason,
        provenance: input.provenance,
        idempotencyKey: input.idempotencyKey,
        actor,
      }),
    );
  }

  @Mutation(() => ChangeSet, {
    description:
      '修改一条记录的字段，须给出所依据的版本（已变则冲突） / Update fields of a record, based on the version read (a changed record answers VERSION_CONFLICT).',
  })
  async updateRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateRecordInput) input: UpdateRecordInput,
  ): Promise<ChangeSet> {
    const actor = editor(ctx);
    return shown(
      await applyEdit(ctx.db, {
        operation: 'update',
        kind: kindOf(input.kind),
        id: input.id,
        set: input.set,
        baseVersion: input.baseVersion,
        reason: input.reason,
        provenance: input.provenance,
        idempotencyKey: input.idempotencyKey,
        actor,
      }),
    );
  }

  @Mutation(() => ChangeSet, {
    description:
      '删除一条记录（仍被引用时拒绝） / Delete a record (refused while other records refer to it).',
  })
  async deleteRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput,
  ): Promise<ChangeSet> {
    const actor = editor(ctx);
    return shown(
      await applyEdit(ctx.db, {
        operation: 'delete',
        kind: kindOf(input.kind),
        id: input.id,
        baseVersion: input.baseVersion,
        reason: input.reason,
        provenance: input.provenance,
        idempotencyKey: input.idempotencyKey,
        actor,
      }),
    );
  }

  @Mutation(() => ChangeSet, {
    description:
      '撤销一次变更，恢复改前记录（仅限该记录最近一次变更） / Revert a change: the record as it was before (only a record’s latest change).',
  })
  async revertChange(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RevertChangeInput) input: RevertChangeInput,
  ): Promise<ChangeSet> {
    const actor = editor(ctx);
    return shown(
      await revertChange(ctx.db, {
        changeId: input.changeId,
        reason: input.reason,
        idempotencyKey: input.idempotencyKey,
        actor,
      }),
    );
  }
}
