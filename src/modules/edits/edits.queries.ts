import { createHash, randomUUID } from 'node:crypto';
import { stableJson } from '../../core/stable-json.js';
import { uid } from '../../core/uid.js';
import { int } from '../../db/convert.js';
import type { Database, Row, Statement } from '../../db/database.js';
import { DatasetError } from '../../dataset/dataset-error.js';
import { exportRecords } from '../../dataset/export-dataset.js';
import { LABEL, type NodeKind } from '../../dataset/graph-model.js';
import { importLoaded } from '../../dataset/import-dataset.js';
import { loadedFrom, parseBundle } from '../../dataset/read-dataset.js';
import { KINDS, type Bundle, type Span } from '../../dataset/records.js';
import { AppError, badInput, ErrorCode } from '../../errors/app-error.js';
import { markStatement, maintainStatements, tallyOutStatement } from '../../rollups/rollups.js';

/**
 * Editing the graph record by record, with history. An edit reads the record in the dataset
 * format (data/FORMAT.md), changes it, and writes it back through the import path (the same
 * validation, MERGE on unique keys, derived fields and rollups), in one transaction that also
 * checks the version the edit was based on and records a change set: who, when, why, from what
 * provenance, the record before and after. A client's idempotency key makes a retried edit apply
 * once, even when the driver runs the transaction function again.
 */

export type Operation = 'create' | 'update' | 'delete';

/** Who makes an edit: an API key's holder, or a command-line user. */
export interface Actor {
  kind: 'key' | 'cli';
  id: string;
  name: string;
}

/** Where the change is stated: spans of a source, or a reference basis (exactly one). */
export interface ChangeProvenance {
  evidence?: Span[] | null;
  reference?: string | null;
}

interface Common {
  kind: NodeKind;
  id: string;
  reason: string;
  provenance: ChangeProvenance;
  idempotencyKey?: string | null;
  actor: Actor;
}

export type EditRequest =
  | (Common & { operation: 'create'; record: Record<string, unknown> })
  | (Common & { operation: 'update'; set: Record<string, unknown>; baseVersion: number })
  | (Common & { operation: 'delete'; baseVersion: number });

export interface ChangeSet {
  id: string;
  at: string;
  actorKind: string;
  actorId: string;
  actorName: string;
  reason: string;
  operation: Operation;
  label: string;
  recordId: string;
  entityUid: string;
  versionBefore: number | null;
  versionAfter: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  provenance: ChangeProvenance;
  revertOf: string | null;
}

/**
 * The facts inside a record that carry their own provenance (data/FORMAT.md): when an edit brings
 * one without it, it takes the change's.
 */
const NESTED_FACTS: Partial<Record<NodeKind, string[]>> = {
  enterprises: ['segments', 'leaderOf', 'leadingFirmOf', 'links'],
  projects: ['segments', 'batches', 'rosters', 'capacity'],
};

/** How many records refer to one at most before a refused delete stops listing them. */
const REFERRERS_SHOWN = 10;

const KIND_OF_LABEL = Object.fromEntries(Object.entries(LABEL).map(([k, l]) => [l, k])) as Record<
  string,
  NodeKind
>;

/** The record kind (dataset key, e.g. `projects`) of a graph label (`Project`). */
export const kindOfLabel = (label: string): NodeKind | undefined => KIND_OF_LABEL[label];

/** Thrown inside the transaction when its idempotency key was applied already: nothing is written. */
class AlreadyApplied extends Error {
  constructor(readonly changeId: string) {
    super(`already applied as change ${changeId}`);
  }
}

