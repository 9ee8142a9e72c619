import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { creditCodeProblem, normaliseCreditCode } from '../core/credit-code.js';
import { stableJson } from '../core/stable-json.js';
import { uid } from '../core/uid.js';
import type { Database } from '../db/database.js';
import { changeRow, type Actor } from '../modules/edits/edits.queries.js';
import { DatasetError } from '../dataset/dataset-error.js';
import { exportRecords } from '../dataset/export-dataset.js';
import { importLoaded, type ImportSummary } from '../dataset/import-dataset.js';
import { loadedFrom, parseBundle } from '../dataset/read-dataset.js';
import { STOCK_CODE, type Bundle, type Span } from '../dataset/records.js';
import { AppError, badInput, ErrorCode } from '../errors/app-error.js';
import { MONEY_UNITS } from '../dataset/meaning-rules.js';
import { mapColumns, tagOf, truthy, type Field } from './columns.js';
import { readList, type ListTable } from './read-list.js';

/**
 * Imports an enterprise list (registry export, 专精特新 / 小巨人 / 规上 list, park tenant list)
 * through the dataset import: the list becomes a Source holding its rows as text, and every fact
 * taken from a row points at that row's line. Rows are matched to the graph by 统一社会信用代码,
 * then by name or alias; a row that matches more than one firm, or contradicts what the graph
 * holds, is held for review rather than guessed. Re-importing the same list changes nothing.
 */

export interface ListOptions {
  /** The list's name as a person would cite it, e.g. 2024年郑州市专精特新中小企业名单. */
  title?: string;
  /** When the list was published or exported (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  publisher?: string;
  dryRun?: boolean;
  /** Who imports: recorded on the change sets of the firms the list changes. */
  actor?: Actor;
}

/** A row not written, and why: rejected (unusable) or held (needs a person's decision). */
export interface RowIssue {
  row: number;
  outcome: 'rejected' | 'held';
  reason: string;
  name: string;
  values: string[];
}

export interface ListSummary {
  source: { id: string; title: string; rows: number; encoding: string };
  columns: Partial<Record<Field, string>>;
  unknownColumns: string[];
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  held: number;
  rejected: number;
  /** Rows written without a location (none given, or the address named no known place). */
  unlocated: number;
  /** Rows written without a chain segment (no industry code, or one the mapping table lacks). */
  unmapped: number;
  /** Per row, what was decided beyond the counts (location guessed from the address …). */
  notes: { row: number; note: string }[];
  issues: RowIssue[];
  import?: ImportSummary;
}

interface Mapping {
  code: string;
  title: string;
  segment: string;
  basis: string;
}

const MAPPING_FILE = fileURLToPath(
  new URL('../../data/mappings/gbt4754-segments.csv', import.meta.url),
);
let mappings: Map<string, Mapping> | undefined;

/** The committed GB/T 4754-2017 → segment table (data/mappings/gbt4754-segments.csv). */
function mappingTable(): Map<string, Mapping> {
  mappings ??= new Map(
    (parse(readFileSync(MAPPING_FILE, 'utf8'), { columns: true }) as Mapping[]).map((m) => [
      m.code,
      m,
    ]),
  );
  return mappings;
}

/** The mapping of an industry code: its class (4 digits), else its group (3), else division (2). */
export function segmentOfCode(code: string): Mapping | undefined {
  const digits = code.replace(/^[A-T]/, '');
  const table = mappingTable();
  for (const n of [4, 3, 2]) {
    const m = table.get(digits.slice(0, n));
    if (m && digits.length >= n) return m;
  }
  return undefined;
}

