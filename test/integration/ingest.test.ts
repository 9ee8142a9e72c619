import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore } from '../../src/auth/key-store.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { startTestRuntime } from '../support/runtime.js';

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
  const res = await fetch(`${app.http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(withKey ? { 'x-api-key': key } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}
async function ok(query: string, variables: Record<string, unknown> = {}) {
  const body = await call(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  sourceId created candidates { id text confidence status summary proposal } } }`;
const input = { title: '郑州重点项目建设再传捷报（测试）', text: ARTICLE, publishedOn: '2024-05' };

describe('ingesting an article', () => {
  let sourceId: string;
  let candidates: any[];

  it('needs an editor', async () => {
    const body = await call(INGEST, { input }, false);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('stores the article with its text and hash and queues its figures with their spans', async () => {
    const { ingestArticle: r } = await ok(INGEST, { input });
    expect(r.created).toBe(true);
    sourceId = r.sourceId;
    candidates = r.candidates;
    expect(candidates.map((c: any) => c.proposal.kind)).toEqual([
      'output_value',
      'total_investment',
      'revenue',
      'contract_value',
      'total_investment',
    ]);
    const output = candidates[0];
    expect(output.text).toContain('年产值30亿元');
    // The subject is the project the sentence names, found by its name in the graph.
    expect(output.proposal.subject).toEqual({ kind: 'project', id: 'p-sanquan-hangkonggang' });
    // The new firm's project is not in the graph: no subject, lower confidence.
    expect(candidates[1].proposal.subject).toBeUndefined();
    expect(candidates[1].confidence).toBeLessThan(output.confidence);
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
    expect(r.candidates.map((c: any) => c.id)).toEqual(candidates.map((c: any) => c.id));
  });

  it('accepts a candidate: the figure is written with its span, and the project’s output follows', async () => {
    const before = await ok('{ project(id: "p-sanquan-hangkonggang") { outputValueYi } }');
    expect(before.project.outputValueYi).toBeNull();
    const { acceptCandidate: change } = await ok(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id operation kind recordId provenance { evidence { sourceId start end } } } }`,
      { input: { id: candidates[0].id, reason: '核对原文无误 / checked against the text' } },
    );
    expect(change).toMatchObject({ operation: 'CREATE', kind: 'FIGURE' });
    const { project } = await ok(
      '{ project(id: "p-sanquan-hangkonggang") { outputValueYi figures { kind valueYi evidence { sourceId start end } } } }',
    );
    expect(project.outputValueYi).toBe(30);
    const figure = project.figures.find((f: any) => f.kind === 'OUTPUT_VALUE');
    expect(figure.evidence).toEqual(change.provenance.evidence);
    expect(figure.evidence[0].sourceId).toBe(sourceId);
    const { reviewQueue } = await ok(
      `{ reviewQueue(status: ACCEPTED, sourceId: "${sourceId}") { id changeId decidedBy } }`,
    );
    expect(reviewQueue).toEqual([
      { id: candidates[0].id, changeId: change.id, decidedBy: '审核编辑' },
    ]);
    // Accepting it again is refused: it was decided.
    const again = await call(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id } }`,
      { input: { id: candidates[0].id, reason: 'again' } },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
  });

  it('lets an editor say what a figure is about, never change the amount its span states', async () => {
    const body = await call(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id } }`,
      { input: { id: candidates[1].id, set: { valueYi: 99 }, reason: 'typo?' } },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'set' });
  });

  it('asks for a subject it could not find, and a rejected candidate leaves nothing', async () => {
    const noSubject = await call(
      `mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { id } }`,
      { input: { id: candidates[1].id, reason: 'ok' } },
    );
    expect(noSubject.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'set.subject',
    });
    const figuresBefore = await app.db.raw('MATCH (f:Figure) RETURN count(f) AS n', {}, 'READ');
    const { rejectCandidate: r } = await ok(
      `mutation($input: RejectCandidateInput!) { rejectCandidate(input: $input) { status reason } }`,
      { input: { id: candidates[1].id, reason: '项目尚未核实 / project not verified' } },
    );
    expect(r).toEqual({ status: 'REJECTED', reason: '项目尚未核实 / project not verified' });
    const figuresAfter = await app.db.raw('MATCH (f:Figure) RETURN count(f) AS n', {}, 'READ');
    expect(figuresAfter).toEqual(figuresBefore);
    const { reviewQueue } = await ok(`{ reviewQueue(sourceId: "${sourceId}") { id } }`);
    expect(reviewQueue.map((c: any) => c.id)).toEqual(candidates.slice(2).map((c: any) => c.id));
  });
});
