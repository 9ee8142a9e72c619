import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore } from '../../src/auth/key-store.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { gql, startTestRuntime } from '../support/runtime.js';

// An article written for the tests (invented facts) ingested into the seed graph end to end:
// queue → accept → fact visible with its span → derived fields updated; reject writes nothing.
const ARTICLE = readFileSync('test/fixtures/articles/zz-projects-2024.txt', 'utf8');
let app: Runtime;
let key: string;

beforeAll(async () => {
  app = await startTestRuntime({
    AUTH_ANONYMOUS: 'true',
    AUTH_CACHE_MS: '0',
    LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
  });
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
  key = (await new KeyStore(app.db, 0).create('审核编辑', 'editor')).key;
});
afterAll(() => app?.stop());

async function call(query: string, variables: Record<string, unknown> = {}, withKey = true) {
  return (await gql(app.http.url, query, variables, withKey ? key : undefined)).body;
}
async function ok(query: string, variables: Record<string, unknown> = {}) {
  const body = await call(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  sourceId created candidates { id factKind text confidence status summary proposal } } }`;
const input = { title: '郑州重点项目建设再传捷报（测试）', text: ARTICLE, publishedOn: '2024-05' };

describe('ingesting an article', () => {
  let sourceId: string;
  let all: any[];
  let candidates: any[];
  let phase2: any;

  it('needs an editor', async () => {
    const body = await call(INGEST, { input }, false);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('stores the article with its text and hash and queues its figures with their spans', async () => {
    const { ingestArticle: r } = await ok(INGEST, { input });
    expect(r.created).toBe(true);
    sourceId = r.sourceId;
    all = r.candidates;
    candidates = all.filter((c: any) => c.factKind === 'figure');
    expect(candidates.map((c: any) => c.proposal.kind)).toEqual([
      'output_value',
      'total_investment',
      'revenue',
      'contract_value',
      'total_investment',
    ]);
    const output = candidates[0];
    expect(output.text).toContain('年产值30亿元');
    // The subject is the project the sentence names: here its second phase, which the graph does
    // not have, so the article proposes it (linked to 三全食品, a firm the graph knows).
    phase2 = all.find((c: any) => c.factKind === 'project' && c.proposal.name.endsWith('项目二期'));
    expect(phase2.proposal).toMatchObject({
      name: '三全食品航空港工业园区项目二期',
      district: 'zz-hangkonggang',
      enterprises: [{ enterprise: 'sanquan', role: 'investor' }],
    });
    expect(output.proposal.subject).toEqual({ kind: 'project', id: phase2.proposal.id });
    // The new firm's project is not in the graph: its subject is the project the article itself
    // proposes, and accepting the figure waits for that project's candidate.
    const newProject = all.find(
      (c: any) => c.factKind === 'project' && c.proposal.name.startsWith('郑州测试新材料'),
    );
    expect(newProject.proposal).toMatchObject({
      status: 'signed',
      enterprises: [{ role: 'investor' }],
    });
    expect(candidates[1].proposal.subject).toEqual({ kind: 'project', id: newProject.proposal.id });
    expect(candidates[1].proposal.needs).toEqual([newProject.id]);
    // A figure no name of its sentence points at: no subject, lower confidence.
    expect(candidates[3].proposal.subject).toBeUndefined();
    expect(candidates[3].confidence).toBeLessThan(output.confidence);
    const [src] = await app.db.raw(
      'MATCH (s:Source {id: $id}) RETURN s.text AS text, s.sha256 AS sha, s.kind AS kind',
      { id: sourceId },
      'READ',
    );
    expect(src).toMatchObject({ text: ARTICLE, kind: 'article' });
  });

  it('changes nothing when the same text comes again', async () => {
    const { ingestArticle: r } = await ok(INGEST, { input });
    expect(r).toMatchObject({ sourceId, created: false });
    expect(r.candidates.map((c: any) => c.id)).toEqual(all.map((c: any) => c.id));
  });

  it('accepts a candidate: the figure is written with its span, and the project’s output follows', async () => {
    const { acceptCandidate: created } = await ok(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { operation recordId } }`,
      { input: { id: phase2.id, reason: '核对原文无误 / checked against the text' } },
    );
    expect(created).toEqual({ operation: 'CREATE', recordId: phase2.proposal.id });
    const pid = phase2.proposal.id;
    const before = await ok(`{ project(id: "${pid}") { outputValueYi } }`);
    expect(before.project.outputValueYi).toBeNull();
    const { acceptCandidate: change } = await ok(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id operation kind recordId provenance { evidence { sourceId start end } } } }`,
      { input: { id: candidates[0].id, reason: '核对原文无误 / checked against the text' } },
    );
    expect(change).toMatchObject({ operation: 'CREATE', kind: 'FIGURE' });
    const { project } = await ok(
      `{ project(id: "${pid}") { outputValueYi figures { kind valueYi evidence { sourceId start end } } } }`,
    );
    expect(project.outputValueYi).toBe(30);
    const figure = project.figures.find((f: any) => f.kind === 'OUTPUT_VALUE');
    expect(figure.evidence).toEqual(change.provenance.evidence);
    expect(figure.evidence[0].sourceId).toBe(sourceId);
    const { reviewQueue } = await ok(
      `{ reviewQueue(status: ACCEPTED, sourceId: "${sourceId}", factKind: "figure") { id changeId decidedBy } }`,
    );
    expect(reviewQueue).toEqual([
      { id: candidates[0].id, changeId: change.id, decidedBy: '审核编辑' },
    ]);
    // Accepting it again (a retry) answers the change that accepted it, and writes nothing.
    const again = await ok(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id } }`,
      { input: { id: candidates[0].id, reason: 'again' } },
    );
    expect(again.acceptCandidate.id).toBe(change.id);
    // Rejecting it now is refused: it was accepted.
    const reject = await call(
      `mutation($input: RejectCandidateInput!) { rejectCandidate(input: $input) { id } }`,
      { input: { id: candidates[0].id, reason: 'changed my mind' } },
    );
    expect(reject.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
  });

  it('lets an editor say what a figure is about, never change the amount its span states', async () => {
    const body = await call(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id } }`,
      { input: { id: candidates[1].id, set: { valueYi: 99 }, reason: 'typo?' } },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'set' });
  });

  it('waits for the project a figure is about to be decided', async () => {
    const body = await call(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id } }`,
      { input: { id: candidates[1].id, reason: 'ok' } },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(body.errors?.[0]?.message).toContain(candidates[1].proposal.needs[0]);
  });

  it('asks for a subject it could not find, and a rejected candidate leaves nothing', async () => {
    const noSubject = await call(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id } }`,
      { input: { id: candidates[3].id, reason: 'ok' } },
    );
    expect(noSubject.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'set.subject',
    });
    const figuresBefore = await app.db.raw('MATCH (f:Figure) RETURN count(f) AS n', {}, 'READ');
    const { rejectCandidate: r } = await ok(
      `mutation($input: RejectCandidateInput!) { rejectCandidate(input: $input) { status reason } }`,
      { input: { id: candidates[3].id, reason: '项目尚未核实 / project not verified' } },
    );
    expect(r).toEqual({ status: 'REJECTED', reason: '项目尚未核实 / project not verified' });
    const figuresAfter = await app.db.raw('MATCH (f:Figure) RETURN count(f) AS n', {}, 'READ');
    expect(figuresAfter).toEqual(figuresBefore);
    const { reviewQueue } = await ok(`{ reviewQueue(sourceId: "${sourceId}") { id } }`);
    const decided = [phase2.id, candidates[0].id, candidates[3].id];
    expect(reviewQueue.map((c: any) => c.id).sort()).toEqual(
      all
        .map((c: any) => c.id)
        .filter((id: string) => !decided.includes(id))
        .sort(),
    );
  });
});

// Next week's 三个一批 article (invented, test/fixtures/articles/zz-sgyp-12.txt): its projects,
// the firms and the new period they name wait in the queue; accepted in order, the projects carry
// their lists and places with spans, and the pipeline shows the new period.
describe('ingesting a 三个一批 article', () => {
  const text = readFileSync('test/fixtures/articles/zz-sgyp-12.txt', 'utf8');
  let queue: any[];
  const accept = (id: string, set?: Record<string, unknown>) =>
    call(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id operation kind recordId } }`,
      { input: { id, reason: '核对原文 / checked against the text', ...(set ? { set } : {}) } },
    );
  const byName = (prefix: string) =>
    queue.find((c) => c.factKind === 'project' && c.proposal.name.startsWith(prefix));

  it('queues each project with its place, lists and firms, and the new firms and period they name', async () => {
    const { ingestArticle: r } = await ok(INGEST, {
      input: {
        title: '第十二期“三个一批”项目建设活动举行（测试）',
        text,
        publishedOn: '2024-04-08',
      },
    });
    queue = r.candidates;
    const projects = queue.filter((c) => c.factKind === 'project');
    expect(projects.map((c) => c.proposal.name)).toEqual(
      JSON.parse(readFileSync('test/fixtures/articles/zz-sgyp-12.projects.json', 'utf8')).map(
        (p: any) => p.name,
      ),
    );
    const bio = byName('测试生物医药产业园');
    expect(bio.proposal).toMatchObject({
      district: 'zz-jingkai',
      status: 'under_construction',
      batches: [
        { event: 'sgyp-henan-12', list: 'started' },
        { event: 'sgyp-henan-11', list: 'signed' },
      ],
    });
    expect(bio.summary).toContain('第12期开工一批');
    // Each listing points at the words that state it.
    for (const b of bio.proposal.batches) {
      const stated = text.slice(b.evidence[0].start, b.evidence[0].end);
      expect(stated.replace(/\s/g, '')).toContain('测试生物医药产业园项目');
    }
    // The graph has period 11 but no period 12: a new event is proposed, once.
    const events = queue.filter((c) => c.factKind === 'event');
    expect(events.map((c) => c.proposal)).toEqual([
      expect.objectContaining({ id: 'sgyp-henan-12', period: 12, kind: 'three_batches' }),
    ]);
    // A list's total is the list's (a figure about the period), not its last project's.
    const total = queue.find((c) => c.factKind === 'figure' && c.proposal.valueYi === 32);
    expect(total.proposal).toMatchObject({
      kind: 'total_investment',
      subject: { kind: 'event', id: 'sgyp-henan-12' },
      list: 'signed',
    });
    expect(queue.filter((c) => c.factKind === 'enterprise').map((c) => c.proposal.name)).toEqual([
      '郑州测试新材料有限公司',
      '郑州测试智能装备有限公司',
      '郑州测试汽车部件有限公司',
    ]);
  });

  it('waits for the new period before a project listed in it', async () => {
    const body = await accept(byName('测试生物医药产业园').id);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(body.errors?.[0]?.message).toContain('三个一批 第12期');
  });

  it('writes the project with its listings once the period is accepted, and the pipeline follows', async () => {
    const pipeline = `{ pipeline(filter: { region: "zz-jingkai", period: 12 }) { period districtId signed started inProduction statedStarted } }`;
    const before = await ok(pipeline);
    expect(before.pipeline.filter((s: any) => s.districtId === 'zz-jingkai')).toEqual([]);
    const event = queue.find((c) => c.factKind === 'event');
    expect((await accept(event.id)).errors).toBeUndefined();
    const { data } = await accept(byName('测试生物医药产业园').id);
    const id = data.acceptCandidate.recordId;
    const { project } = await ok(
      `{ project(id: "${id}") { name status district { id } batches { list event { id period } evidence { sourceId start end } } } }`,
    );
    expect(project).toMatchObject({
      name: '测试生物医药产业园项目',
      status: 'UNDER_CONSTRUCTION',
      district: { id: 'zz-jingkai' },
    });
    expect(project.batches.map((b: any) => [b.event.period, b.list])).toEqual(
      expect.arrayContaining([
        [12, 'STARTED'],
        [11, 'SIGNED'],
      ]),
    );
    const after = await ok(pipeline);
    expect(
      after.pipeline.find((s: any) => s.districtId === 'zz-jingkai' && s.period === 12),
    ).toMatchObject({
      started: 1,
    });
  });

  it('links a project to a firm accepted before it, and leaves out a firm rejected', async () => {
    const firm = (name: string) =>
      queue.find((c) => c.factKind === 'enterprise' && c.proposal.name === name);
    expect((await accept(firm('郑州测试新材料有限公司').id)).errors).toBeUndefined();
    await ok(`mutation($input: RejectCandidateInput!) { rejectCandidate(input: $input) { id } }`, {
      input: { id: firm('郑州测试智能装备有限公司').id, reason: '名称待核实 / name unverified' },
    });
    const signed = (await accept(byName('郑州测试新材料').id)).data.acceptCandidate.recordId;
    const started = (await accept(byName('郑州测试智能装备').id)).data.acceptCandidate.recordId;
    const { a, b } = await ok(
      `{ a: project(id: "${signed}") { enterprises { role enterprise { name } } }
         b: project(id: "${started}") { enterprises { role } batches { event { period } } } }`,
    );
    expect(a.enterprises).toEqual([
      { role: 'investor', enterprise: { name: '郑州测试新材料有限公司' } },
    ]);
    expect(b).toEqual({ enterprises: [], batches: [{ event: { period: 12 } }] });
  });

  it('reads the district’s clusters (merging those the graph has) and a 链主 designation of a new firm', async () => {
    const clusters = queue.filter((c) => c.factKind === 'cluster');
    expect(clusters.map((c) => [c.proposal.name, c.proposal.region, c.proposal.mergeInto])).toEqual(
      [
        ['经开区新能源汽车产业', 'zz-jingkai', 'jk-focus-nev'],
        ['经开区装备制造产业', 'zz-jingkai', 'jk-focus-equipment'],
        ['经开区生物医药产业', 'zz-jingkai', 'jk-focus-biomedicine'],
      ],
    );
    // Accepted, a known cluster gains the article's span as evidence (an update in its history).
    const { data } = await accept(clusters[0].id);
    expect(data.acceptCandidate).toMatchObject({ operation: 'UPDATE', recordId: 'jk-focus-nev' });

    const designation = queue.find((c) => c.factKind === 'designation');
    expect(designation.proposal.leaderOf).toEqual([
      expect.objectContaining({ chain: 'automobile', region: 'zz-jingkai' }),
    ]);
    expect(designation.summary).toContain('链主 郑州测试汽车部件有限公司');
    // The firm is new: its own candidate is decided first.
    const waiting = await accept(designation.id);
    expect(waiting.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const firm = queue.find(
      (c) => c.factKind === 'enterprise' && c.proposal.name === '郑州测试汽车部件有限公司',
    );
    const firmId = (await accept(firm.id)).data.acceptCandidate.recordId;
    expect((await accept(designation.id)).errors).toBeUndefined();
    const { enterprise } = await ok(
      `{ enterprise(id: "${firmId}") { name leaderOf { chain { id } region { id } evidence { sourceId } } } }`,
    );
    expect(enterprise.leaderOf).toEqual([
      {
        chain: { id: 'automobile' },
        region: { id: 'zz-jingkai' },
        evidence: [{ sourceId: expect.any(String) }],
      },
    ]);
  });

  it('merges a project the graph knows: its new listing is added, its status moves forward, in its history', async () => {
    const note =
      '全省第十二期“三个一批”项目建设活动举行。航空港区“投产一批”项目2个：三全食品航空港工业园区项目、测试航空冷链物流园项目，总投资30亿元。';
    const { ingestArticle: r } = await ok(INGEST, {
      input: { title: '航空港区第十二期项目（测试）', text: note },
    });
    const sanquan = r.candidates.find(
      (c: any) => c.factKind === 'project' && c.proposal.mergeInto === 'p-sanquan-hangkonggang',
    );
    expect(sanquan.summary).toContain('合并 merges into p-sanquan-hangkonggang');
    const { data, errors } = await accept(sanquan.id);
    expect(errors).toBeUndefined();
    expect(data.acceptCandidate).toMatchObject({
      operation: 'UPDATE',
      recordId: 'p-sanquan-hangkonggang',
    });
    const { project, history } = await ok(
      `{ project(id: "p-sanquan-hangkonggang") { name status batches { list event { period } } }
         history(kind: PROJECT, id: "p-sanquan-hangkonggang") { operation reason } }`,
    );
    expect(project.name).toBe('三全食品航空港工业园区项目');
    expect(project.status).toBe('IN_PRODUCTION');
    expect(project.batches).toContainEqual({ list: 'IN_PRODUCTION', event: { period: 12 } });
    expect(history[0]).toMatchObject({
      operation: 'UPDATE',
      reason: '核对原文 / checked against the text',
    });
  });
});