function checkCommon(r: Common): void {
  if (!KINDS.includes(r.kind) || !(r.kind in LABEL)) badInputThrow('kind', 'unknown record kind');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(r.id))
    badInputThrow('id', 'ids are lowercase ascii slugs: ^[a-z0-9][a-z0-9-]*$');
  if (r.reason.trim().length < 3)
    badInputThrow('reason', 'say why the record changes (at least 3 characters)');
  if (r.reason.length > 2000) badInputThrow('reason', 'at most 2000 characters');
  const hasEvidence = Boolean(r.provenance.evidence?.length);
  const hasReference = Boolean(r.provenance.reference?.trim());
  if (hasEvidence === hasReference)
    badInputThrow(
      'provenance',
      'give exactly one of `evidence` (spans of a source stating the change) or `reference` (the basis in public knowledge)',
    );
  if (hasReference && r.provenance.reference!.trim().length < 3)
    badInputThrow('provenance.reference', 'at least 3 characters');
  if (r.idempotencyKey !== undefined && r.idempotencyKey !== null) {
    if (!/^[\x21-\x7e]{8,200}$/.test(r.idempotencyKey))
      badInputThrow('idempotencyKey', '8 to 200 printable ASCII characters, e.g. a UUID');
  }
}

function badInputThrow(argument: string, message: string): never {
  throw badInput(argument, message);
}

/** The fields of a change request that decide what it does: a retry must repeat them exactly. */
function payloadHash(r: EditRequest, revertOf: string | null): string {
  const { actor: _a, idempotencyKey: _k, ...payload } = r;
  return createHash('sha256')
    .update(stableJson({ ...payload, revertOf }))
    .digest('hex');
}

export async function findChange(
  db: Database,
  by: { id?: string | null; idempotencyKey?: string | null },
): Promise<ChangeSet | null> {
  const [row] = await db.read('edits/change', {
    id: by.id ?? null,
    idempotencyKey: by.idempotencyKey ?? null,
  });
  return row ? changeOf(row.change as Row) : null;
}

/** A stored change set as the API shows it (its JSON fields parsed). */
export function changeOf(c: Row): ChangeSet {
  const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as never) : null);
  return {
    id: String(c.id),
    at: String(c.at),
    actorKind: String(c.actorKind),
    actorId: String(c.actorId),
    actorName: String(c.actorName),
    reason: String(c.reason),
    operation: c.operation as Operation,
    label: String(c.label),
    recordId: String(c.recordId),
    entityUid: String(c.entityUid),
    versionBefore:
      c.versionBefore === null || c.versionBefore === undefined ? null : Number(c.versionBefore),
    versionAfter:
      c.versionAfter === null || c.versionAfter === undefined ? null : Number(c.versionAfter),
    before: json(c.before),
    after: json(c.after),
    provenance: json(c.provenance) ?? {},
    revertOf: (c.revertOf as string | null) ?? null,
  };
}

/** The record of `kind` with `id` as the dataset format has it, with its version; null if absent. */
export async function readRecord(
  db: Database,
  kind: NodeKind,
  id: string,
): Promise<{ record: Record<string, unknown>; version: number; bundle: Bundle } | null> {
  const { bundle, versions } = await exportRecords(db, kind, [id]);
  const record = (bundle[kind] as Record<string, unknown>[])[0];
  if (!record) return null;
  return { record, version: versions.get(id) ?? 1, bundle };
}

/**
 * The record after the change: for an update, the stored record with `set`'s fields replaced
 * (null removes a field); the change's evidence is added to the record's own spans when the record
 * rests on spans (a record resting on a reference keeps it: the change set holds the evidence).
 */
