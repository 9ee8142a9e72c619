import { createHash } from 'node:crypto';
import { stableJson } from '../../core/stable-json.js';
import { int } from '../../db/convert.js';
import type { Database, Row } from '../../db/database.js';
import { AppError, badInput, ErrorCode } from '../../errors/app-error.js';
import { extractMoney, type MoneyCandidate } from '../../ingest/extract.js';
import { exportRecords } from '../../dataset/export-dataset.js';
import { applyEdit, readRecord, type Actor, type ChangeSet } from '../edits/edits.queries.js';

/**
 * Article ingestion (cypher/ingest/*): an article is stored as a Source with its text and hash, so
 * every span resolves inside the graph; the extractor's candidate facts wait in a review queue
 * until an editor accepts one (written through the edit path, with its span as evidence and a
 * change set) or rejects it (nothing written). Ingesting the same text again changes nothing.
 */

export interface ArticleInput {
  title: string;
  text: string;
  publisher?: string | null;
  publishedOn?: string | null;
}

export interface Candidate {
  id: string;
  sourceId: string;
  factKind: string;
  start: number;
  end: number;
  confidence: number;
  status: string;
  summary: string;
  proposal: Record<string, unknown>;
  decidedBy: string | null;
  reason: string | null;
  changeId: string | null;
}

const MAX_TEXT = 300_000;

/** The project or enterprise a figure is about: the last one the sentence names before it. */
function subjectOf(
  text: string,
  c: MoneyCandidate,
  names: { kind: string; id: string; names: string[] }[],
): { kind: string; id: string; name: string } | undefined {
  let from = c.start;
  while (from > 0 && !/[。！？\n]/.test(text[from - 1]!)) from -= 1;
  const sentence = text.slice(from, c.end);
  let best: { kind: string; id: string; name: string; at: number } | undefined;
  for (const n of names)
    for (const name of n.names) {
      if (name.length < 2) continue;
      const at = sentence.lastIndexOf(name);
      if (
        at >= 0 &&
        (!best ||
          at + name.length > best.at ||
          (at + name.length === best.at && n.kind === 'project'))
      )
        best = { kind: n.kind, id: n.id, name, at: at + name.length };
    }
  return best;
}

const KIND_ZH: Record<string, string> = {
  total_investment: '总投资',
  annual_plan_investment: '年度计划投资',
  output_value: '产值',
  revenue: '营收',
  contract_value: '签约额',
  cumulative_investment: '累计投资',
  other: '其他金额',
};

export async function ingestArticle(
  db: Database,
  article: ArticleInput,
  actor: Actor,
): Promise<{ sourceId: string; created: boolean; candidates: Candidate[] }> {
  const text = article.text.replace(/\r\n?/g, '\n');
  if (text.trim().length < 20) throw badInput('text', 'the article text (at least 20 characters)');
  if (text.length > MAX_TEXT) throw badInput('text', `at most ${MAX_TEXT} characters`);
  if (!article.title.trim()) throw badInput('title', 'the headline as published');
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const sourceId = `a-${sha256.slice(0, 12)}`;
  const existing = await readRecord(db, 'sources', sourceId);
  if (!existing)
    await applyEdit(db, {
      operation: 'create',
      kind: 'sources',
      id: sourceId,
      record: {
        file: `ingested/${sourceId}.txt`,
        title: article.title.trim(),
        publisher: article.publisher ?? undefined,
        publishedOn: article.publishedOn ?? undefined,
        sha256,
        kind: 'article',
        text,
      },
      reason: 'article ingested for review',
      provenance: { reference: `article text submitted by ${actor.name}` },
      actor,
    });
  const names = (await db.read('ingest/names', {})).map((r) => ({
    kind: String(r.kind),
    id: String(r.id),
    names: (r.names as string[]).filter(Boolean),
  }));
  const rows = extractMoney(text).map((c) => {
    const subject = subjectOf(text, c, names);
    const proposal = {
      id: `f-${sourceId}-${c.start}-${c.kind.replace(/_/g, '-')}`,
      ...(subject ? { subject: { kind: subject.kind, id: subject.id } } : {}),
      kind: c.kind,
      valueYi: c.valueYi,
      stated: c.stated,
      unit: c.unit,
      qualifier: c.qualifier,
    };
    return {
      id: `cand-${sourceId}-figure-${c.start}-${c.end}`,
      sourceId,
      factKind: 'figure',
      start: c.start,
      end: c.end,
      // Without a subject an editor must say what the figure is about: less sure.
      confidence: subject ? c.confidence : Math.min(c.confidence, 0.4),
      proposal: stableJson(proposal),
      summary: `${KIND_ZH[c.kind]} ${c.stated}${c.unit}${c.qualifier === 'exact' ? '' : ` (${c.qualifier})`}${subject ? ` · ${subject.name}` : ' · 主体未识别 subject not found'}`,
    };
  });
  if (rows.length) await db.write('ingest/save-candidates', { rows, at: new Date().toISOString() });
  return {
    sourceId,
    created: !existing,
    candidates: await reviewQueue(db, { status: 'pending', sourceId, limit: 1000 }),
  };
}

