import { createHash } from 'node:crypto';
import { stableJson } from '../../core/stable-json.js';
import { int } from '../../db/convert.js';
import type { Database, Row } from '../../db/database.js';
import { AppError, badInput, ErrorCode } from '../../errors/app-error.js';
import { extractMoney, type MoneyCandidate } from '../../ingest/extract.js';
import {
  extractClusters,
  extractEvents,
  extractLeaders,
  extractProjects,
  extractStatedCounts,
  firstFrom,
  normaliseName,
  segmentsOf,
  type Gazetteer,
  type StatedCount,
  type KnownName,
  type ProjectCandidate,
} from '../../ingest/extract-projects.js';
import type { NodeKind } from '../../dataset/graph-model.js';
import { exportRecords } from '../../dataset/export-dataset.js';
import {
  applyEdit,
  findChange,
  readRecord,
  type Actor,
  type ChangeSet,
} from '../edits/edits.queries.js';

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

/** A name a figure may be about: a record of the graph, or a project proposed from the article. */
interface SubjectName {
  kind: string;
  id: string;
  names: string[];
  /** The candidate proposing it, when it is not in the graph yet. */
  candidate?: string;
}

/** The project or enterprise a figure is about: the last one the sentence names before it. */
function subjectOf(
  text: string,
  c: MoneyCandidate,
  names: SubjectName[],
): { kind: string; id: string; name: string; candidate?: string } | undefined {
  let from = c.start;
  while (from > 0 && c.start - from < 600 && !/[。！？\n]/.test(text[from - 1]!)) from -= 1;
  const sentence = text.slice(from, c.end);
  let best: { kind: string; id: string; name: string; at: number; candidate?: string } | undefined;
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
        best = { kind: n.kind, id: n.id, name, at: at + name.length, candidate: n.candidate };
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

/** A candidate as it is queued: its proposal still as JSON text, its status set by the queue. */
type CandidateRow = Pick<
  Candidate,
  'id' | 'sourceId' | 'factKind' | 'start' | 'end' | 'confidence' | 'summary'
> & { proposal: string };

interface ArticleGazetteer extends Gazetteer {
  projects: KnownName[];
  chains: KnownName[];
  segments: KnownName[];
  clusters: (KnownName & { region: string | null; kind: string | null })[];
  /** Every event of the graph, by its names and date. */
  knownEvents: (KnownName & { date: string | null })[];
  /** 三个一批 period → the graph's event for it. */
  events: Map<number, string>;
  regionName: Map<string, string>;
  hasProvince: boolean;
}

/** The graph's names an article is read against, in two reads whatever the article. */
async function gazetteerOf(db: Database, names: SubjectName[]): Promise<ArticleGazetteer> {
  const rows = await db.read('ingest/gazetteer', {});
  const regions: Gazetteer['regions'] = [];
  const events = new Map<number, string>();
  const regionName = new Map<string, string>();
  const chains: KnownName[] = [];
  const segments: KnownName[] = [];
  const otherEvents: (KnownName & { date: string | null })[] = [];
  const clusters: ArticleGazetteer['clusters'] = [];
  let hasProvince = false;
  for (const r of rows) {
    const list = (r.names as string[]).filter(Boolean);
    if (r.kind === 'chain') {
      chains.push({ id: String(r.id), names: list });
      continue;
    }
    if (r.kind === 'segment') {
      segments.push({ id: String(r.id), names: list });
      continue;
    }
    if (r.kind === 'cluster') {
      clusters.push({
        id: String(r.id),
        names: list,
        region: (r.district as string | null) ?? null,
        kind: (r.level as string | null) ?? null,
      });
      continue;
    }
    if (r.kind === 'event') {
      otherEvents.push({ id: String(r.id), names: list, date: (r.date as string | null) ?? null });
      if (r.level !== 'three_batches') continue;
      const period = r.period === null ? null : Number(r.period);
      // The province's own period wins over a district's event of the same number.
      if (period && (!events.has(period) || String(r.id).startsWith('sgyp-henan')))
        events.set(period, String(r.id));
      continue;
    }
    regionName.set(String(r.id), list[0] ?? String(r.id));
    if (r.id === 'henan') hasProvince = true;
    regions.push({
      id: String(r.id),
      kind: r.kind === 'park' ? 'park' : 'district',
      names: list,
      coarse: r.level === 'city' || r.level === 'province',
      level: (r.level as string | null) ?? null,
      district: (r.district as string | null) ?? null,
    });
  }
  return {
    regions,
    chains,
    segments,
    clusters,
    knownEvents: otherEvents,
    enterprises: names.filter((n) => n.kind === 'enterprise'),
    projects: names.filter((n) => n.kind === 'project'),
    events,
    regionName,
    hasProvince,
  };
}

/** The last of a list sorted by start whose end is at or before `at` (a binary search). */
function lastEndingBy<T extends { start: number; end: number }>(
  sorted: T[],
  at: number,
): T | undefined {
  const lo = firstFrom(sorted, at);
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i -= 1) if (sorted[i]!.end <= at) return sorted[i];
  return undefined;
}