function changedRecord(
  current: Record<string, unknown> | null,
  r: EditRequest,
): Record<string, unknown> {
  let next: Record<string, unknown>;
  if (r.operation === 'create') {
    next = { ...r.record, id: r.id };
  } else {
    const set = (r as { set: Record<string, unknown> }).set;
    if ('id' in set && set.id !== r.id) badInputThrow('set.id', 'a record’s id never changes');
    next = { ...current };
    for (const [k, v] of Object.entries(set)) {
      if (v === null) delete next[k];
      else next[k] = v;
    }
  }
  // A source is where provenance points; it has none of its own.
  if (r.kind === 'sources') return next;
  const evidence = r.provenance.evidence ?? [];
  const own = evidence.length
    ? { evidence }
    : { reference: { basis: r.provenance.reference!.trim() } };
  const given = r.operation === 'create' ? r.record : (r as { set: Record<string, unknown> }).set;
  for (const field of NESTED_FACTS[r.kind] ?? []) {
    if (!Array.isArray(given[field])) continue;
    next[field] = (next[field] as Record<string, unknown>[]).map((fact) =>
      fact && typeof fact === 'object' && !fact.evidence && !fact.reference
        ? { ...fact, ...own }
        : fact,
    );
  }
  const hasOwn =
    Boolean((next.evidence as unknown[] | undefined)?.length) || Boolean(next.reference);
  if (!hasOwn) {
    // A new record takes the change's provenance as its own.
    if (evidence.length) next.evidence = evidence;
    else next.reference = { basis: r.provenance.reference!.trim() };
  } else if (evidence.length && Array.isArray(next.evidence)) {
    const seen = new Set((next.evidence as Span[]).map((s) => `${s.source}:${s.start}:${s.end}`));
    next.evidence = [
      ...(next.evidence as Span[]),
      ...evidence.filter((s) => !seen.has(`${s.source}:${s.start}:${s.end}`)),
    ];
  }
  return next;
}

/**
 * The statements run first in an edit's transaction: the record's lock, then the check that the
 * version the edit was based on is still the current one and that its idempotency key is new.
 */
export function guard(
  entityUid: string,
  expected: number | null,
  idempotencyKey: string | null,
  describe: string,
): Statement[] {
  return [
    { key: 'edits/lock', params: { uid: entityUid } },
    guardCheck(entityUid, expected, idempotencyKey, describe),
  ];
}

function guardCheck(
  entityUid: string,
  expected: number | null,
  idempotencyKey: string | null,
  describe: string,
): Statement {
  return {
    key: 'edits/guard',
    params: { uid: entityUid, idempotencyKey },
    check: (rows) => {
      const row = rows[0] ?? {};
      if (row.applied) throw new AlreadyApplied(String(row.applied));
      const version = row.exists ? Number(row.version ?? 1) : null;
      if (version !== expected) throw conflict(describe, expected, version);
    },
  };
}

function conflict(describe: string, expected: number | null, current: number | null): AppError {
  const message =
    expected === null
      ? `${describe} exists already (version ${current}): update it instead, with baseVersion ${current}`
      : current === null
        ? `${describe} no longer exists (it was at version ${expected} when read)`
        : `${describe} changed since version ${expected}: it is at version ${current} now; read it again (record, history) and redo the edit on that version`;
  return new AppError(ErrorCode.VERSION_CONFLICT, message, {
    baseVersion: expected,
    currentVersion: current,
  });
}

/** What a change set records, as the edits/record-change(s) statements store it. */
export function changeRow(c: {
  id?: string;
  idempotencyKey?: string | null;
  payloadHash?: string;
  actor: Actor;
  reason: string;
  operation: Operation;
  label: string;
  recordId: string;
  versionBefore: number | null;
  versionAfter: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  provenance: ChangeProvenance;
  revertOf?: string | null;
  at?: string;
}): Record<string, unknown> {
  return {
    id: c.id ?? randomUUID(),
    idempotencyKey: c.idempotencyKey ?? null,
    payloadHash: c.payloadHash ?? '',
    at: c.at ?? new Date().toISOString(),
    actorKind: c.actor.kind,
    actorId: c.actor.id,
    actorName: c.actor.name,
    reason: c.reason,
    operation: c.operation,
    label: c.label,
    recordId: c.recordId,
    entityUid: uid(c.label, c.recordId),
    versionBefore: c.versionBefore,
    versionAfter: c.versionAfter,
    before: c.before ? stableJson(c.before) : null,
    after: c.after ? stableJson(c.after) : null,
    provenance: stableJson(c.provenance),
    revertOf: c.revertOf ?? null,
  };
}

