// Two raw transactions held open at once (the gateway offers none on purpose): the lock test below.
// eslint-disable-next-line no-restricted-imports
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { cypher } from '../../src/db/cypher-files.js';
import { int, useGraph } from './support.js';

// The editing, list-import and review-queue statements (edits/*, lists/*, ingest/*) on the tiny
// fixture: 甲科技有限公司 (ent-a, alias 甲科技) in 甲产业园 (park-a, in 甲区 zz-a), its project p-a
// (甲项目, undertaken by ent-a) and the figure f-pa-invest about p-a.
const graph = useGraph('tiny');

// These tests build on each other's writes, so they run in order (the tier runs tests concurrently).
describe.sequential('edit statements', () => {
  it('edits/lock takes the record’s lock node, counting the edits', async () => {
    expect(await graph().write('edits/lock', { uid: 'Project:p-a' })).toEqual([{ edits: 1 }]);
    expect(await graph().write('edits/lock', { uid: 'Project:p-a' })).toEqual([{ edits: 2 }]);
  });

  it('edits/guard reads the version and whether a key was applied', async () => {
    expect(
      await graph().read('edits/guard', { uid: 'Project:p-a', idempotencyKey: 'k-unknown' }),
    ).toEqual([{ version: 1, exists: true, applied: null }]);
    expect(
      await graph().read('edits/guard', { uid: 'Project:nobody', idempotencyKey: null }),
    ).toEqual([{ version: null, exists: false, applied: null }]);
  });

  it('edits/record-change, edits/change and edits/history record and read a change set', async () => {
    const change = (id: string, at: string, versionAfter: number) => ({
      id,
      idempotencyKey: `key-${id}`,
      payloadHash: 'h',
      at,
      actorKind: 'cli',
      actorId: 'me',
      actorName: 'me',
      reason: 'test',
      operation: 'update',
      label: 'Project',
      recordId: 'p-a',
      entityUid: 'Project:p-a',
      versionBefore: versionAfter - 1,
      versionAfter,
      before: '{}',
      after: '{}',
      provenance: '{"reference":"x"}',
      revertOf: null,
    });
    expect(
      await graph().write('edits/record-change', {
        change: change('c1', '2026-01-01T00:00:00Z', 2),
      }),
    ).toEqual([{ id: 'c1' }]);
    await graph().write('edits/record-change', { change: change('c2', '2026-01-02T00:00:00Z', 3) });
    // The change set is linked to the record it changed.
    expect(
      await graph().raw(
        'MATCH (:ChangeSet {id: "c1"})-[:CHANGED]->(n) RETURN n.uid AS uid',
        {},
        'READ',
      ),
    ).toEqual([{ uid: 'Project:p-a' }]);
    const [byKey] = await graph().read('edits/change', { id: null, idempotencyKey: 'key-c1' });
    expect(byKey!.change).toMatchObject({ id: 'c1', versionAfter: 2, at: '2026-01-01T00:00:00Z' });
    const history = await graph().read('edits/history', { uid: 'Project:p-a', limit: int(10) });
    expect(history.map((r) => (r.change as { id: string }).id)).toEqual(['c2', 'c1']);
    expect(await graph().read('edits/edited-uids')).toEqual([{ uid: 'Project:p-a' }]);
  });

  it('edits/referrers names what refers to a record; edits/delete-record removes one', async () => {
    expect(
      await graph().read('edits/referrers', { uid: 'Enterprise:ent-a', limit: int(10) }),
    ).toEqual([{ uid: 'Project:p-a', via: 'UNDERTAKEN_BY' }]);
    const project = await graph().read('edits/referrers', {
      uid: 'Project:p-a',
      limit: int(10),
    });
    expect(project).toContainEqual({ uid: 'Figure:f-pa-invest', via: 'ABOUT' });
    // A segment is referred to by the segments it supplies, too (c1-up supplies c1-mid).
    expect(
      await graph().read('edits/referrers', { uid: 'ChainSegment:c1-up', limit: int(100) }),
    ).toContainEqual({ uid: 'ChainSegment:c1-mid', via: 'SUPPLIES' });
    // A source is referred to by the facts it evidences.
    const source = await graph().read('edits/referrers', { uid: 'Source:t1', limit: int(2) });
    expect(source).toHaveLength(2);
    expect(await graph().write('edits/delete-record', { uid: 'Figure:f-pa-invest' })).toEqual([
      { n: 1 },
    ]);
    expect(
      await graph().read('edits/referrers', { uid: 'Project:p-a', limit: int(10) }),
    ).not.toContainEqual({ uid: 'Figure:f-pa-invest', via: 'ABOUT' });
  });
});