const STATUS_ZH: Record<string, string> = {
  planned: '谋划',
  signed: '签约',
  under_construction: '在建',
  in_production: '投产',
};
const LIST_ZH: Record<string, string> = { signed: '签约', started: '开工', in_production: '投产' };
const PERIOD_ZH = (n: number) => {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
};

/** Where a name stands in the original text (layout spaces and line breaks may sit inside it). */
function locate(text: string, name: string, from: number): { start: number; end: number } {
  const re = new RegExp(
    [...name].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'),
    'g',
  );
  re.lastIndex = Math.max(0, from);
  const m = re.exec(text);
  return m
    ? { start: m.index, end: m.index + m[0].length }
    : { start: from, end: from + name.length };
}

/**
 * The project candidates of an article, with the candidates they depend on: a firm the graph does
 * not know (a new enterprise) and a 三个一批 period the graph has no event for (a new event). A
 * project the graph knows by its name or an alias is proposed as a merge into it.
 */
function projectRows(
  text: string,
  sourceId: string,
  gaz: ArticleGazetteer,
  year: number | null,
): {
  rows: CandidateRow[];
  proposed: { id: string; name: string; candidate: string }[];
  /** The stated counts of 三个一批 lists, with their period's event (and its candidate when new). */
  lists: (StatedCount & { event: string; need: string | null })[];
} {
  const found: ProjectCandidate[] = extractProjects(text, gaz);
  const rows: CandidateRow[] = [];
  const proposed: { id: string; name: string; candidate: string }[] = [];
  const newFirms = new Map<string, { id: string; candidate: string }>();
  const newEvents = new Map<number, { id: string; candidate: string }>();
  const knownProject = new Map<string, string>();
  for (const p of gaz.projects) for (const n of p.names) knownProject.set(normaliseName(n), p.id);

  const eventFor = (period: number, at: { start: number; end: number }) => {
    const id = gaz.events.get(period);
    if (id) return { id, need: null };
    let e = newEvents.get(period);
    if (!e) {
      const eid = `sgyp-henan-${String(period).padStart(2, '0')}`;
      e = { id: eid, candidate: `cand-${sourceId}-event-${period}` };
      newEvents.set(period, e);
      rows.push({
        id: e.candidate,
        sourceId,
        factKind: 'event',
        ...at,
        confidence: 0.7,
        proposal: stableJson({
          id: eid,
          name: `河南省第${PERIOD_ZH(period)}期“三个一批”项目建设活动`,
          kind: 'three_batches',
          period,
          ...(gaz.hasProvince ? { region: 'henan' } : {}),
        }),
        summary: `三个一批 第${period}期（图中尚无 new period event）`,
      });
    }
    return { id: e.id, need: e.candidate };
  };

  const firmFor = (name: string, near: number) => {
    let firm = newFirms.get(name);
    if (!firm) {
      const at = locate(text, name, near);
      firm = {
        id: `e-${sourceId}-${at.start}`,
        candidate: `cand-${sourceId}-enterprise-${at.start}-${at.end}`,
      };
      newFirms.set(name, firm);
      rows.push({
        id: firm.candidate,
        sourceId,
        factKind: 'enterprise',
        ...at,
        confidence: 0.7,
        proposal: stableJson({ id: firm.id, name, kind: 'company' }),
        summary: `企业 ${name}（图中尚无 new enterprise）`,
      });
    }
    return firm;
  };

  for (const p of found) {
    const needs = new Set<string>();
    const existing = knownProject.get(normaliseName(p.name));
    const id = existing ?? `p-${sourceId}-${p.start}`;
    const candidate = `cand-${sourceId}-project-${p.start}-${p.end}`;
    const enterprises = p.enterprises.map((e) => {
      if (e.id) return { enterprise: e.id, role: e.role };
      const firm = firmFor(e.name, p.start);
      needs.add(firm.candidate);
      return { enterprise: firm.id, role: e.role };
    });
    const batches = p.memberships
      .filter((m) => !m.region)
      .map((m) => {
        const ev = eventFor(m.period, { start: m.start, end: m.end });
        if (ev.need) needs.add(ev.need);
        return {
          event: ev.id,
          list: m.list,
          evidence: [{ source: sourceId, start: m.start, end: m.end }],
        };
      });
    const rosters = p.memberships
      .filter((m) => m.region)
      .map((m) => {
        const ev = eventFor(m.period, { start: m.start, end: m.end });
        if (ev.need) needs.add(ev.need);
        return {
          event: ev.id,
          list: m.list,
          region: m.region,
          evidence: [{ source: sourceId, start: m.start, end: m.end }],
        };
      });
    // Segments its name names, each with that as its basis (the editor keeps or drops them).
    const segments = segmentsOf(p.name, gaz.segments).map((x) => ({
      segment: x.segment,
      basis: `项目名称含“${x.by}” / the project's name names the segment`,
      evidence: [{ source: sourceId, start: p.start, end: p.end }],
    }));
    const proposal = {
      id,
      name: p.name,
      ...(p.status ? { status: p.status } : {}),
      ...(p.district ? { district: p.district } : {}),
      ...(p.park ? { park: p.park } : {}),
      ...(enterprises.length ? { enterprises } : {}),
      ...(batches.length ? { batches } : {}),
      ...(rosters.length ? { rosters } : {}),
      ...(segments.length ? { segments } : {}),
      ...(p.landAreaMu ? { landAreaMu: p.landAreaMu.value } : {}),
      ...(p.floorAreaSqm ? { floorAreaSqm: p.floorAreaSqm.value } : {}),
      // The words stating its areas are evidence beside its name's span.
      ...(p.landAreaMu || p.floorAreaSqm
        ? {
            evidence: [p.landAreaMu, p.floorAreaSqm]
              .filter((x) => x !== undefined)
              .map((x) => ({ source: sourceId, start: x.start, end: x.end })),
          }
        : {}),
      ...(existing ? { mergeInto: existing } : {}),
      ...(needs.size ? { needs: [...needs] } : {}),
    };
    if (!existing) proposed.push({ id, name: p.name, candidate });
    const lists = [
      ...p.memberships.map(
        (m) =>
          `第${m.period}期${LIST_ZH[m.list]}一批${m.region ? `（${gaz.regionName.get(m.region) ?? m.region}盘点 roster）` : ''}`,
      ),
    ];
    const place = p.park ?? p.district;
    rows.push({
      id: candidate,
      sourceId,
      factKind: 'project',
      start: p.start,
      end: p.end,
      confidence: p.confidence,
      proposal: stableJson(proposal),
      summary: [
        `项目 ${p.name}${existing ? `（已有 → 合并 merges into ${existing}）` : '（新 new）'}`,
        p.status ? STATUS_ZH[p.status] : null,
        place ? `位于 ${gaz.regionName.get(place) ?? place}` : '地点未识别 place not found',
        lists.length ? lists.join('、') : null,
        p.enterprises.length ? `企业 ${p.enterprises.map((e) => e.name).join('、')}` : null,
        segments.length
          ? `环节 ${segments.map((x) => x.segment).join('、')}（据名称 by its name）`
          : null,
        p.landAreaMu ? `占地 ${p.landAreaMu.value}亩` : null,
        p.floorAreaSqm ? `建筑面积 ${p.floorAreaSqm.value}平方米` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    });
  }
  // The counts the article states for a period's lists: figures about the period's event.
  const lists: (StatedCount & { event: string; need: string | null })[] = [];
  for (const sc of extractStatedCounts(text, gaz)) {
    const ev = eventFor(sc.period, { start: sc.start, end: sc.end });
    lists.push({ ...sc, event: ev.id, need: ev.need });
    const where = sc.region
      ? (gaz.regionName.get(sc.region) ?? sc.region)
      : '全省（句中未见区县 no district named in its sentence）';
    rows.push({
      id: `cand-${sourceId}-count-${sc.start}-${sc.end}`,
      sourceId,
      factKind: 'figure',
      start: sc.start,
      end: sc.end,
      confidence: sc.region ? 0.8 : 0.5,
      proposal: stableJson({
        id: `f-${sourceId}-${sc.start}-count-${sc.list.replace(/_/g, '-')}`,
        subject: { kind: 'event', id: ev.id },
        kind: 'project_count',
        value: sc.count,
        stated: sc.count,
        unit: '个',
        qualifier: 'exact',
        ...(sc.region ? { scope: sc.region } : {}),
        list: sc.list,
        ...(sc.roster ? { roster: true } : {}),
        ...(ev.need ? { needs: [ev.need] } : {}),
      }),
      summary: `第${sc.period}期“${LIST_ZH[sc.list]}一批”项目数 ${sc.count}个${sc.roster ? '（区县盘点 roster）' : ''} · ${where}`,
    });
  }
  // Clusters a city or district names: a new one, or more evidence for one the graph has.
  const CLUSTER_ZH: Record<string, string> = {
    leading_100bn: '千亿级主导产业集群',
    strategic_emerging: '战略性新兴产业',
    future: '未来产业',
    hi_tech_leading: '高新区主导产业',
    hi_tech_emerging: '高新区战略新兴产业',
    hi_tech_future: '高新区未来产业',
    district_focus: '区县重点产业',
  };
  for (const cl of extractClusters(text, gaz)) {
    if (!cl.region) continue; // whose cluster it is must be read
    const regionName = gaz.regionName.get(cl.region) ?? cl.region;
    const short = gaz.regions
      .find((r) => r.id === cl.region)
      ?.names.slice(1)
      .filter((n) => /[\u4e00-\u9fff]/.test(n))
      .sort((x, y) => x.length - y.length)[0];
    const name = `${cl.kind === 'leading_100bn' || cl.kind === 'strategic_emerging' ? '' : (short ?? regionName)}${cl.core}${cl.kind === 'leading_100bn' ? '产业集群' : '产业'}`;
    const known = gaz.clusters.find(
      (k) =>
        k.region === cl.region &&
        // A city's 千亿级 cluster and its strategic-emerging industry of the same name are two.
        k.kind === cl.kind &&
        k.names.some(
          (n) => n === name || n.endsWith(`${cl.core}产业集群`) || n.endsWith(`${cl.core}产业`),
        ),
    );
    rows.push({
      id: `cand-${sourceId}-cluster-${cl.start}-${cl.end}`,
      sourceId,
      factKind: 'cluster',
      start: cl.listStart,
      end: cl.listEnd,
      confidence: cl.chains.length ? 0.7 : 0.5,
      proposal: stableJson({
        id: known?.id ?? `cl-${sourceId}-${cl.start}`,
        name,
        kind: cl.kind,
        region: cl.region,
        ...(cl.chains.length ? { chains: cl.chains } : {}),
        ...(known ? { mergeInto: known.id } : {}),
      }),
      summary: `集群 ${name} · ${CLUSTER_ZH[cl.kind]} · ${regionName}${known ? `（已有 → 合并 merges into ${known.id}）` : '（新 new）'}${cl.chains.length ? '' : ' · 未对应产业链 no chain of the taxonomy by this name'}`,
    });
  }

  // 链主 designations: merged into the firm (a new firm waits for its own candidate).
  for (const l of extractLeaders(text, gaz)) {
    const firm = l.enterprise.id
      ? { id: l.enterprise.id, candidate: null }
      : firmFor(l.enterprise.name, l.start);
    rows.push({
      id: `cand-${sourceId}-designation-${l.start}-${l.chain}`,
      sourceId,
      factKind: 'designation',
      start: l.start,
      end: l.end,
      confidence: l.enterprise.id ? 0.7 : 0.6,
      proposal: stableJson({
        id: firm.id,
        mergeInto: firm.id,
        leaderOf: [
          {
            chain: l.chain,
            region: l.region,
            evidence: [{ source: sourceId, start: l.start, end: l.end }],
          },
        ],
        ...(firm.candidate ? { needs: [firm.candidate] } : {}),
      }),
      summary: `链主 ${l.enterprise.name} · ${gaz.chains.find((c) => c.id === l.chain)?.names[0] ?? l.chain} · ${gaz.regionName.get(l.region) ?? l.region}`,
    });
  }
  // Events the article says were held: a new one, or more evidence for one the graph has.
  for (const e of extractEvents(text, gaz, year)) {
    // The same name in another year is another edition (投洽会 2023 vs 2024): merged only when
    // the years agree, or neither is known.
    const year = (d: string | null) => d?.slice(0, 4) ?? null;
    const sameName = gaz.knownEvents.filter((x) =>
      x.names.some((n) => normaliseName(n) === normaliseName(e.name)),
    );
    const known = sameName.find((x) => year(x.date) === year(e.date));
    const other = sameName.find((x) => x !== known);
    rows.push({
      id: `cand-${sourceId}-event-${e.start}-${e.end}`,
      sourceId,
      factKind: 'event',
      start: e.start,
      end: e.end,
      confidence: e.date && e.region ? 0.7 : 0.5,
      proposal: stableJson({
        id: known?.id ?? `ev-${sourceId}-${e.start}`,
        name: e.name,
        kind: e.kind,
        ...(e.date ? { date: e.date } : {}),
        ...(e.region ? { region: e.region } : {}),
        ...(known ? { mergeInto: known.id } : {}),
      }),
      summary: `活动 ${e.name}${e.date ? ` · ${e.date}` : ''}${e.region ? ` · ${gaz.regionName.get(e.region) ?? e.region}` : ''}${known ? `（已有 → 合并 merges into ${known.id}）` : '（新 new）'}${!known && other ? ` · 同名活动 ${other.id}（${other.date ?? '日期未知'}）另一届？ same name, another edition?` : ''}`,
    });
  }
  return { rows, proposed, lists };
}

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
  const names: SubjectName[] = (await db.read('ingest/names', {})).map((r) => ({
    kind: String(r.kind),
    id: String(r.id),
    names: (r.names as string[]).filter(Boolean),
  }));
  const gazetteer = await gazetteerOf(db, names);
  const year = Number(/^\d{4}/.exec(article.publishedOn ?? '')?.[0]) || null;
  const projects = projectRows(text, sourceId, gazetteer, year);
  // A figure may be about a project the article itself proposes.
  for (const p of projects.proposed)
    names.push({ kind: 'project', id: p.id, names: [p.name], candidate: p.candidate });
  const rows: CandidateRow[] = extractMoney(text).map((c) => {
    // A total stated after a 三个一批 list's count, in its sentence (“签约一批”项目2个：A、B，总投资
    // 32亿元), is the list's, not its last project's: a figure about the period, for that list.
    // Only a clause that opens with the total (，总投资32亿元) is the list's; 其中X项目总投资… is not.
    const opensWithTotal = /^\s*(?:总投资|计划总投资|合计|共计|总计)/.test(
      text.slice(c.start, c.end),
    );
    const before = opensWithTotal ? lastEndingBy(projects.lists, c.start) : undefined;
    const list =
      before && c.start - before.end < 600 && !/[。；;！？]/.test(text.slice(before.end, c.start))
        ? before
        : undefined;
    const subject = list
      ? {
          kind: 'event',
          id: list.event,
          name: `第${list.period}期“${LIST_ZH[list.list]}一批”${list.region ? `（${gazetteer.regionName.get(list.region) ?? list.region}）` : ''}`,
          candidate: list.need ?? undefined,
        }
      : subjectOf(text, c, names);
    const proposal = {
      id: `f-${sourceId}-${c.start}-${c.kind.replace(/_/g, '-')}`,
      ...(subject ? { subject: { kind: subject.kind, id: subject.id } } : {}),
      kind: c.kind,
      valueYi: c.valueYi,
      stated: c.stated,
      unit: c.unit,
      qualifier: c.qualifier,
      ...(list
        ? {
            list: list.list,
            ...(list.region ? { scope: list.region } : {}),
            ...(list.roster ? { roster: true } : {}),
          }
        : {}),
      ...(subject?.candidate ? { needs: [subject.candidate] } : {}),
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
      summary: `${KIND_ZH[c.kind]} ${c.stated}${c.unit}${c.qualifier === 'exact' ? '' : ` (${c.qualifier})`}${subject ? ` · ${subject.name}${subject.candidate ? (subject.kind === 'event' ? '（新期次 new period）' : '（本文新项目 new in this article）') : ''}` : ' · 主体未识别 subject not found'}`,
    };
  });
  rows.push(...projects.rows);
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

async function pending(
  db: Database,
  id: string,
  retried: 'accepted' | 'rejected',
): Promise<Candidate> {
  const [row] = await db.read('ingest/candidate', { id });
  if (!row) throw new AppError(ErrorCode.NOT_FOUND, `no candidate ${id}`, { argument: 'id' });
  const c = candidateOf(row.candidate as Row);
  // The same decision again (a retried request) is answered, not refused.
  if (c.status === retried) return c;
  if (c.status !== 'pending')
    throw new AppError(
      ErrorCode.VERSION_CONFLICT,
      `candidate ${id} was ${c.status} already (by ${c.decidedBy ?? '?'})`,
      { status: c.status },
    );
  return c;
}

/** The dataset kind each fact kind is written as, and the fields an editor may change on acceptance. */
const FACT: Record<string, { kind: NodeKind; editable: string[] }> = {
  // The span states the amount: an editor may say what it is about and how to read it, not
  // change the number, its unit or its source.
  figure: {
    kind: 'figures',
    editable: ['subject', 'kind', 'qualifier', 'year', 'scope', 'list', 'roster', 'note'],
  },
  project: {
    kind: 'projects',
    editable: [
      'id',
      'name',
      'aliases',
      'status',
      'statusAsOf',
      'district',
      'park',
      'enterprises',
      'batches',
      'rosters',
      'segments',
      'unmapped',
      'capacity',
      'landAreaMu',
      'floorAreaSqm',
      'mergeInto',
    ],
  },
  enterprise: {
    kind: 'enterprises',
    editable: [
      'id',
      'name',
      'aliases',
      'kind',
      'tags',
      'district',
      'park',
      'segments',
      'mergeInto',
    ],
  },
  event: { kind: 'events', editable: ['id', 'name', 'aliases', 'date', 'region', 'mergeInto'] },
  cluster: {
    kind: 'clusters',
    editable: ['id', 'name', 'aliases', 'kind', 'region', 'chains', 'mergeInto'],
  },
  // A 链主 designation is written into its firm's record.
  designation: { kind: 'enterprises', editable: ['leaderOf', 'mergeInto'] },
};

/** Keys of a proposal that steer its acceptance and are not part of the record. */
const META = ['mergeInto', 'needs'];

/** Replaces ids in a record (an accepted dependency merged elsewhere) and drops facts naming a rejected one. */
function rewire(v: unknown, renamed: Map<string, string>, dropped: Set<string>): unknown {
  if (typeof v === 'string') return renamed.get(v) ?? v;
  if (Array.isArray(v))
    return v
      .filter(
        (x) =>
          !(
            x &&
            typeof x === 'object' &&
            Object.values(x).some((y) => typeof y === 'string' && dropped.has(y))
          ),
      )
      .map((x) => rewire(x, renamed, dropped));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewire(x, renamed, dropped)]));
  return v;
}