/**
 * Applies one edit (create, update or delete) and returns its change set. Errors: BAD_USER_INPUT
 * and INVALID_DATASET (naming the field), NOT_FOUND, VERSION_CONFLICT, RECORD_IN_USE,
 * IDEMPOTENCY_KEY_REUSED. Nothing is written unless everything succeeds.
 */
export async function applyEdit(
  db: Database,
  r: EditRequest,
  revertOf: string | null = null,
  /** Statements run in the edit's transaction after it (e.g. marking a review candidate accepted). */
  alsoRun: Statement[] = [],
): Promise<ChangeSet> {
  checkCommon(r);
  const label = LABEL[r.kind];
  const entityUid = uid(label, r.id);
  const describe = `${label} ${r.id}`;
  const key = r.idempotencyKey ?? null;
  const hash = payloadHash(r, revertOf);
  // A retry of an edit that was applied answers the change it made, and writes nothing.
  if (key) {
    const done = await findChange(db, { idempotencyKey: key });
    if (done) return sameOrReused(db, done, key, hash);
  }
  const current = await readRecord(db, r.kind, r.id);
  if (r.operation !== 'create' && !current)
    throw new AppError(ErrorCode.NOT_FOUND, `${describe} does not exist`, { argument: 'id' });
  if (r.operation === 'create' && current) throw conflict(describe, null, current.version);
  if (r.operation !== 'create' && current!.version !== r.baseVersion)
    throw conflict(describe, r.baseVersion, current!.version);

  const versionBefore = current?.version ?? null;
  const changeId = randomUUID();
  const change = (after: Record<string, unknown> | null, versionAfter: number | null) => ({
    key: 'edits/record-change',
    params: {
      change: changeRow({
        id: changeId,
        idempotencyKey: key,
        payloadHash: hash,
        actor: r.actor,
        reason: r.reason.trim(),
        operation: r.operation,
        label,
        recordId: r.id,
        versionBefore,
        versionAfter,
        before: current?.record ?? null,
        after,
        provenance: clean(r.provenance),
        revertOf,
      }),
    },
  });

  try {
    if (r.operation === 'delete') {
      await deleteRecord(
        db,
        r,
        current!.record,
        entityUid,
        describe,
        versionBefore!,
        change(null, null),
      );
    } else {
      const next = changedRecord(current?.record ?? null, r);
      if (current && stableJson(next) === stableJson(current.record))
        badInputThrow('set', 'the edit changes nothing in the record');
      // A source's text (its file, its hash) is what the spans citing it point into: while facts
      // cite it, changing it would make them cite other words.
      const citedText =
        r.kind === 'sources' &&
        current &&
        ['text', 'sha256', 'file'].some(
          (k) => stableJson(next[k] ?? null) !== stableJson(current.record[k] ?? null),
        );
      const cited: Statement[] = citedText
        ? [
            {
              key: 'edits/referrers',
              params: { uid: entityUid, limit: int(REFERRERS_SHOWN) },
              check: (rows) => {
                if (rows.length)
                  throw new AppError(
                    ErrorCode.RECORD_IN_USE,
                    `${describe} is cited by ${rows.map((x) => String(x.uid)).join(', ')}${rows.length === REFERRERS_SHOWN ? ' …' : ''}: changing its text, file or hash would make their spans point at other words; ingest the new text as a new source instead`,
                    { referrers: rows.map((x) => x.uid) },
                  );
              },
            },
          ]
        : [];
      // The bundle holds the record and, for a segment, the supply edges it owns (kept as they are).
      const parsed = parseBundle(
        { [r.kind]: [next], supplies: current?.bundle.supplies ?? [] },
        `${r.operation} ${r.kind}/${r.id}`,
      );
      if (!parsed.bundle) throw new DatasetError(parsed.problems);
      await importLoaded(db, loadedFrom(parsed.bundle, `${r.operation} ${r.kind}/${r.id}`), {
        before: [...guard(entityUid, versionBefore, key, describe), ...cited],
        after: [
          change(parsed.bundle[r.kind][0] as Record<string, unknown>, (versionBefore ?? 0) + 1),
          ...alsoRun,
        ],
      });
    }
  } catch (err) {
    if (err instanceof AlreadyApplied)
      return sameOrReused(db, (await findChange(db, { id: err.changeId }))!, key!, hash);
    // The same key applied meanwhile to another record's edit: the key's constraint refused this one.
    if (key && err instanceof AppError && err.code === ErrorCode.DATABASE_CONSTRAINT) {
      const done = await findChange(db, { idempotencyKey: key });
      if (done) return sameOrReused(db, done, key, hash);
    }
    throw err;
  }
  return (await findChange(db, { id: changeId }))!;
}