/** A date as lists write it (2015-06-01, 2015/6/1, 2015年6月1日, 2015.6) → YYYY[-MM[-DD]]. */
export function parseDate(raw: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]?\s*(\d{1,2})?\s*[-/.月]?\s*(\d{1,2})?\s*日?/.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const mm = mo.padStart(2, '0');
  if (Number(mm) < 1 || Number(mm) > 12) return undefined;
  if (!d) return `${y}-${mm}`;
  const dd = d.padStart(2, '0');
  const date = new Date(`${y}-${mm}-${dd}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(dd)
    ? undefined
    : `${y}-${mm}-${dd}`;
}

/** An amount and its unit: "5000", "5000万元", "1.2亿" with the header's unit as the default. */
export function parseMoney(
  raw: string,
  headerUnit: string | undefined,
): { valueYi: number; stated: number; unit: string } | 'no-unit' | undefined {
  // Foreign currencies need a dated rate: a curation decision, not the importer's.
  if (/美元|港元|港币|欧元|日元|英镑/.test(raw)) return undefined;
  const m = /^([0-9][0-9,]*(?:\.\d+)?)\s*(百万元|千万元|万元|亿元|千元|元|万|亿)?/.exec(
    raw.replace(/\s/g, ''),
  );
  if (!m) return undefined;
  const stated = Number(m[1]!.replace(/,/g, ''));
  const unit = (m[2] && (m[2].endsWith('元') ? m[2] : `${m[2]}元`)) ?? headerUnit;
  if (!unit) return 'no-unit';
  const factor = MONEY_UNITS[unit]!;
  return { valueYi: Math.round(stated * factor * 1e6) / 1e6, stated, unit };
}

interface Place {
  id: string;
  names: string[];
  level: string;
  district?: string;
}

/**
 * The place an address names: the finest level found (a park before a district, a district before
 * the city), the longest name at that level; two different places at the same level and length
 * make the address ambiguous.
 */
export function placeInAddress(
  address: string,
  places: Place[],
): { place: Place } | { ambiguous: Place[] } | null {
  const rank = (p: Place) =>
    p.level === 'park' ? 0 : p.level === 'city' ? 2 : p.level === 'province' ? 3 : 1;
  let best: { place: Place; rank: number; length: number }[] = [];
  for (const p of places) {
    const length = Math.max(
      0,
      ...p.names.filter((n) => n.length >= 2 && address.includes(n)).map((n) => n.length),
    );
    if (!length) continue;
    const r = rank(p);
    const top = best[0];
    if (!top || r < top.rank || (r === top.rank && length > top.length))
      best = [{ place: p, rank: r, length }];
    else if (r === top.rank && length === top.length && top.place.id !== p.id)
      best.push({ place: p, rank: r, length });
  }
  if (!best.length) return null;
  return best.length === 1 ? { place: best[0]!.place } : { ambiguous: best.map((b) => b.place) };
}

type EnterpriseRec = Bundle['enterprises'][number];
type FigureRec = Bundle['figures'][number];

const TAG_SPLIT = /[,，、;；/|\s]+/;

export async function importList(
  db: Database,
  bytes: Buffer,
  fileName: string,
  options: ListOptions = {},
): Promise<ListSummary> {
  const actor: Actor = options.actor ?? { kind: 'cli', id: 'list-import', name: 'list import' };
  const table: ListTable = await readList(bytes, fileName);
  const { at, tagColumns, unknown, unitOf, yearOf } = mapColumns(table.header);
  if (at.name === undefined)
    throw badInput(
      'file',
      `no column names the enterprise (企业名称, 公司名称, name …); the headers are: ${table.header.join(', ')}`,
    );
  if (options.date && !parseDate(options.date))
    throw badInput('date', 'a date: YYYY, YYYY-MM or YYYY-MM-DD');
  const sha256 = createHash('sha256').update(table.text, 'utf8').digest('hex');
  const sourceId = `list-${sha256.slice(0, 12)}`;
  const title = (options.title ?? path.basename(fileName).replace(/\.[^.]+$/, '')).trim();
  const cell = (row: string[], f: Field) => (at[f] === undefined ? '' : (row[at[f]] ?? '').trim());

  // The graph's places, firms this list may name, and which mapped segments exist: three reads.
  const codes = table.rows
    .map((r) => normaliseCreditCode(cell(r, 'creditCode')))
    .filter((c): c is string => c !== null);
  const names = [
    ...new Set(table.rows.flatMap((r) => [cell(r, 'name'), cell(r, 'aliases')]).filter(Boolean)),
  ];
  const segmentIds = [...new Set([...mappingTable().values()].map((m) => m.segment))];
  const [placeRows, firmRows, missingSegments] = await Promise.all([
    db.read('lists/places', {}),
    db.read('lists/match-enterprises', { codes, names }),
    db.read('dataset/missing-uids', { uids: segmentIds.map((s) => uid('ChainSegment', s)) }),
  ]);
  const absentSegments = new Set(missingSegments.map((r) => String(r.uid).split(':')[1]));
  const places: Place[] = placeRows.map((p) => ({
    id: String(p.id),
    names: [String(p.name), ...((p.aliases as string[]) ?? [])],
    level: String(p.level),
    district: (p.district as string | null) ?? undefined,
  }));
  const firms = firmRows.map((f) => ({
    id: String(f.id),
    name: String(f.name),
    names: [String(f.name), ...((f.aliases as string[]) ?? [])],
    creditCode: (f.creditCode as string | null) ?? null,
  }));
  const matchedIds = new Set<string>();

  const summary: ListSummary = {
    source: { id: sourceId, title, rows: table.rows.length, encoding: table.encoding },
    columns: Object.fromEntries(
      Object.entries(at).map(([f, i]) => [f, table.header[i as number]!]),
    ) as ListSummary['columns'],
    unknownColumns: unknown,
    dryRun: Boolean(options.dryRun),
    created: 0,
    updated: 0,
    unchanged: 0,
    held: 0,
    rejected: 0,
    unlocated: 0,
    unmapped: 0,
    notes: [],
    issues: [],
  };
  const issue = (i: number, outcome: RowIssue['outcome'], reason: string) => {
    summary.issues.push({
      row: i + 2,
      outcome,
      reason,
      name: cell(table.rows[i]!, 'name'),
      values: table.rows[i]!,
    });
    summary[outcome] += 1;
  };
  const note = (i: number, text: string) => summary.notes.push({ row: i + 2, note: text });
  // Revenue is a year's: the header says which (2023年营业收入), or the figures have no year.
  if (at.revenue !== undefined && !yearOf.revenue)
    summary.notes.push({
      row: 1,
      note: `${table.header[at.revenue]} states no year: its figures are written without one (name it in the header, e.g. 2023年营业收入)`,
    });

  // First pass: decide each row's firm (new or matched) and what it states.
  interface Planned {
    i: number;
    span: Span;
    existingId?: string;
    id: string;
    stated: {
      name: string;
      alias?: string;
      creditCode?: string;
      stockCode?: string;
      industryCode?: string;
      foundedOn?: string;
      tags: string[];
      place?: Place;
      segment?: Mapping;
      capital?: { valueYi: number; stated: number; unit: string };
      revenue?: { valueYi: number; stated: number; unit: string };
    };
  }
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const name = cell(row, 'name');
    if (!name) return issue(i, 'rejected', 'no enterprise name (企业名称) in the row');
    const rawCode = cell(row, 'creditCode');
    const code = rawCode ? normaliseCreditCode(rawCode) : null;
    if (rawCode && !code) return issue(i, 'rejected', creditCodeProblem(rawCode)!);
    const key = code ?? `name:${name}`;
    if (seen.has(key))
      return issue(i, 'held', `the same firm as row ${seen.get(key)! + 2} of this list`);
    seen.set(key, i);

    // Matching: the code first, then the name or alias; never a guess between several.
    let existingId: string | undefined;
    const byCode = code ? firms.find((f) => f.creditCode === code) : undefined;
    if (byCode) existingId = byCode.id;
    else {
      const alias = cell(row, 'aliases');
      const byName = firms.filter(
        (f) => f.names.includes(name) || (alias !== '' && f.names.includes(alias)),
      );
      if (byName.length > 1)
        return issue(
          i,
          'held',
          `the name matches several firms in the graph (${byName.map((f) => `${f.name} [${f.id}]`).join(', ')}): say which`,
        );
      if (byName.length === 1) {
        const f = byName[0]!;
        // A short name alone is too weak to merge two firms on (宇通 for 宇通客车 and 宇通重工).
        if (!f.names.includes(name))
          return issue(
            i,
            'held',
            `only the short name “${alias}” matches ${f.name} [${f.id}]: confirm it is the same firm`,
          );
        if (code && f.creditCode && f.creditCode !== code)
          return issue(
            i,
            'held',
            `the name matches ${f.name} [${f.id}], whose 统一社会信用代码 is ${f.creditCode}, not ${code}`,
          );
        existingId = f.id;
      }
    }
    if (existingId && matchedIds.has(existingId))
      return issue(i, 'held', `another row of this list matched the same firm [${existingId}]`);
    if (existingId) matchedIds.add(existingId);

    // Location: the park or district columns, else the address.
    let place: Place | undefined;
    const parkCell = cell(row, 'park');
    const districtCell = cell(row, 'district');
    const named = (text: string, levels: (l: string) => boolean) =>
      places.filter((p) => levels(p.level) && p.names.includes(text));
    if (parkCell || districtCell) {
      const parks = parkCell ? named(parkCell, (l) => l === 'park') : [];
      const districts = districtCell ? named(districtCell, (l) => l !== 'park') : [];
      place = parks.length === 1 ? parks[0] : districts.length === 1 ? districts[0] : undefined;
      if (!place)
        note(i, `location “${parkCell || districtCell}” is no known park or district: left out`);
    } else if (cell(row, 'address')) {
      const found = placeInAddress(cell(row, 'address'), places);
      if (found && 'place' in found) place = found.place;
      else if (found)
        note(
          i,
          `the address names several places (${found.ambiguous.map((p) => p.id).join(', ')}): location left out`,
        );
    }
    if (!place) summary.unlocated += 1;

    const industryRaw = cell(row, 'industryCode').replace(/\s/g, '').toUpperCase();
    // Stored as its digits: C1432 and 1432 are the same class (the letter is the section).
    const industryCode = /^[A-T]?\d{2,4}$/.test(industryRaw)
      ? industryRaw.replace(/^[A-T]/, '')
      : undefined;
    if (industryRaw && !industryCode)
      note(i, `industry code “${industryRaw}” is not a GB/T 4754 code: left out`);
    let segment = industryCode ? segmentOfCode(industryCode) : undefined;
    if (segment && absentSegments.has(segment.segment)) {
      note(i, `segment ${segment.segment} of code ${industryCode} is not in the graph: not mapped`);
      segment = undefined;
    }
    if (!segment) summary.unmapped += 1;

    const tags = new Set<string>();
    for (const t of cell(row, 'tags').split(TAG_SPLIT)) {
      const tag = t && tagOf(t);
      if (tag) tags.add(tag);
    }
    for (const c of tagColumns) if (truthy(row[c.index] ?? '')) tags.add(c.tag);
    const stock = cell(row, 'stockCode').toUpperCase();
    const stockCode = STOCK_CODE.test(stock) ? stock : undefined;
    if (stock && !stockCode) note(i, `股票代码 “${stock}” is not a stock code: left out`);
    if (stockCode) tags.add('上市公司');
    if (tags.has('小巨人')) tags.add('专精特新'); // every 小巨人 is a 专精特新 firm

    const money = (f: Field) => {
      const raw = cell(row, f);
      if (!raw) return undefined;
      const m = parseMoney(raw, unitOf[f]);
      if (m === 'no-unit') note(i, `${table.header[at[f]!]} “${raw}” states no unit: left out`);
      else if (!m) note(i, `${table.header[at[f]!]} “${raw}” is not an amount: left out`);
      return m && m !== 'no-unit' ? m : undefined;
    };
    const founded = cell(row, 'foundedOn');
    const foundedOn = founded ? parseDate(founded) : undefined;
    if (founded && !foundedOn) note(i, `成立日期 “${founded}” is not a date: left out`);
    const alias = cell(row, 'aliases');
    planned.push({
      i,
      span: { source: sourceId, ...table.spans[i]! },
      existingId,
      id: existingId ?? (code ? `e-${code.toLowerCase()}` : `e-${hashOf(name)}`),
      stated: {
        name,
        alias: alias && alias !== name ? alias : undefined,
        creditCode: code ?? undefined,
        stockCode,
        industryCode,
        foundedOn,
        tags: [...tags],
        place,
        segment,
        capital: money('registeredCapital'),
        revenue: money('revenue'),
      },
    });
  });

  // Second pass: the records as they will be, merged into the stored ones for matched firms.
  const storedRecords = await exportRecords(db, 'enterprises', [...matchedIds]);
  const stored = storedRecords.bundle.enterprises;
  // The firms the list creates or changes: the versions they were read at, and their change sets
  // (written in the import's transaction, in three statements whatever the list's length).
  const expected = new Map<string, number | null>();
  let untouched = 0;
  const changes: Record<string, unknown>[] = [];
  const now = new Date().toISOString();
  const enterprises: EnterpriseRec[] = [];
  const figures: FigureRec[] = [];
  for (const p of planned) {
    const s = p.stated;
    const current = stored.find((e) => e.id === p.existingId);
    const place =
      s.place?.level === 'park'
        ? { park: s.place.id, district: s.place.district }
        : s.place
          ? { district: s.place.id }
          : {};
    const segments = s.segment
      ? [
          {
            segment: s.segment.segment,
            basis: `GB/T 4754-2017 ${s.segment.code} ${s.segment.title}: ${s.segment.basis}`,
            evidence: [p.span],
          },
        ]
      : [];
    let record: EnterpriseRec;
    if (!current) {
      record = {
        id: p.id,
        name: s.name,
        aliases: s.alias ? [s.alias] : undefined,
        kind: 'company',
        tags: s.tags.length ? s.tags : undefined,
        ...place,
        creditCode: s.creditCode,
        stockCode: s.stockCode,
        industryCode: s.industryCode,
        foundedOn: s.foundedOn,
        segments: segments.length ? segments : undefined,
        evidence: [p.span],
      } as EnterpriseRec;
    } else {
      if (current.reference) {
        issue(
          p.i,
          'held',
          `matches ${current.name} [${current.id}], a reference record (public knowledge): an editor adds the list's facts to it`,
        );
        continue;
      }
      const conflicts = (['creditCode', 'stockCode', 'industryCode', 'foundedOn'] as const).filter(
        (f) => s[f] && current[f] && s[f] !== current[f],
      );
      if (conflicts.length) {
        issue(
          p.i,
          'held',
          `the list and the graph disagree on ${conflicts.map((f) => `${f} (${s[f]} vs ${current[f]})`).join(', ')}: an editor decides`,
        );
        continue;
      }
      record = structuredClone(current);
      record.creditCode ??= s.creditCode;
      record.stockCode ??= s.stockCode;
      record.industryCode ??= s.industryCode;
      record.foundedOn ??= s.foundedOn;
      const aliases = new Set(record.aliases ?? []);
      for (const a of [s.name, s.alias]) if (a && a !== record.name) aliases.add(a);
      record.aliases = aliases.size ? [...aliases] : record.aliases;
      const newTags = s.tags.filter((t) => !(record.tags ?? []).includes(t));
      if (newTags.length) {
        if (record.tagsBy?.reference)
          note(p.i, `tags ${newTags.join('、')} not added: the firm's tags rest on a reference`);
        else {
          record.tags = [...(record.tags ?? []), ...newTags];
          // The tags now rest on the row too: beside the record's spans, or its tags' own.
          if (record.tagsBy?.evidence)
            record.tagsBy = { evidence: [...record.tagsBy.evidence, p.span] };
        }
      }
      if (!record.district && !record.park && s.place) {
        Object.assign(record, place);
        record.locatedBy = { evidence: [p.span] };
      } else if (s.place && ![record.district, record.park].includes(s.place.id))
        note(p.i, `the list places it in ${s.place.id}; the graph's location is kept`);
      for (const seg of segments)
        if (!(record.segments ?? []).some((x) => x.segment === seg.segment))
          record.segments = [...(record.segments ?? []), seg];
      const changed = stableJson(record) !== stableJson(current);
      if (changed && !(record.evidence ?? []).some((e) => e.source === sourceId))
        record.evidence = [...(record.evidence ?? []), p.span];
    }
    const figure = (kind: 'registered_capital' | 'revenue', m: NonNullable<typeof s.capital>) =>
      figures.push({
        id: `f-${p.id}-${kind.replace('_', '-')}-${sourceId}`,
        subject: { kind: 'enterprise', id: p.id },
        kind,
        valueYi: m.valueYi,
        stated: m.stated,
        unit: m.unit,
        qualifier: 'exact',
        ...(kind === 'revenue' && yearOf.revenue ? { year: yearOf.revenue } : {}),
        evidence: [p.span],
      } as FigureRec);
    if (s.capital) figure('registered_capital', s.capital);
    if (s.revenue) figure('revenue', s.revenue);
    // Each firm the list creates or changes is written as an edit is: its lock and version checked
    // in the import's transaction (a firm created or changed meanwhile by an edit is a conflict,
    // not overwritten), and a change set recorded, so its history shows the list and row.
    if (current && stableJson(record) === stableJson(current)) {
      // A firm the list leaves as it is stays out of the write: rewriting it unlocked could undo
      // an edit made while the list was read.
      untouched += 1;
      continue;
    }
    const version = current ? (storedRecords.versions.get(record.id) ?? 1) : null;
    expected.set(uid('Enterprise', record.id), version);
    changes.push(
      changeRow({
        actor,
        reason: `enterprise list ${title}, row ${p.i + 2}`,
        operation: current ? 'update' : 'create',
        label: 'Enterprise',
        recordId: record.id,
        versionBefore: version,
        versionAfter: (version ?? 0) + 1,
        before: current ?? null,
        after: record,
        provenance: { evidence: [p.span] },
        at: now,
      }),
    );
    enterprises.push(record);
  }

  const bundle = {
    sources: [
      {
        id: sourceId,
        file: path.basename(fileName),
        title,
        publisher: options.publisher,
        publishedOn: options.date ? parseDate(options.date) : undefined,
        sha256,
        kind: 'list',
        text: table.text,
      },
    ],
    enterprises,
    figures,
  };
  const parsed = parseBundle(bundle, path.basename(fileName));
  if (!parsed.bundle) throw new DatasetError(parsed.problems);
  if (options.dryRun) {
    const existing = new Set(stored.map((e) => e.id));
    summary.created = enterprises.filter((e) => !existing.has(e.id)).length;
    summary.updated = enterprises.length - summary.created;
    summary.unchanged = untouched;
    return summary;
  }
  const uids = [...expected.keys()];
  const { summary: written } = await importLoaded(
    db,
    loadedFrom(parsed.bundle, path.basename(fileName)),
    {
      before: uids.length
        ? [
            { key: 'edits/lock-many', params: { uids } },
            {
              key: 'edits/versions',
              params: { uids },
              check: (rows) => {
                const moved = rows.filter((r) => r.version !== expected.get(String(r.uid)));
                if (moved.length)
                  throw new AppError(
                    ErrorCode.VERSION_CONFLICT,
                    `${moved.map((r) => `${String(r.uid)} (${r.version === null ? 'gone' : `now version ${String(r.version)}`}, read at ${String(expected.get(String(r.uid)) ?? 'absent')})`).join(', ')} changed while the list was read: import it again`,
                    { records: moved.map((r) => r.uid) },
                  );
              },
            },
          ]
        : [],
      after: changes.length ? [{ key: 'edits/record-changes', params: { changes } }] : [],
    },
  );
  summary.import = written;
  summary.created = written.created.Enterprise ?? 0;
  summary.updated = written.updated.Enterprise ?? 0;
  summary.unchanged = untouched + (written.unchanged.Enterprise ?? 0);
  return summary;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The rows not written, as CSV for a spreadsheet (UTF-8 with BOM): row, outcome, reason, the row. */
export function rejectsCsv(summary: ListSummary, header: string[]): string {
  return `\uFEFF${stringify(
    [
      ['行号 row', '结果 outcome', '原因 reason', ...header],
      ...summary.issues.map((x) => [String(x.row), x.outcome, x.reason, ...x.values]),
    ],
    { record_delimiter: '\r\n' },
  )}`;
}