describe('list statements', () => {
  it('lists/places gives districts below the province and parks with their district', async () => {
    const places = await graph().read('lists/places');
    expect(places).toContainEqual({
      id: 'park-a',
      name: '甲产业园',
      aliases: [],
      level: 'park',
      district: 'zz-a',
    });
    expect(places).toContainEqual({
      id: 'zhengzhou',
      name: '郑州市',
      aliases: ['郑州'],
      level: 'city',
      district: null,
    });
    expect(places.map((p) => p.id)).not.toContain('henan');
  });

  it('lists/match-enterprises finds firms by code, name or alias', async () => {
    const row = { id: 'ent-a', name: '甲科技有限公司', aliases: ['甲科技'], creditCode: null };
    expect(await graph().read('lists/match-enterprises', { codes: [], names: ['甲科技'] })).toEqual(
      [row],
    );
    expect(
      await graph().read('lists/match-enterprises', { codes: [], names: ['甲科技有限公司'] }),
    ).toEqual([row]);
    expect(await graph().read('lists/match-enterprises', { codes: ['X'], names: ['乙'] })).toEqual(
      [],
    );
  });
});

describe.sequential('review-queue statements', () => {
  const candidate = (id: string, start: number) => ({
    id,
    sourceId: 't1',
    factKind: 'figure',
    start,
    end: start + 5,
    confidence: 0.9,
    proposal: '{"kind":"total_investment"}',
    summary: '总投资',
  });

  it('ingest/names lists project and enterprise names with aliases', async () => {
    const names = await graph().read('ingest/names');
    expect(names).toContainEqual({ kind: 'project', id: 'p-a', names: ['甲项目'] });
    expect(names).toContainEqual({
      kind: 'enterprise',
      id: 'ent-a',
      names: ['甲科技有限公司', '甲科技'],
    });
  });

  it('ingest/gazetteer lists districts with their level, parks with their district, 三个一批 periods', async () => {
    const rows = await graph().read('ingest/gazetteer');
    expect(rows).toContainEqual({
      kind: 'district',
      id: 'zz-a',
      names: ['甲区'],
      level: 'district',
      district: null,
      period: null,
      date: null,
    });
    expect(rows).toContainEqual({
      kind: 'park',
      id: 'park-a',
      names: ['甲产业园'],
      level: null,
      district: 'zz-a',
      period: null,
      date: null,
    });
    expect(rows).toContainEqual(
      expect.objectContaining({
        kind: 'event',
        id: 'ev-1',
        period: 1,
        district: null,
        date: '2023-01-01',
      }),
    );
    expect(rows.filter((r) => r.kind === 'event')).toHaveLength(1);
  });

  it('ingest/same-record finds a record of a kind by its id, else by its name or an alias', async () => {
    const same = (label: string, id: string, name: string | null) =>
      graph().read('ingest/same-record', { label, id, name });
    expect(await same('Project', 'p-a', null)).toEqual([{ id: 'p-a' }]);
    expect(await same('Enterprise', 'e-new', '甲科技')).toEqual([{ id: 'ent-a' }]);
    expect(await same('Project', 'p-new', '甲科技')).toEqual([]);
  });

  it('ingest/save-candidates queues new candidates once', async () => {
    const rows = [candidate('cand-1', 30), candidate('cand-2', 10)];
    const at = '2026-01-01T00:00:00Z';
    expect(await graph().write('ingest/save-candidates', { rows, at })).toEqual([{ created: 2 }]);
    expect(await graph().write('ingest/save-candidates', { rows, at })).toEqual([{ created: 0 }]);
    // Ingested again with a better extractor: a pending candidate takes the new proposal.
    await graph().write('ingest/save-candidates', {
      rows: [{ ...rows[0]!, summary: '总投资（新） / revised' }],
      at,
    });
    const [again] = await graph().read('ingest/candidate', { id: 'cand-1' });
    expect(again!.candidate).toMatchObject({
      summary: '总投资（新） / revised',
      status: 'pending',
    });
  });

  it('ingest/queue lists by status in text order; ingest/decide decides once; ingest/link-change links', async () => {
    const queue = async (status: string) =>
      (
        await graph().read('ingest/queue', {
          status,
          sourceId: 't1',
          factKind: null,
          limit: int(10),
        })
      ).map((r) => (r.candidate as { id: string }).id);
    expect(await queue('pending')).toEqual(['cand-2', 'cand-1']);
    const decide = (status: string) =>
      graph().write('ingest/decide', {
        id: 'cand-2',
        status,
        by: 'me',
        reason: 'checked',
        changeId: null,
        recordId: null,
        at: '2026-01-02T00:00:00Z',
      });
    expect(await decide('accepted')).toEqual([{ decided: true }]);
    expect(await decide('rejected')).toEqual([{ decided: false }]);
    expect(await queue('accepted')).toEqual(['cand-2']);
    expect(
      await graph().write('ingest/link-change', { id: 'cand-2', changeId: 'c9', recordId: 'p-a' }),
    ).toEqual([{ id: 'cand-2' }]);
    const [row] = await graph().read('ingest/candidate', { id: 'cand-2' });
    expect(row!.candidate).toMatchObject({
      status: 'accepted',
      decidedBy: 'me',
      changeId: 'c9',
      recordId: 'p-a',
      decidedAt: '2026-01-02T00:00:00Z',
    });
    // ingest/candidates reads several by id (those a candidate depends on).
    const some = await graph().read('ingest/candidates', { ids: ['cand-1', 'cand-2', 'nobody'] });
    expect(some.map((r) => (r.candidate as { id: string; status: string }).status).sort()).toEqual([
      'accepted',
      'pending',
    ]);
  });
  it('edits/lock-many, edits/versions and edits/record-changes lock, check and record a batch', async () => {
    const uids = ['Enterprise:ent-a', 'Enterprise:nobody'];
    expect(await graph().write('edits/lock-many', { uids })).toEqual([{ locked: 2 }]);
    const versions = await graph().read('edits/versions', { uids });
    expect(versions).toEqual([
      { uid: 'Enterprise:ent-a', version: expect.any(Number) },
      { uid: 'Enterprise:nobody', version: null },
    ]);
    const change = (id: string, entityUid: string) => ({
      id,
      idempotencyKey: null,
      payloadHash: '',
      at: '2026-01-03T00:00:00Z',
      actorKind: 'cli',
      actorId: 'me',
      actorName: 'list import',
      reason: 'enterprise list 测试, row 2',
      operation: 'update',
      label: 'Enterprise',
      recordId: entityUid.split(':')[1],
      entityUid,
      versionBefore: 1,
      versionAfter: 2,
      before: '{}',
      after: '{}',
      provenance: '{}',
      revertOf: null,
    });
    expect(
      await graph().write('edits/record-changes', {
        changes: [change('batch-1', 'Enterprise:ent-a'), change('batch-2', 'Enterprise:nobody')],
      }),
    ).toEqual([{ n: 2 }]);
    const history = await graph().read('edits/history', { uid: 'Enterprise:ent-a', limit: int(5) });
    expect(history.map((r) => (r.change as { id: string }).id)).toContain('batch-1');
  });

  it('edits/lock holds the record node itself: an import of the record waits for the edit', async () => {
    const password = inject('neo4jPassword');
    const driver = neo4j.driver(
      inject('neo4jUri'),
      password ? neo4j.auth.basic('neo4j', password) : undefined,
    );
    const editing = driver.session();
    const importing = driver.session();
    try {
      const [node] = await graph().raw(
        'MATCH (n:Project {id: "p-a"}) RETURN properties(n) AS props, n.contentHash AS hash',
      );
      const tx = editing.beginTransaction();
      await tx.run(cypher('edits/lock'), { uid: 'Project:p-a' });
      // The import of the same record, given one second: it cannot take the node meanwhile.
      const row = { uid: 'Project:p-a', id: 'p-a', props: node!.props, hash: node!.hash };
      await expect(
        importing.run(cypher('dataset/upsert-project'), { rows: [row] }, { timeout: 1000 }),
      ).rejects.toThrow();
      await tx.rollback();
    } finally {
      await editing.close();
      await importing.close();
      await driver.close();
    }
  });
});