// What review found: a list's "其中" figure is the project's, a fair of another year is another
// edition, "create it new" gets a new id, and a merge adds to a firm's lists, never replaces them.
describe('ingestion edge cases', () => {
  const accept = (id: string, set?: Record<string, unknown>) =>
    call(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id operation kind recordId } }`,
      { input: { id, reason: '核对原文 / checked against the text', ...(set ? { set } : {}) } },
    );
  let queue: any[];

  it('reads the clause after a list as its total only when it opens with the total', async () => {
    const text =
      '全省第十一期“三个一批”项目建设活动举行。经开区“签约一批”项目2个，其中测试甲智能装备项目总投资50亿元。' +
      '今年9月，中国河南国际投资贸易洽谈会在郑州开幕。';
    const { ingestArticle: r } = await ok(INGEST, {
      input: { title: '边界情况（测试）', text, publishedOn: '2024-10' },
    });
    queue = r.candidates;
    const fifty = queue.find((c: any) => c.factKind === 'figure' && c.proposal.valueYi === 50);
    expect(fifty.proposal.subject).not.toMatchObject({ kind: 'event' });
    expect(fifty.proposal.list).toBeUndefined();
  });

  it('keeps a fair of another year apart from the edition the graph has', async () => {
    const fair = queue.find(
      (c: any) => c.factKind === 'event' && c.proposal.kind === 'investment_fair',
    );
    expect(fair.proposal).toMatchObject({ date: '2024-09', region: 'zhengzhou' });
    expect(fair.proposal.mergeInto).toBeUndefined();
    expect(fair.summary).toContain('fair-2023-cifit-14');
    // Accepted, it is a new event: the 2023 edition keeps its own date and spans.
    const { data } = await accept(fair.id);
    expect(data.acceptCandidate.operation).toBe('CREATE');
    expect(data.acceptCandidate.recordId).not.toBe('fair-2023-cifit-14');
  });

  it('creates a known project new when the editor says so (mergeInto: null), under a new id', async () => {
    const note =
      '“投产一批”项目1个：三全食品航空港工业园区项目，总投资24亿元。全省第十二期“三个一批”项目建设活动举行。';
    const { ingestArticle: r } = await ok(INGEST, {
      input: { title: '同名项目（测试）', text: note },
    });
    const p = r.candidates.find((c: any) => c.factKind === 'project');
    expect(p.proposal.mergeInto).toBe('p-sanquan-hangkonggang');
    const { data, errors } = await accept(p.id, {
      mergeInto: null,
      name: '三全食品航空港工业园区项目（测试同名）',
    });
    expect(errors).toBeUndefined();
    expect(data.acceptCandidate.operation).toBe('CREATE');
    expect(data.acceptCandidate.recordId).not.toBe('p-sanquan-hangkonggang');
  });
});