async function latestChange(db: Database, entityUid: string): Promise<ChangeSet | null> {
  const [row] = await db.read('edits/history', { uid: entityUid, limit: int(1) });
  return row ? changeOf(row.change as Row) : null;
}

async function sameOrReused(
  db: Database,
  done: ChangeSet,
  key: string,
  hash: string,
): Promise<ChangeSet> {
  const stored = await db.read('edits/change', { id: done.id, idempotencyKey: null });
  const storedHash = (stored[0]?.change as Row | undefined)?.payloadHash;
  if (storedHash !== hash)
    throw new AppError(
      ErrorCode.IDEMPOTENCY_KEY_REUSED,
      `idempotencyKey ${key} was used for another edit (change ${done.id}); use a new key for a new edit`,
      { argument: 'idempotencyKey', changeId: done.id },
    );
  return done;
}

async function deleteRecord(
  db: Database,
  r: EditRequest,
  record: Record<string, unknown>,
  entityUid: string,
  describe: string,
  version: number,
  change: Statement,
): Promise<void> {
  const referrers = await db.read('edits/referrers', {
    uid: entityUid,
    limit: int(REFERRERS_SHOWN),
  });
  if (referrers.length) throw inUse(describe, referrers);
  // What the deletion changes beyond the record: a figure's subject (its derived money fields),
  // an event's listed projects (their periods), and the rollups those are in.
  const subject = r.kind === 'figures' ? (record.subject as { kind: string; id: string }) : null;
  const touched = {
    enterprises:
      r.kind === 'enterprises' ? [r.id] : subject?.kind === 'enterprise' ? [subject.id] : [],
    projects: r.kind === 'projects' ? [r.id] : subject?.kind === 'project' ? [subject.id] : [],
    events: r.kind === 'events' ? [r.id] : [],
  };
  const derive: Statement[] = [];
  if (r.kind === 'events') derive.push({ key: 'dataset/derive-projects', params: { ids: null } });
  if (subject?.kind === 'project')
    derive.push({ key: 'dataset/derive-projects', params: { ids: [subject.id] } });
  if (subject?.kind === 'enterprise')
    derive.push({ key: 'dataset/derive-enterprises', params: { ids: [subject.id] } });
  const rollups = touched.enterprises.length + touched.projects.length + touched.events.length > 0;
  await db.writeTransaction([
    ...guard(entityUid, version, r.idempotencyKey ?? null, describe),
    // Again under the lock: a record linked to it meanwhile stops the delete.
    {
      key: 'edits/referrers',
      params: { uid: entityUid, limit: int(REFERRERS_SHOWN) },
      check: (rows) => {
        if (rows.length) throw inUse(describe, rows);
      },
    },
    ...(rollups ? [markStatement(touched)] : []),
    ...(touched.projects.length || touched.events.length ? [tallyOutStatement(touched)] : []),
    { key: 'edits/delete-record', params: { uid: entityUid } },
    ...derive,
    ...(rollups
      ? [markStatement(touched), ...maintainStatements({ enterprises: [], projects: [] }, touched)]
      : []),
    change,
  ]);
}