const STAGE = ['planned', 'signed', 'under_construction', 'in_production'];
const LIST_FIELDS = [
  'batches',
  'rosters',
  'enterprises',
  'leaderOf',
  'segments',
  'chains',
  'evidence',
];
const LABEL_OF: Partial<Record<NodeKind, string>> = {
  projects: 'Project',
  enterprises: 'Enterprise',
  events: 'Event',
  clusters: 'Cluster',
  figures: 'Figure',
};
const keyOf = (x: Record<string, unknown>, fields: string[]) =>
  fields.map((f) => String(x[f] ?? '')).join('|');
const union = (a: unknown, b: unknown, fields: string[]) => {
  const have = (a as Record<string, unknown>[] | undefined) ?? [];
  const add = ((b as Record<string, unknown>[] | undefined) ?? []).filter(
    (x) => !have.some((h) => keyOf(h, fields) === keyOf(x, fields)),
  );
  return add.length ? [...have, ...add] : undefined;
};

/**
 * What merging a proposal into a record the graph has changes: lists gain what they lack, empty
 * fields are filled, a project's status moves only forward, a different name becomes an alias;
 * fields the editor set on acceptance replace the record's.
 */
function mergedSet(
  factKind: string,
  current: Record<string, unknown>,
  proposal: Record<string, unknown>,
  editorSet: Record<string, unknown>,
): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(proposal)) {
    if (k === 'id' || k === 'name' || META.includes(k)) continue;
    // Lists gain what they lack, whether the article or the editor gave the entries (an entry is
    // removed with updateRecord); a value the editor set replaces the record's.
    if (k in editorSet && !LIST_FIELDS.includes(k)) set[k] = v;
    else if (k === 'batches') set[k] = union(current[k], v, ['event', 'list']);
    else if (k === 'rosters') set[k] = union(current[k], v, ['event', 'list', 'region']);
    else if (k === 'enterprises') set[k] = union(current[k], v, ['enterprise']);
    else if (k === 'leaderOf') set[k] = union(current[k], v, ['chain', 'region']);
    else if (k === 'evidence')
      set[k] = current.reference ? undefined : union(current[k], v, ['source', 'start', 'end']);
    else if (k === 'segments')
      set[k] = current.unmapped ? undefined : union(current[k], v, ['segment']);
    else if (k === 'chains') {
      const have = (current[k] as string[] | undefined) ?? [];
      const add = (v as string[]).filter((x) => !have.includes(x));
      set[k] = add.length ? [...have, ...add] : undefined;
    } else if (k === 'status' && factKind === 'project')
      set[k] = STAGE.indexOf(String(v)) > STAGE.indexOf(String(current[k] ?? '')) ? v : undefined;
    else if (current[k] === undefined || current[k] === null) set[k] = v;
  }
  const name = String(proposal.name ?? '');
  const aliases = (current.aliases as string[] | undefined) ?? [];
  if (name && factKind !== 'designation' && name !== current.name && !aliases.includes(name))
    set.aliases = [...aliases, name];
  return Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
}