export function candidateOf(c: Row): Candidate {
  return {
    id: String(c.id),
    sourceId: String(c.sourceId),
    factKind: String(c.factKind),
    start: Number(c.start),
    end: Number(c.end),
    confidence: Number(c.confidence),
    status: String(c.status),
    summary: String(c.summary ?? ''),
    proposal: JSON.parse(String(c.proposal)) as Record<string, unknown>,
    decidedBy: (c.decidedBy as string | null) ?? null,
    reason: (c.reason as string | null) ?? null,
    changeId: (c.changeId as string | null) ?? null,
  };
}

export async function reviewQueue(
  db: Database,
  q: { status: string; sourceId?: string | null; factKind?: string | null; limit: number },
): Promise<Candidate[]> {
  const rows = await db.read('ingest/queue', {
    status: q.status,
    sourceId: q.sourceId ?? null,
    factKind: q.factKind ?? null,
    limit: int(q.limit),
  });
  return rows.map((r) => candidateOf(r.candidate as Row));
}

async function pending(db: Database, id: string): Promise<Candidate> {
  const [row] = await db.read('ingest/candidate', { id });
  if (!row) throw new AppError(ErrorCode.NOT_FOUND, `no candidate ${id}`, { argument: 'id' });
  const c = candidateOf(row.candidate as Row);
  if (c.status !== 'pending')
    throw new AppError(
      ErrorCode.VERSION_CONFLICT,
      `candidate ${id} was ${c.status} already (by ${c.decidedBy ?? '?'})`,
      { status: c.status },
    );
  return c;
}

/**
 * Accepts a candidate: its proposal, with the editor's changes (`set`, e.g. the subject), is
 * written through the edit path with the candidate's span as evidence; the candidate is marked in
 * the same transaction, so an accepted candidate always has its fact and its change set.
 */
export async function acceptCandidate(
  db: Database,
  r: { id: string; set?: Record<string, unknown> | null; reason: string; actor: Actor },
): Promise<ChangeSet> {
  const c = await pending(db, r.id);
  // The span states the amount: an editor may say what it is about and how to read it, not
  // change the number, its unit or its source.
  const editable = new Set(['subject', 'kind', 'qualifier', 'year', 'scope', 'list', 'note']);
  const wrong = Object.keys(r.set ?? {}).filter((k) => !editable.has(k));
  if (wrong.length)
    throw badInput(
      'set',
      `${wrong.join(', ')} cannot change on acceptance (the span states them); allowed: ${[...editable].join(', ')}`,
    );
  const record: Record<string, unknown> = { ...c.proposal, ...(r.set ?? {}) };
  for (const [k, v] of Object.entries(r.set ?? {})) if (v === null) delete record[k];
  if (!record.subject)
    throw badInput(
      'set.subject',
      'say what the figure is about, e.g. {"subject": {"kind": "project", "id": "p-…"}}',
    );
  const { id, ...rest } = record;
  return applyEdit(
    db,
    {
      operation: 'create',
      kind: 'figures',
      id: String(id),
      record: rest,
      reason: r.reason,
      provenance: { evidence: [{ source: c.sourceId, start: c.start, end: c.end }] },
      // The candidate's id makes accepting it twice (a retry) apply once.
      idempotencyKey: `accept:${c.id}`,
      actor: r.actor,
    },
    null,
    [
      {
        key: 'ingest/decide',
        params: {
          id: c.id,
          status: 'accepted',
          by: r.actor.name,
          reason: r.reason,
          changeId: null,
          at: new Date().toISOString(),
        },
        // Decided by someone else meanwhile: the figure is not written either.
        check: (rows) => {
          if (rows[0]?.decided !== true)
            throw new AppError(
              ErrorCode.VERSION_CONFLICT,
              `candidate ${c.id} was decided meanwhile`,
            );
        },
      },
    ],
  ).then(async (change) => {
    // The change id is known once written: recorded on the candidate for its reader.
    await db.write('ingest/link-change', { id: c.id, changeId: change.id });
    return change;
  });
}

/** Rejects a candidate: it leaves the queue, and nothing is written to the graph. */
export async function rejectCandidate(
  db: Database,
  r: { id: string; reason: string; actor: Actor },
): Promise<Candidate> {
  await pending(db, r.id);
  if (r.reason.trim().length < 3) throw badInput('reason', 'say why (at least 3 characters)');
  await db.write('ingest/decide', {
    id: r.id,
    status: 'rejected',
    by: r.actor.name,
    reason: r.reason.trim(),
    changeId: null,
    at: new Date().toISOString(),
  });
  const [row] = await db.read('ingest/candidate', { id: r.id });
  return candidateOf(row!.candidate as Row);
}

/** The stored texts of some sources, by id, in one read (the queue shows each candidate's passage). */
export async function sourceTexts(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { bundle } = await exportRecords(db, 'sources', ids);
  return new Map(bundle.sources.map((s) => [s.id, s.text ?? '']));
}