function inUse(describe: string, referrers: Row[]): AppError {
  return new AppError(
    ErrorCode.RECORD_IN_USE,
    `${describe} is still referred to by ${referrers.map((x) => `${String(x.uid)} (${String(x.via)})`).join(', ')}${referrers.length === REFERRERS_SHOWN ? ' …' : ''}: change or delete those first`,
    { referrers: referrers.map((x) => x.uid) },
  );
}

/**
 * Undoes one change: the record goes back to what it was before it (a creation is undone by a
 * delete, a delete by a creation). Only the latest change of a record can be reverted: the record
 * must still be at the version that change made (else VERSION_CONFLICT names the later one).
 */
export async function revertChange(
  db: Database,
  r: {
    changeId: string;
    reason: string;
    idempotencyKey?: string | null;
    actor: Actor;
  },
): Promise<ChangeSet> {
  const target = await findChange(db, { id: r.changeId });
  if (!target)
    throw new AppError(ErrorCode.NOT_FOUND, `no change ${r.changeId}`, { argument: 'changeId' });
  // A retry of a revert that was applied answers the revert it made (before the version check,
  // which the revert itself moved on).
  if (r.idempotencyKey) {
    const done = await findChange(db, { idempotencyKey: r.idempotencyKey });
    if (done && done.revertOf === target.id) return done;
    if (done)
      throw new AppError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        `idempotency key ${r.idempotencyKey} was used for another change (${done.id})`,
        { argument: 'idempotencyKey' },
      );
  }
  const kind = kindOfLabel(target.label)!;
  const current = await readRecord(db, kind, target.recordId);
  const describe = `${target.label} ${target.recordId}`;
  if ((current?.version ?? null) !== target.versionAfter) {
    const latest = await latestChange(db, target.entityUid);
    throw new AppError(
      ErrorCode.VERSION_CONFLICT,
      `${describe} changed after change ${target.id}${latest && latest.id !== target.id ? ` (latest: ${latest.id})` : ''}: revert the later changes first`,
      { currentVersion: current?.version ?? null, changeVersion: target.versionAfter },
    );
  }
  const common = {
    kind,
    id: target.recordId,
    reason: r.reason,
    // The revert rests on the reverted change's own provenance (it restores the facts before it).
    provenance: { reference: `revert of change ${target.id}` },
    idempotencyKey: r.idempotencyKey,
    actor: r.actor,
  };
  if (target.before === null)
    return applyEdit(
      db,
      { ...common, operation: 'delete', baseVersion: current!.version },
      target.id,
    );
  if (current === null)
    return applyEdit(db, { ...common, operation: 'create', record: target.before }, target.id);
  // Every field of the record as it was: fields the change added are removed (null).
  const set: Record<string, unknown> = Object.fromEntries(
    Object.keys(current.record).map((k) => [k, null]),
  );
  Object.assign(set, target.before);
  // Restoring an earlier name (a Source's file, a figure's subject or kind) is a correction of
  // the record's identity, which an update must say it is.
  const identity = ['name', 'file', 'subject', 'kind'];
  if (identity.some((k) => stableJson(target.before![k]) !== stableJson(current.record[k])))
    set.correction = { reason: `revert of change ${target.id}` };
  return applyEdit(
    db,
    { ...common, operation: 'update', set, baseVersion: current.version },
    target.id,
  );
}

/** A record's change sets, newest first. */
export async function history(
  db: Database,
  kind: NodeKind,
  id: string,
  limit: number,
): Promise<ChangeSet[]> {
  const rows = await db.read('edits/history', { uid: uid(LABEL[kind], id), limit: int(limit) });
  return rows.map((row) => changeOf(row.change as Row));
}

function clean(p: ChangeProvenance): ChangeProvenance {
  return p.evidence?.length ? { evidence: p.evidence } : { reference: p.reference!.trim() };
}
