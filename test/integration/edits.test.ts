import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore } from '../../src/auth/key-store.js';
import { exportDataset } from '../../src/dataset/export-dataset.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { seedHook } from '../../src/dataset/seed-hook.js';
import type { Logger } from '../../src/observability/logger.js';
import { applyEdit } from '../../src/modules/edits/edits.queries.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { gql, startTestRuntime } from '../support/runtime.js';

// Editing the seed graph through the API: versions, conflicts, idempotency, history, revert,
// validation, deletes, and what the analyses and the export see afterwards.
let app: Runtime;
let editorKey: string;
let readerKey: string;
const PROJECT = 'p-sanquan-hangkonggang'; // 三全食品航空港工业园区项目, 在建 per s001
const OTHER = 'p-zhongyuan-bigdata-center'; // never edited here

beforeAll(async () => {
  app = await startTestRuntime({ AUTH_ANONYMOUS: 'true', AUTH_CACHE_MS: '0' });
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
  const keys = new KeyStore(app.db, 0);
  editorKey = (await keys.create('数据编辑', 'editor')).key;
  readerKey = (await keys.create('报表', 'reader')).key;
});
afterAll(() => app?.stop());

async function call(query: string, variables: Record<string, unknown> = {}, key = editorKey) {
  return (await gql(app.http.url, query, variables, key)).body;
}

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const body = await call(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const CHANGE = `id actor reason operation kind recordId versionBefore versionAfter before after changedFields provenance { evidence { sourceId start end } reference } revertOf`;
const UPDATE = `mutation($input: UpdateRecordInput!) { updateRecord(input: $input) { ${CHANGE} } }`;
const REVERT = `mutation($input: RevertChangeInput!) { revertChange(input: $input) { ${CHANGE} } }`;

const read = async (kind: string, id: string) =>
  (
    await ok(
      `query($kind: RecordKind!, $id: ID!) { record(kind: $kind, id: $id) { version record } }`,
      { kind, id },
    )
  ).record;

const statusOf = async () =>
  (await ok(`{ project(id: "${PROJECT}") { effectiveStatus } }`)).project.effectiveStatus;

const reference = { reference: 'editor check with the 航空港区 investment office, 2024-03' };

describe('editing a record', () => {
  it('needs an editor key: anonymous and reader requests are refused, naming the role', async () => {
    const input = {
      kind: 'PROJECT',
      id: PROJECT,
      baseVersion: 1,
      set: { status: 'in_production' },
      reason: 'test',
      provenance: reference,
    };
    for (const key of ['', readerKey]) {
      const body = await call(UPDATE, { input }, key);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.errors?.[0]?.message).toContain('editor');
    }
    expect((await read('PROJECT', PROJECT)).version).toBe(1);
  });

  it('updates a project’s status with a reason and provenance; the analyses follow', async () => {
    const before = await read('PROJECT', PROJECT);
    expect(before.record.status).toBe('under_construction');
    expect(await statusOf()).toBe('UNDER_CONSTRUCTION');
    const mapQuery = `{ chainMap(chain: "现代食品", region: "航空港区") { nodes { segment { id } projectsByStatus { underConstruction inProduction } } } }`;
    const frozen = async () =>
      (await ok(mapQuery)).chainMap.nodes.find((n: any) => n.segment.id === 'food-frozen')
        .projectsByStatus;
    const mapBefore = await frozen();

    const { updateRecord: c } = await ok(UPDATE, {
      input: {
        kind: 'PROJECT',
        id: PROJECT,
        baseVersion: before.version,
        set: { status: 'in_production', statusAsOf: '2024-03' },
        reason: '园区确认已投产 / the park confirmed production started',
        provenance: reference,
      },
    });
    expect(c).toMatchObject({
      actor: '数据编辑',
      operation: 'UPDATE',
      kind: 'PROJECT',
      recordId: PROJECT,
      versionBefore: before.version,
      versionAfter: before.version + 1,
      changedFields: ['status', 'statusAsOf'],
      provenance: { evidence: [], reference: reference.reference },
      revertOf: null,
    });
    expect(c.before.status).toBe('under_construction');
    expect(c.after.status).toBe('in_production');
    // The record keeps its spans: the change's own provenance is in the change set.
    expect(c.after.evidence).toEqual(before.record.evidence);

    expect((await read('PROJECT', PROJECT)).version).toBe(before.version + 1);
    expect(await statusOf()).toBe('IN_PRODUCTION');
    const mapAfter = await frozen();
    expect(mapAfter.underConstruction).toBe(mapBefore.underConstruction - 1);
    expect(mapAfter.inProduction).toBe(mapBefore.inProduction + 1);
    // The export writes the edited record: export → import keeps it.
    const exported = (await exportDataset(app.db)).projects.find((p) => p.id === PROJECT)!;
    expect(exported.status).toBe('in_production');
  });

  it('refuses an edit based on an old version, and lets exactly one of two concurrent edits win', async () => {
    const { version } = await read('PROJECT', PROJECT);
    const edit = (landAreaMu: number) =>
      call(UPDATE, {
        input: {
          kind: 'PROJECT',
          id: PROJECT,
          baseVersion: version,
          set: { landAreaMu },
          reason: 'land area from the permit',
          provenance: reference,
        },
      });
    const results = await Promise.all([edit(300), edit(310)]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors![0].extensions).toMatchObject({
      code: 'VERSION_CONFLICT',
      baseVersion: version,
      currentVersion: version + 1,
    });
    const now = await read('PROJECT', PROJECT);
    expect(now.version).toBe(version + 1);
    expect(now.record.landAreaMu).toBe(won[0]!.data.updateRecord.after.landAreaMu);
    // A later edit on the stale version is refused the same way (no lost update).
    const stale = await edit(999);
    expect(stale.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
    expect((await read('PROJECT', PROJECT)).record.landAreaMu).not.toBe(999);
  });

  it('applies a retried edit once (same idempotency key), and refuses the key for another edit', async () => {
    const { version } = await read('PROJECT', PROJECT);
    const input = {
      kind: 'PROJECT',
      id: PROJECT,
      baseVersion: version,
      set: { floorAreaSqm: 120000 },
      reason: 'floor area from the plan',
      provenance: reference,
      idempotencyKey: 'edit-floor-area-0001',
    };
    // Sent twice at once (a client retrying on a timeout) and once more afterwards.
    const [a, b] = await Promise.all([ok(UPDATE, { input }), ok(UPDATE, { input })]);
    const c = await ok(UPDATE, { input });
    expect(b.updateRecord.id).toBe(a.updateRecord.id);
    expect(c.updateRecord.id).toBe(a.updateRecord.id);
    expect((await read('PROJECT', PROJECT)).version).toBe(version + 1);
    const history = await ok(`{ history(kind: PROJECT, id: "${PROJECT}") { id changedFields } }`);
    expect(history.history.filter((h: any) => h.id === a.updateRecord.id)).toHaveLength(1);
    const reused = await call(UPDATE, {
      input: { ...input, baseVersion: version + 1, set: { floorAreaSqm: 1 } },
    });
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('applies once when the same edit reaches the database twice (as a driver retry would)', async () => {
    const { version } = await read('PROJECT', PROJECT);
    const request = {
      operation: 'update' as const,
      kind: 'projects' as const,
      id: PROJECT,
      baseVersion: version,
      set: { landAreaMu: 320 },
      reason: 'land area corrected',
      provenance: reference,
      idempotencyKey: 'edit-land-area-0002',
      actor: { kind: 'cli' as const, id: 'test', name: 'test' },
    };
    const runs = await Promise.all([applyEdit(app.db, request), applyEdit(app.db, request)]);
    expect(runs[1].id).toBe(runs[0].id);
    expect((await read('PROJECT', PROJECT)).version).toBe(version + 1);
  });

  it('refuses an invalid value with the field named, and writes nothing', async () => {
    const { version, record } = await read('PROJECT', PROJECT);
    const body = await call(UPDATE, {
      input: {
        kind: 'PROJECT',
        id: PROJECT,
        baseVersion: version,
        set: { status: 'finished' },
        reason: 'bad value',
        provenance: reference,
      },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('INVALID_DATASET');
    expect(body.errors?.[0]?.message).toContain('status');
    const missing = await call(UPDATE, {
      input: {
        kind: 'PROJECT',
        id: PROJECT,
        baseVersion: version,
        set: { status: 'signed' },
        reason: 'no provenance',
        provenance: {},
      },
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'provenance',
    });
    const after = await read('PROJECT', PROJECT);
    expect(after.version).toBe(version);
    expect(after.record).toEqual(record);
  });

  it('keeps the history newest first and reverts the latest change to the record before it', async () => {
    const { history } = await ok(
      `{ history(kind: PROJECT, id: "${PROJECT}") { id versionBefore versionAfter before after } }`,
    );
    expect(history.length).toBeGreaterThanOrEqual(4);
    expect(history.map((h: any) => h.versionAfter)).toEqual(
      [...history.map((h: any) => h.versionAfter)].sort((a, b) => b - a),
    );
    const latest = history[0];
    const older = history[1];
    // Only the latest change of a record can be reverted.
    const early = await call(REVERT, { input: { changeId: older.id, reason: 'undo' } });
    expect(early.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
    const { revertChange: r } = await ok(REVERT, {
      input: { changeId: latest.id, reason: '撤销误改 / undo a mistaken edit' },
    });
    expect(r.revertOf).toBe(latest.id);
    expect(r.after).toEqual(latest.before);
    expect((await read('PROJECT', PROJECT)).record).toEqual(latest.before);
  });

  it('reverts a rename (a correction of the name), and answers a retried revert with the revert it made', async () => {
    const RENAMED = 'p-dacheng-steel-structure';
    const before = await read('PROJECT', RENAMED);
    const { updateRecord: rename } = await ok(UPDATE, {
      input: {
        kind: 'PROJECT',
        id: RENAMED,
        baseVersion: before.version,
        set: { name: '测试更名项目', correction: { reason: 'name as registered' } },
        reason: '更名 / rename',
        provenance: reference,
      },
    });
    expect((await read('PROJECT', RENAMED)).record.name).toBe('测试更名项目');
    const input = {
      changeId: rename.id,
      reason: '名称改错了 / wrong name',
      idempotencyKey: 'revert-rename-0001',
    };
    const { revertChange: first } = await ok(REVERT, { input });
    expect((await read('PROJECT', RENAMED)).record.name).toBe(before.record.name);
    const { revertChange: again } = await ok(REVERT, { input });
    expect(again.id).toBe(first.id);
    // Without its key, a second revert of the same change is a conflict: the record moved on.
    const twice = await call(REVERT, { input: { changeId: rename.id, reason: 'again' } });
    expect(twice.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
  });
});

describe('creating and deleting records', () => {
  const CREATE = `mutation($input: CreateRecordInput!) { createRecord(input: $input) { ${CHANGE} } }`;
  const DELETE = `mutation($input: DeleteRecordInput!) { deleteRecord(input: $input) { ${CHANGE} } }`;

  it('creates an enterprise with the change’s provenance, finds it, deletes it and keeps its history', async () => {
    const evidence = [{ source: 's004', start: 0, end: 20 }];
    const { createRecord: c } = await ok(CREATE, {
      input: {
        kind: 'ENTERPRISE',
        id: 'test-huiji-food-machinery',
        record: {
          name: '郑州测试食品机械有限公司',
          kind: 'company',
          district: 'zz-huiji',
          segments: [{ segment: 'food-machinery', basis: 'makes quick-freezing lines' }],
        },
        reason: 'a new firm from the district list',
        provenance: { evidence },
      },
    });
    expect(c).toMatchObject({ operation: 'CREATE', versionBefore: null, versionAfter: 1 });
    expect(c.after.evidence).toEqual(evidence);
    // The analyses see it: 惠济区 now has a 食品机械 firm.
    const gap = async () =>
      (
        await ok(
          '{ chainGaps(chain: "现代食品", regions: ["惠济区"]) { segments { segment { id } gapClass firmCount } } }',
        )
      ).chainGaps[0].segments.find((s: any) => s.segment.id === 'food-machinery');
    expect((await gap()).firmCount).toBe(1);

    const again = await call(CREATE, {
      input: {
        kind: 'ENTERPRISE',
        id: 'test-huiji-food-machinery',
        record: { name: '另一家', kind: 'company' },
        reason: 'duplicate',
        provenance: { evidence },
      },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');

    const { deleteRecord: d } = await ok(DELETE, {
      input: {
        kind: 'ENTERPRISE',
        id: 'test-huiji-food-machinery',
        baseVersion: 1,
        reason: 'entered by mistake',
        provenance: { reference: 'duplicate of an existing firm' },
      },
    });
    expect(d).toMatchObject({ operation: 'DELETE', versionBefore: 1, versionAfter: null });
    expect(await read('ENTERPRISE', 'test-huiji-food-machinery')).toBeNull();
    expect((await gap()).firmCount).toBe(0);
    const { history } = await ok(
      '{ history(kind: ENTERPRISE, id: "test-huiji-food-machinery") { operation } }',
    );
    expect(history.map((h: any) => h.operation)).toEqual(['DELETE', 'CREATE']);
    // Reverting the delete brings the firm back.
    await ok(REVERT, { input: { changeId: d.id, reason: 'it was not a duplicate' } });
    expect((await read('ENTERPRISE', 'test-huiji-food-machinery')).record.name).toBe(
      '郑州测试食品机械有限公司',
    );
  });

  it('refuses to delete a record others refer to, naming them', async () => {
    const { version } = await read('ENTERPRISE', 'sanquan');
    const body = await call(DELETE, {
      input: {
        kind: 'ENTERPRISE',
        id: 'sanquan',
        baseVersion: version,
        reason: 'test',
        provenance: reference,
      },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('RECORD_IN_USE');
    expect(body.errors?.[0]?.message).toContain(PROJECT);
    expect(await read('ENTERPRISE', 'sanquan')).not.toBeNull();
  });

  it('refuses to change the text of a source that facts cite, and allows its title', async () => {
    const OTHER_WORDS = '另一段文字 / other words';
    const { version, record } = await read('SOURCE', 's000');
    const body = await call(UPDATE, {
      input: {
        kind: 'SOURCE',
        id: 's000',
        baseVersion: version,
        // A consistent text and hash: valid, but the facts citing s000 point into its words.
        set: { text: OTHER_WORDS, sha256: createHash('sha256').update(OTHER_WORDS).digest('hex') },
        reason: 'test',
        provenance: reference,
      },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('RECORD_IN_USE');
    expect(body.errors?.[0]?.message).toContain('spans point at other words');
    expect((await read('SOURCE', 's000')).record).toEqual(record);
    const { updateRecord } = await ok(UPDATE, {
      input: {
        kind: 'SOURCE',
        id: 's000',
        baseVersion: version,
        set: { title: `${record.title}（郑报）` },
        reason: '补全标题 / complete the title',
        provenance: reference,
      },
    });
    expect(updateRecord.operation).toBe('UPDATE');
  });

  it('refuses to delete a segment that supplies others (its supply edges would be lost)', async () => {
    // fluid-actuators supplies other segments, and nothing refers to it.
    const { version } = await read('SEGMENT', 'fluid-actuators');
    const body = await call(DELETE, {
      input: {
        kind: 'SEGMENT',
        id: 'fluid-actuators',
        baseVersion: version,
        reason: 'test',
        provenance: reference,
      },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('RECORD_IN_USE');
    expect(body.errors?.[0]?.message).toContain('SUPPLIES');
    expect(await read('SEGMENT', 'fluid-actuators')).not.toBeNull();
  });
});

describe('the start-up seed after edits', () => {
  it('imports the seed files again without overwriting the records editors changed', async () => {
    const edited = await read('PROJECT', PROJECT);
    const other = await read('PROJECT', OTHER);
    const log = { info: () => undefined, warn: () => undefined } as unknown as Logger;
    await seedHook({ ...app.config, seed: { onStart: true, path: DATA_DIR } })(app.db, log);
    // The edited project keeps its edits and its version; the others converge on the files, which
    // they match already (nothing changes, the version stays).
    expect(await read('PROJECT', PROJECT)).toEqual(edited);
    expect(await read('PROJECT', OTHER)).toEqual(other);
  });
});