/**
 * Accepts a candidate: its proposal, with the editor's changes (`set`), is written through the
 * edit path with the candidate's span as evidence — created, or merged into the record named by
 * `mergeInto` (a project or firm the graph knows) — and the candidate is marked in the same
 * transaction, so an accepted candidate always has its fact and its change set. A proposal naming
 * a new firm or period waits for that candidate's decision: accepted, it is used (under the id it
 * was written as); rejected, the facts naming it are left out.
 */
export async function acceptCandidate(
  db: Database,
  r: { id: string; set?: Record<string, unknown> | null; reason: string; actor: Actor },
): Promise<ChangeSet> {
  const c = await pending(db, r.id, 'accepted');
  if (c.status === 'accepted') {
    // Accepted before (a retry, or a second editor agreeing): the change that accepted it.
    const done = await findChange(db, { idempotencyKey: `accept:${c.id}` });
    if (done) {
      if (!c.changeId)
        await db.write('ingest/link-change', {
          id: c.id,
          changeId: done.id,
          recordId: done.recordId,
        });
      return done;
    }
  }
  const fact = FACT[c.factKind];
  if (!fact) throw badInput('id', `candidates of kind ${c.factKind} cannot be accepted`);
  const editable = new Set(fact.editable);
  const wrong = Object.keys(r.set ?? {}).filter((k) => !editable.has(k));
  if (wrong.length)
    throw badInput(
      'set',
      `${wrong.join(', ')} cannot change on acceptance of a ${c.factKind}${c.factKind === 'figure' ? ' (the span states them)' : ''}; allowed: ${[...editable].join(', ')}`,
    );
  let record: Record<string, unknown> = { ...c.proposal, ...(r.set ?? {}) };
  for (const [k, v] of Object.entries(r.set ?? {})) if (v === null) delete record[k];

  // The candidates it depends on, in one read.
  const needs = ((record.needs as string[] | undefined) ?? []).filter(Boolean);
  if (needs.length) {
    const deps = (await db.read('ingest/candidates', { ids: needs })).map((row) => ({
      ...candidateOf(row.candidate as Row),
      recordId: ((row.candidate as Row).recordId as string | null) ?? null,
    }));
    const open = deps.filter((d) => d.status === 'pending');
    if (open.length)
      throw badInput(
        'id',
        `decide first what this ${c.factKind} refers to: ${open.map((d) => `${d.id} (${d.summary})`).join('; ')}`,
      );
    const renamed = new Map<string, string>();
    const dropped = new Set<string>();
    for (const d of deps) {
      const proposedId = String(d.proposal.id);
      if (d.status === 'accepted' && d.recordId && d.recordId !== proposedId)
        renamed.set(proposedId, d.recordId);
      if (d.status === 'rejected') dropped.add(proposedId);
    }
    if (record.mergeInto && dropped.has(String(record.mergeInto)))
      throw badInput(
        'id',
        `the record this ${c.factKind} is about (${String(record.mergeInto)}) was rejected: reject this candidate too`,
      );
    record = rewire(record, renamed, dropped) as Record<string, unknown>;
    const subject = record.subject as { id?: string } | undefined;
    if (subject?.id && dropped.has(subject.id)) delete record.subject;
  }
  if (c.factKind === 'figure' && !record.subject)
    throw badInput(
      'set.subject',
      'say what the figure is about, e.g. {"subject": {"kind": "project", "id": "p-…"}}',
    );

  // "Create it new" ({mergeInto: null}) on a proposal that named a known record: a new id.
  if (
    r.set &&
    'mergeInto' in r.set &&
    r.set.mergeInto === null &&
    c.proposal.mergeInto === record.id
  )
    record.id = `${String(record.id).split('-')[0]}-${c.sourceId}-${c.start}`;
  let mergeInto = record.mergeInto ? String(record.mergeInto) : null;
  // A record of this id or name written meanwhile (the same period or firm accepted from another
  // article) is merged into, not created twice.
  if (!mergeInto && !(r.set && 'mergeInto' in r.set)) {
    const [same] = await db.read('ingest/same-record', {
      label: LABEL_OF[fact.kind],
      id: String(record.id),
      name: record.name ? String(record.name) : null,
    });
    if (same) mergeInto = String(same.id);
  }
  const at = new Date().toISOString();
  const decide = {
    key: 'ingest/decide',
    params: {
      id: c.id,
      status: 'accepted',
      by: r.actor.name,
      reason: r.reason,
      changeId: null,
      recordId: mergeInto ?? String(record.id),
      at,
    },
    // Decided by someone else meanwhile: nothing is written either.
    check: (rows: Row[]) => {
      if (rows[0]?.decided !== true)
        throw new AppError(ErrorCode.VERSION_CONFLICT, `candidate ${c.id} was decided meanwhile`);
    },
  };
  const common = {
    kind: fact.kind,
    reason: r.reason,
    provenance: { evidence: [{ source: c.sourceId, start: c.start, end: c.end }] },
    // The candidate's id makes accepting it twice (a retry) apply once.
    idempotencyKey: `accept:${c.id}`,
    actor: r.actor,
  };
  let change: ChangeSet;
  if (mergeInto) {
    const current = await readRecord(db, fact.kind, mergeInto);
    if (!current)
      throw new AppError(ErrorCode.NOT_FOUND, `no ${fact.kind} record ${mergeInto} to merge into`, {
        argument: 'set.mergeInto',
      });
    const set = mergedSet(c.factKind, current.record, record, r.set ?? {});
    change = await applyEdit(
      db,
      { ...common, operation: 'update', id: mergeInto, set, baseVersion: current.version },
      null,
      [decide],
    );
  } else {
    const { id, ...rest } = record;
    for (const k of META) delete rest[k];
    change = await applyEdit(
      db,
      { ...common, operation: 'create', id: String(id), record: rest },
      null,
      [decide],
    );
  }
  // The change id is known once written: recorded on the candidate for its reader (the record it
  // wrote was recorded with the decision, in the edit's transaction).
  await db.write('ingest/link-change', {
    id: c.id,
    changeId: change.id,
    recordId: change.recordId,
  });
  return change;
}

/** Rejects a candidate: it leaves the queue, and nothing is written to the graph. */
export async function rejectCandidate(
  db: Database,
  r: { id: string; reason: string; actor: Actor },
): Promise<Candidate> {
  const c = await pending(db, r.id, 'rejected');
  if (c.status === 'rejected') return c; // a retry
  if (r.reason.trim().length < 3) throw badInput('reason', 'say why (at least 3 characters)');
  const [decided] = await db.write('ingest/decide', {
    id: r.id,
    status: 'rejected',
    by: r.actor.name,
    reason: r.reason.trim(),
    changeId: null,
    recordId: null,
    at: new Date().toISOString(),
  });
  if (decided?.decided !== true)
    throw new AppError(ErrorCode.VERSION_CONFLICT, `candidate ${r.id} was decided meanwhile`);
  const [row] = await db.read('ingest/candidate', { id: r.id });
  return candidateOf(row!.candidate as Row);
}

/** The stored texts of some sources, by id, in one read (the queue shows each candidate's passage). */
export async function sourceTexts(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { bundle } = await exportRecords(db, 'sources', ids);
  return new Map(bundle.sources.map((s) => [s.id, s.text ?? '']));
}
