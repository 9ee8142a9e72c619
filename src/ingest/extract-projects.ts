/**
 * Rule-based extraction of projects (项目) from an article's text, with what the text says about
 * each: the 三个一批 lists it is on (a period's batch, or a district's roster), where it is
 * (district or park), and the enterprises behind it. Each proposal carries its character span and
 * a confidence; nothing is written before an editor accepts it.
 *
 * The rules read the set phrases of government and news writing about projects:
 * - a project name ends in a project word (项目, 产业园, 基地, 总部, 中心, 平台, 港 …), possibly
 *   followed by a phase (（一期）) and 项目, and starts at its clause, after lead-in words
 *   (走进, 加快推动, 包括 …);
 * - a 三个一批 list is a header (“开工一批”项目24个：) followed by names separated by 、, where a
 *   parenthesis (（第五期开工项目）) puts the names since the previous one on that period's list;
 *   a header after 现有…项目N个 is the district's roster, not a period's listing;
 * - a project's place is a region named in its own name, else the nearest region named before it
 *   in its sentence or paragraph, else the region the article is about;
 * - its enterprises are a registered company name (…有限公司, …集团) at the head of the project
 *   name or after 由 (…开发运营/投资建设), or a name the graph already knows.
 *
 * The text is read with its layout removed (line breaks and spaces inside names, as PDF
 * conversions leave them); every offset reported is into the original text.
 */

export type ListKind = 'signed' | 'started' | 'in_production';

export interface Region {
  id: string;
  kind: 'district' | 'park';
  names: string[];
  /** A city or province: a place, but too coarse to locate a project when a district is named. */
  coarse?: boolean;
  /** A park's district. */
  district?: string | null;
  /** A district's level (province, city, district, functional_zone …). */
  level?: string | null;
}

export interface KnownName {
  id: string;
  names: string[];
}

export interface Gazetteer {
  regions: Region[];
  /** Enterprises the graph knows (names and aliases). */
  enterprises: KnownName[];
}

export interface Membership {
  period: number;
  list: ListKind;
  /** Set for a roster (a district's portfolio at a period); null for a period's own listing. */
  region: string | null;
  start: number;
  end: number;
}

export interface ProjectCandidate {
  name: string;
  start: number;
  end: number;
  confidence: number;
  status: 'signed' | 'under_construction' | 'in_production' | null;
  district: string | null;
  park: string | null;
  /** How the place was read: own name, sentence, paragraph, article. */
  placeBy: 'name' | 'sentence' | 'paragraph' | 'article' | null;
  enterprises: { name: string; id: string | null; role: string }[];
  memberships: Membership[];
  /** 占地 (亩) and 建筑面积 (m²) its sentence states right after its name, with their span. */
  landAreaMu?: { value: number; start: number; end: number };
  floorAreaSqm?: { value: number; start: number; end: number };
}

// ---------------------------------------------------------------------------------------------
// The text without its layout, with a map back to the original offsets.

interface Flat {
  s: string;
  at: number[];
}

function flatten(text: string): Flat {
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (/\s/.test(ch) || ch === '\u3000') continue;
    s += ch;
    at.push(i);
  }
  at.push(text.length);
  return { s, at };
}

const span = (f: Flat, a: number, b: number) => ({ start: f.at[a]!, end: f.at[b - 1]! + 1 });

/**
 * The index of the first item starting at or after `x` in a list sorted by start: a hit of the
 * flattened text (`a`) or a span of the original one (`start`).
 */
export function firstFrom<T extends { a: number } | { start: number }>(
  sorted: readonly T[],
  x: number,
): number {
  const startOf = (t: T) => ('a' in t ? t.a : t.start);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(sorted[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the sentence holding `at` starts (a scan bounded by `max`: unpunctuated text stays linear). */
function sentenceStart(f: Flat, at: number, max = MAX_SENTENCE): number {
  let from = at;
  while (from > 0 && at - from < max && !SENTENCE_END.test(f.s[from - 1]!)) from -= 1;
  return from;
}

/** Where the sentence holding `at` ends (exclusive; bounded by `max`). */
function sentenceEnd(f: Flat, at: number, max = MAX_SENTENCE): number {
  let to = at;
  while (to < f.s.length && to - at < max && !SENTENCE_END.test(f.s[to]!)) to += 1;
  return to;
}

/** Names as compared across texts: spaces, bracket widths and a trailing 项目 aside. */
export const normaliseName = (s: string): string =>
  s.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/项目$/, '');

/** The items starting in [lo, hi) of a list sorted by start: a binary search, not a scan. */
function startingIn<T extends { a: number }>(sorted: T[], lo: number, hi: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(sorted, lo); i < sorted.length && sorted[i]!.a < hi; i += 1)
    out.push(sorted[i]!);
  return out;
}

/**
 * The district the stretch before `at` (600 characters) names most, ties to the nearest: where a
 * section about one district puts what it names.
 */
function mostNamedBefore(regions: RegionHit[], at: number): RegionHit | undefined {
  const stretch = startingIn(regions, at - 640, at).filter(
    (r) => r.kind === 'district' && !r.coarse && r.b <= at && at - r.b < 600,
  );
  const tally = new Map<string, number>();
  for (const r of stretch) tally.set(r.id, (tally.get(r.id) ?? 0) + 1);
  const top = Math.max(0, ...tally.values());
  return stretch.filter((r) => tally.get(r.id) === top).pop();
}

const BREAK = /[，,。；;！!？?：:、“”"「」‘’《》—…|]/;
const SENTENCE_END = /[。！!？?；;]/;
/** A sentence longer than this is no sentence (an unpunctuated text): scans stop there, so reading stays linear. */
const MAX_SENTENCE = 600;

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGITS[s[1]!] ?? 0);
  if (s.length === 3 && s[1] === '十') return CN_DIGITS[s[0]!]! * 10 + CN_DIGITS[s[2]!]!;
  if (s.length === 2 && s[1] === '十') return CN_DIGITS[s[0]!]! * 10;
  return s.length === 1 ? CN_DIGITS[s]! : null;
}

const LIST_OF: Record<string, ListKind> = {
  签约: 'signed',
  开工: 'started',
  投产: 'in_production',
  签约转开工: 'signed',
};
const STATUS_OF: Record<ListKind, ProjectCandidate['status']> = {
  signed: 'signed',
  started: 'under_construction',
  in_production: 'in_production',
};

// ---------------------------------------------------------------------------------------------
// Project names.

/** Words a project name ends with; a phase and 项目 may follow. */
const PHASE = '(?:[（(][一二三四五六七八九十、东西南北区期]+[）)]|[一二三四五六七八九十]期)';
const END_WORDS =
  '项目|产业园|科技园|工业园区|智慧港|科技港|企业港|总部港|产业港|贸易港|基地|总部|研发中心|创新中心|数据中心|示范中心|指挥中心|交易中心|物流中心|医学中心|中试平台|生产线|度假区|博览馆|研究院';
const NAME_END = new RegExp(`(${END_WORDS})((?:[东西南北]区)?${PHASE}?(?:项目)?${PHASE}?)`, 'g');

/** Words that open a clause before a name: verbs of bringing and building, list words, references. */
const LEAD_IN =
  /^(?:其中|此外|同时|另外|据了解|目前|今年|去年|近年来|新春伊始|走进|来到|位于|作为|加快推动|加快推进|大力推进|积极推进|全力推进|推动|推进|加快|吸引|引进|促进|力争|实现|助力|包括|包含|分别为|分别是|如|有|是|为|以及|和|与|由|在|对|将|已|正|及|等|主要建设|重点建设|建设|建成投用|建成|投用|签约|开工|投产|落地|入选|启动|举行|续建|以|把|将成为|成为|加快谋划建设|谋划建设|谋划建立|谋划|建立|全市累计签约\d+个重大项目|\d+号地)+/;

/** Lead-in words that open a list of projects (包括A、B、C). */
const LIST_INTRO =
  /^(?:其中|包括|分别为|分别是|建成投用|投用|建成|签约|开工|投产|引进|吸引|推动|加快推动|有|以)/;

/** A name made only of these is a generic phrase, not a project. */
const GENERIC =
  /^(?:[\d一二三四五六七八九十百千万亿]+个?|[一二三四五六七八九十]+期|重大|重点|产业|工业|新|大|该|本|此|这些?|一批|各类?|相关|招商引资|亿元以上|在建|新开工|续建|拟建|省市|全省|全市|全区|我市|我省|配套|基础设施|中小)*(?:项目|产业园|基地|总部|中心|平台|港|生产线)$/;

/** Phrases that make a would-be name a description, a count or a policy, not a project. */
const NOT_A_NAME = new RegExp(
  [
    '三个一批',
    '一批',
    '项目为王',
    '[这该本此每各]个?项目',
    '^(?:这|该|此|本|每|各|所有|前.{1,2}期)',
    '重大项目',
    '重点项目',
    '项目建设',
    '等',
    '个项目',
    '\\d+个',
    '亿元',
    '的.{0,8}$',
    '[型类级性]项目$',
    '(?:合作|签约|招商|定制)项目$',
    '国道|高速|公路|大桥|营商环境|机制',
    '^.{0,8}(?:推进|推动|坚持|通过|优化|掌握|明确|解决|分析|完善|增加|按照|聚焦|拓展|秉持|抓|要求|努力|确保|完成|剩余|争取|申创|谋划|涉及|开创|不断|协调|一个个|着力|全年|新签约|新开工|招商|改造|借款|试点|示范项目|高质量|大项目|产城更新|预计)',
  ].join('|'),
);

function stripLeadIn(s: string): number {
  const m = LEAD_IN.exec(s);
  return m ? m[0].length : 0;
}

interface NameHit {
  a: number;
  b: number;
  name: string;
}

/** The project names of a clause (flat offsets a..b); the name runs to its last project word. */
function namesInClause(f: Flat, a: number, b: number, item = false): NameHit[] {
  // A "clause" this long is unpunctuated text, not a clause: no name is read from it.
  if (b - a > 300) return [];
  let clause = f.s.slice(a, b);
  const cut = clause.indexOf('以及'); // "A项目以及B项目": two names
  if (cut > 0)
    return [...namesInClause(f, a, a + cut, item), ...namesInClause(f, a + cut + 2, b, item)];
  const lead = stripLeadIn(clause);
  clause = clause.slice(lead);
  if (item) {
    // An item of a list of projects is a name whole, with or without a project word.
    let name = clause.replace(/等.*$/, '').replace(/(?:项目)?(?:落地|建设|签约|开工|投产)$/, '');
    // Words after the last project word are the sentence going on (…项目两宗, …项目也在全力冲刺).
    const ends = [...name.matchAll(NAME_END)];
    const last = ends.pop();
    if (last) name = name.slice(0, last.index! + last[0].length);
    if (name.length < 2 || name.length > 60 || GENERIC.test(name) || NOT_A_NAME.test(name))
      return [];
    return [{ a: a + lead, b: a + lead + name.length, name }];
  }
  let end = -1;
  for (const m of clause.matchAll(NAME_END)) {
    // A component list (涵盖/包括 … 中心) is not the project's own name.
    if (/涵盖|包含|包括|集合|依托|主要建设|引进/.test(clause.slice(0, m.index))) break;
    end = m.index! + m[0].length;
  }
  if (end < 0) return [];
  let name = clause.slice(0, end);
  // A project word inside the clause's predicate ("…园区项目打造成为…基地") is not its end.
  const verb =
    /(?:打造成为|打造|建设成|建成|成为|将成为|实现|位列|获批|入驻|进驻|已基本|已|正在|也在|是|为)/.exec(
      name,
    );
  if (verb && verb.index > 1) name = name.slice(0, verb.index);
  const trimmed = name.replace(/^[（(][^）)]*[）)]/, '');
  const start = a + lead + (name.length - trimmed.length);
  name = trimmed;
  // A quoted head belongs to the name: “郑上文脉活力带”城市更新项目.
  let start2 = start;
  if (start === a && f.s[a - 1] === '”' && name.length >= 4) {
    const open = f.s.lastIndexOf('“', a - 2);
    if (open >= 0 && a - open <= 16) {
      start2 = open;
      name = f.s.slice(open, a) + name;
    }
  }
  // Outside a list a name is at least six characters and does not open with a number
  // (研发中心, 312公里高速公路项目 are parts and counts, not projects).
  if (name.length < 6 || name.length > 60 || /^\d/.test(name)) return [];
  if (GENERIC.test(name) || NOT_A_NAME.test(name)) return [];
  if (!new RegExp(`(?:${END_WORDS})(?:[东西南北]区)?${PHASE}?(?:项目)?${PHASE}?$`).test(name))
    return [];
  // Two names joined by 和 (国际食品贸易港和现代食品产业园).
  const and = name.indexOf('和');
  if (and > 3 && new RegExp(`(?:${END_WORDS})$`).test(name.slice(0, and)) && name.length - and > 4)
    return [
      { a: start2, b: start2 + and, name: name.slice(0, and) },
      { a: start2 + and + 1, b: start2 + name.length, name: name.slice(and + 1) },
    ];
  return [{ a: start2, b: start2 + name.length, name }];
}

// ---------------------------------------------------------------------------------------------
// Regions, enterprises.

interface RegionHit {
  id: string;
  kind: 'district' | 'park';
  coarse: boolean;
  a: number;
  b: number;
}

function regionHits(f: Flat, regions: Region[]): RegionHit[] {
  const hits: RegionHit[] = [];
  for (const r of regions)
    for (const n of r.names) {
      if (n.length < 2 || /^[A-Za-z]/.test(n)) continue;
      let i = f.s.indexOf(n);
      while (i >= 0) {
        hits.push({ id: r.id, kind: r.kind, coarse: !!r.coarse, a: i, b: i + n.length });
        i = f.s.indexOf(n, i + n.length);
      }
    }
  // The longest name at a place wins (郑州高新区 over 高新区).
  hits.sort((x, y) => x.a - y.a || y.b - y.a - (x.b - x.a));
  // Sorted by start, longest first: a hit is inside an earlier one when an earlier one ends at or
  // after its end (one sweep, not a pairwise check).
  let reach = -1;
  return hits.filter((h) => {
    const inside = h.b <= reach;
    reach = Math.max(reach, h.b);
    return !inside;
  });
}

/** A registered company's suffix: 集团有限公司 whole (not cut at 集团), or 集团 alone. */
const FIRM_SUFFIX = '(?:集团)?(?:股份有限公司|有限责任公司|有限公司)|集团(?!股份|有限)';
const COMPANY = new RegExp(`^(.{2,30}?(?:${FIRM_SUFFIX}))`);

function enterprisesOf(
  name: string,
  after: string,
  known: KnownName[],
): ProjectCandidate['enterprises'] {
  const out: ProjectCandidate['enterprises'] = [];
  const add = (n: string, role: string) => {
    const k = known.find((e) => e.names.includes(n));
    if (!out.some((o) => o.name === n || (k && o.id === k.id)))
      out.push({ name: n, id: k?.id ?? null, role });
  };
  const head = COMPANY.exec(name);
  if (head) add(head[1]!, 'investor');
  else {
    // A name the graph knows at the head of the project name (安图生物体外诊断…).
    let best: { n: string; id: string } | undefined;
    for (const e of known)
      for (const n of e.names)
        if (n.length >= 2 && name.startsWith(n) && name.length > n.length + 1)
          if (!best || n.length > best.n.length) best = { n, id: e.id };
    if (best) add(best.n, 'investor');
  }
  const by = new RegExp(`^.{0,60}?由(.{2,40}?(?:${FIRM_SUFFIX}))(?:投资|开发|建设|运营)`).exec(
    after,
  );
  if (by) add(by[1]!, 'developer');
  return out;
}

// ---------------------------------------------------------------------------------------------
// 三个一批 lists.

interface ListScope {
  /** Where the header (“签约一批”项目6个：) starts: a listing's span includes it. */
  h: number;
  a: number;
  b: number;
  list: ListKind;
  period: number | null;
  roster: boolean;
}

/** The 三个一批 list headers and the stretch of text each governs. */
function listScopes(f: Flat): ListScope[] {
  const scopes: ListScope[] = [];
  const header =
    /(?:(第[一二三四五六七八九十\d]+期)?["“]?三个一批["”]?)?["“]?(签约|开工|投产)(?:一批)?["”]?项目(?:\d+个)?(?:[：:]|，?分别为|——)/g;
  for (const m of f.s.matchAll(header)) {
    const a = m.index! + m[0].length;
    let b = a;
    while (b < f.s.length && b - a < MAX_SENTENCE && !/[。；;]/.test(f.s[b]!)) b += 1;
    // The list ends where its total (，总投资 …) or 等 begins.
    const tail = /(?:等)?[，,](?:总投资|合计|共计)|等[，,。]/.exec(f.s.slice(a, b));
    if (tail) b = a + tail.index;
    const before = f.s.slice(Math.max(0, m.index! - 2000), m.index!);
    const own = m[1] ? chineseNumber(m[1].slice(1, -1)) : null;
    // 现有七期“三个一批”项目37个 shortly before the header: the district's roster at that period.
    // The header may come after other lists of the same roster, not after another period named
    // outside a list's notes.
    let rosterAt: RegExpMatchArray | undefined = [
      ...before.matchAll(/现有(?:第)?([一二三四五六七八九十\d]+)期["“]?三个一批/g),
    ].pop();
    if (
      rosterAt &&
      /第[一二三四五六七八九十\d]+期["“]?三个一批/.test(before.slice(rosterAt.index! + 4))
    )
      rosterAt = undefined;
    // Else the period the text is about: 全省第十二期“三个一批”…举行。…“签约一批”项目2个：…
    const current = [
      ...before.slice(-1500).matchAll(/(?:^|[^（(])第([一二三四五六七八九十\d]+)期["“]?三个一批/g),
    ].pop();
    scopes.push({
      h: m.index!,
      a,
      b,
      list: LIST_OF[m[2]!]!,
      period:
        own ??
        (rosterAt ? chineseNumber(rosterAt[1]!) : current ? chineseNumber(current[1]!) : null),
      roster: !own && !!rosterAt,
    });
  }
  return scopes;
}

// ---------------------------------------------------------------------------------------------

export function extractProjects(text: string, gaz: Gazetteer): ProjectCandidate[] {
  const f = flatten(text);
  const regions = regionHits(f, gaz.regions);

  const scopes = listScopes(f);
  // Parenthesised period notes inside lists: （第五期开工项目）.
  const notes = [
    ...f.s.matchAll(/[（(]第([一二三四五六七八九十\d]+)期(签约转开工|签约|开工|投产)项目[）)]/g),
  ].map((m) => ({
    a: m.index!,
    b: m.index! + m[0].length,
    period: chineseNumber(m[1]!),
    list: LIST_OF[m[2]!]!,
  }));

  const noteAt = new Map(notes.map((n) => [n.a, n]));
  // Clauses: split at punctuation, a doubled dash (——, not the dash of 中国—匈牙利) and the notes.
  const isBreak = (i: number) =>
    BREAK.test(f.s[i]!) && (f.s[i] !== '—' || f.s[i - 1] === '—' || f.s[i + 1] === '—');
  const clauses: { a: number; b: number; sep: string }[] = [];
  let c = 0;
  let depth = 0;
  for (let i = 0; i <= f.s.length; i += 1) {
    const note = noteAt.get(i);
    if (!note && (f.s[i] === '（' || f.s[i] === '(')) depth += 1;
    if (f.s[i] === '）' || f.s[i] === ')') depth = Math.max(0, depth - 1);
    // 、 inside parentheses (安图生物体外诊断产业园(一、二、三期)) does not split.
    if (i === f.s.length || note || (isBreak(i) && !(depth > 0 && f.s[i] === '、'))) {
      if (i > c) clauses.push({ a: c, b: i, sep: note ? '、' : (f.s[i] ?? '') });
      c = note ? note.b : i + 1;
      if (note) i = note.b - 1;
    }
  }
  // A run of three or more clauses joined by 、 of which one names a project is a list of
  // projects, each item a name (豫喆、华耀、…、中欧班列集结调度指挥中心); not a list of a
  // project's parts (该项目涵盖…中心、…中心).
  const inList = new Set<number>();
  const parts = new Set<number>();
  for (let i = 0; i < clauses.length;) {
    let j = i;
    while (j < clauses.length - 1 && clauses[j]!.sep === '、') j += 1;
    const run = clauses.slice(i, j + 1);
    const head = f.s.slice(Math.max(0, run[0]!.a - 12), run[0]!.b);
    const named = run.filter((r) => namesInClause(f, r.a, r.b).length).length;
    // …、…等（重点/标志性）项目: the items are projects whatever their words.
    const closing = /等.{0,6}项目/.test(f.s.slice(run[run.length - 1]!.a, run[run.length - 1]!.b));
    const ofParts =
      run.length >= 2 &&
      /(?:项目|园区)(?:主要)?(?:涵盖|包含|包括)|主要建设|依托|集合|围绕|聚焦|建立|打造|形成|设有/.test(
        head,
      );
    // …、…等三大片区 / 等园区建设: a list of parks or platforms, not of projects.
    const ofPlaces =
      run.length >= 2 &&
      /等.{0,6}(?:园区|片区|平台|载体|集群|企业)/.test(
        f.s.slice(run[run.length - 1]!.a, run[run.length - 1]!.b + 12),
      );
    if (ofParts || ofPlaces) for (let k = i; k <= j; k += 1) parts.add(k);
    else if (
      (run.length >= 3 &&
        named > 0 &&
        (2 * named >= run.length || LIST_INTRO.test(f.s.slice(run[0]!.a, run[0]!.b)))) ||
      (run.length >= 2 && closing)
    )
      for (let k = i; k <= j; k += 1) inList.add(k);
    i = j + 1;
  }
  // The 三个一批 list a stretch is in (scopes are sorted and do not overlap).
  const scopeOf = (a: number, b: number) => {
    const s = scopes[firstFrom(scopes, a + 1) - 1];
    return s && s.a <= a && b <= s.b ? s : undefined;
  };
  const hits: NameHit[] = [];
  let chained = false;
  clauses.forEach((cl, k) => {
    if (parts.has(k)) return;
    // In a 三个一批 list, items run from its header while they are joined by 、.
    const scope = scopeOf(cl.a, cl.b);
    const inScope =
      !!scope && (cl.a === scope.a || (chained && k > 0 && clauses[k - 1]!.sep === '、'));
    chained = inScope;
    for (const h of namesInClause(f, cl.a, cl.b, inList.has(k) || inScope)) {
      // A company's name (郑州天健湖大数据产业园发展有限公司) is not a project's.
      if (
        /^(?:发展|投资|建设|开发|管理|运营|科技)*(?:股份)?有限(?:责任)?公司|^集团/.test(
          f.s.slice(h.b, h.b + 12),
        )
      )
        continue;
      // A short district name before the project's (经开区中兴5G…项目) is its place, not its name.
      const lead = regions.find(
        (r) => r.kind === 'district' && !r.coarse && r.a === h.a && r.b - r.a <= 3,
      );
      if (lead && h.name.length - (lead.b - lead.a) >= 6)
        hits.push({ a: lead.b, b: h.b, name: h.name.slice(lead.b - lead.a) });
      else hits.push(h);
    }
  });
  // A name the region tree knows as a park is a park, not a project.
  const parkNames = new Set(gaz.regions.filter((r) => r.kind === 'park').flatMap((r) => r.names));
  for (let i = hits.length - 1; i >= 0; i -= 1) if (parkNames.has(hits[i]!.name)) hits.splice(i, 1);

  // Places named free-standing (not inside a project's or a company's name) say where the text
  // is; 我市/全市/本市 name the article's city.
  const free = regions.filter(
    (r) =>
      !startingIn(hits, r.a - 80, r.a + 1).some((h) => h.a <= r.a && r.b <= h.b) &&
      !/^.{0,16}?(?:有限(?:责任)?公司|集团)/.test(f.s.slice(r.b, r.b + 20)),
  );
  const mostNamed = (rs: RegionHit[]) => {
    const counts = new Map<string, number>();
    for (const r of rs) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
    return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  };
  const fine = free.filter((r) => r.kind === 'district' && !r.coarse);
  const city = mostNamed(regions.filter((r) => r.coarse));
  if (city)
    for (const m of f.s.matchAll(/我市|全市|本市/g))
      free.push({ id: city, kind: 'district', coarse: true, a: m.index!, b: m.index! + 2 });
  free.sort((x, y) => x.a - y.a);
  // The region the article is about: the district named most often.
  const articleRegion = mostNamed(fine);
  const districtOfPark = new Map(
    gaz.regions.filter((r) => r.kind === 'park').map((r) => [r.id, r.district ?? null]),
  );

  const out: ProjectCandidate[] = [];
  const byName = new Map<string, ProjectCandidate>();
  for (const h of hits) {
    const memberships: Membership[] = [];
    const scope = scopeOf(h.a, h.b);
    let status: ProjectCandidate['status'] = null;
    if (scope) {
      status = STATUS_OF[scope.list];
      if (scope.period && scope.roster) {
        const region =
          startingIn(fine, scope.a - 2000, scope.a)
            .filter((r) => r.b <= scope.a)
            .pop()?.id ?? articleRegion;
        if (region)
          memberships.push({
            period: scope.period,
            list: scope.list,
            region,
            ...span(f, scope.h, h.b),
          });
      } else if (scope.period)
        memberships.push({
          period: scope.period,
          list: scope.list,
          region: null,
          ...span(f, scope.h, h.b),
        });
      // The next period note after the name, within the list, covers it.
      const note = notes[firstFrom(notes, h.b - 1)];
      if (note && note.b <= scope.b + 1 && note.period && note.a - h.b < 400)
        memberships.push({
          period: note.period,
          list: note.list,
          region: null,
          ...span(f, h.a, note.b),
        });
    } else {
      // 第七期“三个一批”开工项目——X / 作为…第五期“三个一批”开工项目，X
      const before = f.s.slice(Math.max(0, h.a - 40), h.a);
      const m =
        /第([一二三四五六七八九十\d]+)期["“]?三个一批["”]?(签约|开工|投产)(?:一批)?项目(?:——|，|,|[：:])?$/.exec(
          before,
        );
      if (m) {
        const list = LIST_OF[m[2]!]!;
        memberships.push({
          period: chineseNumber(m[1]!)!,
          list,
          region: null,
          ...span(f, h.a - m[0].length, h.b),
        });
        status = STATUS_OF[list];
      }
    }

    // 项目签约落地 / 开工建设 / 建成投产 right after the name says where it stands.
    if (!status) {
      const next = /^(?:已|正式|顺利|同步|集中)?(签约|开工|破土动工|建成投产|竣工投产|投产)/.exec(
        f.s.slice(h.b, h.b + 8),
      );
      if (next)
        status =
          next[1] === '签约'
            ? 'signed'
            : next[1] === '开工' || next[1] === '破土动工'
              ? 'under_construction'
              : 'in_production';
    }

    // Place: a park or district in its own name; else the nearest district or park named before it
    // in its sentence; else the nearest district named before it in the stretch it belongs to (a
    // section about one district); else the district the article is about; else the city, when
    // its sentence names it.
    let place: { id: string; kind: 'district' | 'park' } | undefined;
    let placeBy: ProjectCandidate['placeBy'] = null;
    const from = sentenceStart(f, h.a);
    const inName = startingIn(regions, h.a, h.b).filter((r) => r.b <= h.b && !r.coarse);
    const sentence = startingIn(free, from, h.a).filter((r) => r.b <= h.a);
    const inSentence = sentence.filter((r) => !r.coarse).pop();
    const near = mostNamedBefore(fine, h.a);
    const coarseInSentence = sentence.filter((r) => r.coarse).pop();
    const coarseInName = startingIn(regions, h.a, h.b).find((r) => r.b <= h.b && r.coarse);
    if (inName.length) [place, placeBy] = [inName[0], 'name'];
    else if (inSentence) [place, placeBy] = [inSentence, 'sentence'];
    else if (near) [place, placeBy] = [near, 'paragraph'];
    else if (coarseInSentence) [place, placeBy] = [coarseInSentence, 'sentence'];
    else if (articleRegion) [place, placeBy] = [{ id: articleRegion, kind: 'district' }, 'article'];
    else if (coarseInName) [place, placeBy] = [coarseInName, 'name'];
    const park = place?.kind === 'park' ? place.id : null;
    const district = park ? (districtOfPark.get(park) ?? null) : (place?.id ?? null);

    const sp = span(f, h.a, h.b);
    // 项目总占地425亩…建筑面积64万平方米: its areas, in its sentence after its name (before the
    // next project is named).
    const to = sentenceEnd(f, h.b, 200);
    const next = startingIn(hits, h.b, to)[0];
    const tail = f.s.slice(h.b, next ? next.a : to);
    const area = (re: RegExp) => {
      const m = re.exec(tail);
      return m ? { m, ...span(f, h.b + m.index, h.b + m.index + m[0].length) } : undefined;
    };
    const land = area(/(?:总)?占地(?:面积)?(?:约|近)?(\d+(?:\.\d+)?)(亩|公顷|万平方米|平方米)/);
    const floor = area(/(?:总)?建筑面积(?:约|近)?(\d+(?:\.\d+)?)(万平方米|平方米)/);
    const MU: Record<string, number> = { 亩: 1, 公顷: 15, 万平方米: 15, 平方米: 0.0015 };
    const round = (x: number) => Math.round(x * 100) / 100;
    const areas: Pick<ProjectCandidate, 'landAreaMu' | 'floorAreaSqm'> = {
      ...(land
        ? {
            landAreaMu: {
              value: round(Number(land.m[1]) * MU[land.m[2]!]!),
              start: land.start,
              end: land.end,
            },
          }
        : {}),
      ...(floor
        ? {
            floorAreaSqm: {
              value: Number(floor.m[1]) * (floor.m[2] === '万平方米' ? 10_000 : 1),
              start: floor.start,
              end: floor.end,
            },
          }
        : {}),
    };
    const dup = byName.get(h.name);
    if (dup) {
      // The same name again: one proposal, with what each mention adds.
      for (const m of memberships)
        if (
          !dup.memberships.some(
            (o) => o.period === m.period && o.list === m.list && o.region === m.region,
          )
        )
          dup.memberships.push(m);
      dup.status ??= status;
      dup.landAreaMu ??= areas.landAreaMu;
      dup.floorAreaSqm ??= areas.floorAreaSqm;
      continue;
    }
    const proposal: ProjectCandidate = {
      ...areas,
      name: h.name,
      ...sp,
      confidence: scope ? 0.8 : /项目$/.test(h.name) ? 0.6 : 0.4,
      status,
      district,
      park,
      placeBy,
      enterprises: enterprisesOf(
        h.name,
        f.s.slice(h.b, h.b + 120).split(/[。！？；]/)[0]!,
        gaz.enterprises,
      ),
      memberships,
    };
    out.push(proposal);
    byName.set(h.name, proposal);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 三个一批 stated counts.

export interface StatedCount {
  period: number;
  list: ListKind;
  /** The district the count is for; null for the whole province's period. */
  region: string | null;
  /** A count of a district's roster (现有七期…“签约一批”项目6个), not of the period's listings. */
  roster: boolean;
  count: number;
  start: number;
  end: number;
}

/**
 * The counts a text states for a 三个一批 period's lists (“签约一批”项目751个; 郑州高新区“开工一批”
 * 项目9个): the period is the one the text is about at that point (第N期, or the roster's 现有N期),
 * the district the one its sentence names (none: the province's own count; in a roster, the
 * roster's district).
 */
export function extractStatedCounts(text: string, gaz: Gazetteer): StatedCount[] {
  const f = flatten(text);
  const regions = regionHits(f, gaz.regions).filter((r) => r.kind === 'district' && !r.coarse);
  const out: StatedCount[] = [];
  for (const m of f.s.matchAll(/["“]?(签约|开工|投产)一批["”]?项目(\d+)个/g)) {
    const before = f.s.slice(Math.max(0, m.index! - 1500), m.index!);
    const roster = [
      ...before.matchAll(/现有(?:第)?([一二三四五六七八九十\d]+)期["“]?三个一批/g),
    ].pop();
    const named = [
      ...before.matchAll(/(?:^|[^（(])第([一二三四五六七八九十\d]+)期["“]?三个一批/g),
    ].pop();
    const inRoster = !!roster && (!named || roster.index! > named.index!);
    const period = (inRoster ? roster : named)?.[1];
    const n = period ? chineseNumber(period) : null;
    if (!n) continue;
    const from = sentenceStart(f, m.index!);
    const inSentence = startingIn(regions, from, m.index!)
      .filter((r) => r.b <= m.index!)
      .pop();
    const rosterRegion =
      roster && (!named || roster.index! > named.index!)
        ? startingIn(regions, m.index! - 3000, m.index! - before.length + roster.index!)
            .filter((r) => r.b <= m.index! - before.length + roster.index!)
            .pop()
        : undefined;
    out.push({
      period: n,
      list: LIST_OF[m[1]!]!,
      region: (inSentence ?? rosterRegion)?.id ?? null,
      roster: inRoster,
      count: Number(m[2]),
      ...span(f, inSentence ? inSentence.a : m.index!, m.index! + m[0].length),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Clusters (产业集群) a city or district names.

export interface ClusterCandidate {
  /** The industry as the text names it (电子信息, 铝及铝精深加工). */
  core: string;
  region: string | null;
  kind:
    | 'leading_100bn'
    | 'strategic_emerging'
    | 'future'
    | 'hi_tech_leading'
    | 'hi_tech_emerging'
    | 'hi_tech_future'
    | 'district_focus';
  /** Chains of the taxonomy named exactly by the industry's name. */
  chains: string[];
  start: number;
  end: number;
  /** The whole enumeration, as evidence. */
  listStart: number;
  listEnd: number;
}

const CLUSTER_CLOSE =
  /(等)?([\d一二三四五六七八九十]+(?:个|大))?(千亿级)?(主导|战略性?新兴|传统装备|传统|未来|新兴)?(产业集群|产业|领域)$/;
const CLUSTER_LEAD =
  /^.*?(?:围绕打造|围绕|聚焦|大力发展|着力发展的|着力发展|重点发展|发展|形成|打造|培育|壮大)(?=.{2})/;

/**
 * The industries a text enumerates as a region's clusters (形成电子信息、汽车、…6个千亿级主导产业集群;
 * 围绕物联网、电子信息、北斗应用、新材料四大主导产业): items joined by 、 (or 和) whose last one
 * closes with 等 / a count / a class (千亿级, 主导, 战略性新兴, 未来) and 产业集群, 产业 or 领域.
 */
export function extractClusters(
  text: string,
  gaz: Gazetteer & { chains?: KnownName[] },
): ClusterCandidate[] {
  const f = flatten(text);
  const regions = regionHits(f, gaz.regions).filter((r) => r.kind === 'district');
  const level = new Map(gaz.regions.map((r) => [r.id, r.level ?? null]));
  const clauses: { a: number; b: number; sep: string }[] = [];
  let c = 0;
  for (let i = 0; i <= f.s.length; i += 1)
    if (i === f.s.length || /[，,。；;！!？?：:、“”"]/.test(f.s[i]!)) {
      if (i > c) clauses.push({ a: c, b: i, sep: f.s[i] ?? '' });
      c = i + 1;
    }
  const out: ClusterCandidate[] = [];
  for (let i = 0; i < clauses.length;) {
    let j = i;
    while (j < clauses.length - 1 && clauses[j]!.sep === '、') j += 1;
    const run = clauses.slice(i, j + 1);
    i = j + 1;
    const last = run[run.length - 1]!;
    // The closing words are short: only the clause's tail is read (a long run of digits in a
    // flattened table would make the unanchored search quadratic).
    const close = CLUSTER_CLOSE.exec(f.s.slice(Math.max(last.a, last.b - 30), last.b));
    if (run.length < 2 || !close || !(close[1] || close[2] || close[3] || close[4])) continue;
    // …等领域 alone is a list of fields (a park's tenants, a fair's themes), not of clusters.
    if (close[5] === '领域' && !close[2] && !close[4]) continue;
    // The items: the first after its lead-in verb, the last before its closing words; 和 joins two.
    const items: { a: number; b: number }[] = [];
    run.forEach((cl, k) => {
      let a = cl.a;
      let b = cl.b;
      if (k === 0) a += CLUSTER_LEAD.exec(f.s.slice(a, b))?.[0].length ?? 0;
      if (k === run.length - 1) b -= close[0].length;
      const and = f.s.slice(a, b).indexOf('和');
      if (and > 0 && /产业$/.test(f.s.slice(a, a + and))) {
        items.push({ a, b: a + and });
        a += and + 1;
      }
      items.push({ a, b });
    });
    const names = items
      .map((it) => ({ ...it, core: f.s.slice(it.a, it.b).replace(/产业(集群)?$/, '') }))
      .filter((it) => it.core.length >= 2 && it.core.length <= 12);
    if (names.length < 2) continue;
    // Whose: a region its sentence names before it, else the district the stretch before names
    // most, else the city (我市, 全市).
    const head = names[0]!.a;
    const from = sentenceStart(f, head);
    const before = startingIn(regions, from, head).filter((r) => r.b <= head);
    const inSentence = before.filter((r) => !r.coarse).pop();
    const near = mostNamedBefore(regions, from);
    const city = regions.find((r) => r.coarse && level.get(r.id) === 'city');
    // A city opening the sentence is its subject (郑州市着力发展的…).
    const subject = before.find((r) => r.coarse && r.a <= from + 1);
    const region =
      inSentence?.id ??
      subject?.id ??
      near?.id ??
      before.filter((r) => r.coarse).pop()?.id ??
      (/我市|全市|本市/.test(f.s.slice(from, head)) ? city?.id : undefined) ??
      null;
    const cls = close[4] ?? '';
    const regionLevel = region ? level.get(region) : null;
    const hiTech = region
      ? /高新/.test(gaz.regions.find((r) => r.id === region)?.names.join() ?? '')
      : false;
    const kind: ClusterCandidate['kind'] =
      regionLevel === 'city'
        ? close[3]
          ? 'leading_100bn'
          : /战略/.test(cls)
            ? 'strategic_emerging'
            : cls === '未来'
              ? 'future'
              : 'district_focus'
        : hiTech
          ? cls === '主导'
            ? 'hi_tech_leading'
            : /新兴/.test(cls)
              ? 'hi_tech_emerging'
              : cls === '未来'
                ? 'hi_tech_future'
                : 'district_focus'
          : 'district_focus';
    const list = span(f, names[0]!.a, last.b);
    for (const n of names)
      out.push({
        core: n.core,
        region,
        kind,
        chains: (gaz.chains ?? []).filter((ch) => ch.names.includes(n.core)).map((ch) => ch.id),
        ...span(f, n.a, n.b),
        listStart: list.start,
        listEnd: list.end,
      });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 链主 designations.

export interface LeaderCandidate {
  enterprise: { name: string; id: string | null };
  chain: string;
  region: string;
  start: number;
  end: number;
}

/**
 * 链主 designations a sentence states: an enterprise (a name the graph knows, or a registered
 * company name) and a chain of the taxonomy in a sentence saying 链主, in the district the sentence
 * names (else the district of the stretch before it, else the city). Proposed only when all three
 * are read; a sentence about 链主 in general (引进了一批“链主”项目) names no firm and yields none.
 */
export function extractLeaders(
  text: string,
  gaz: Gazetteer & { chains?: KnownName[] },
): LeaderCandidate[] {
  const f = flatten(text);
  const regions = regionHits(f, gaz.regions).filter((r) => r.kind === 'district');
  const out: LeaderCandidate[] = [];
  for (const m of f.s.matchAll(/链主/g)) {
    const a = sentenceStart(f, m.index!);
    const b = sentenceEnd(f, m.index!);
    const sentence = f.s.slice(a, b);
    if (/链主["”]?项目/.test(sentence) && !/链主企业/.test(sentence)) continue;
    // The chain: the longest chain name or alias the sentence has (汽车 inside 新能源汽车 loses).
    let chain: { id: string; len: number } | undefined;
    for (const ch of gaz.chains ?? [])
      for (const n of ch.names)
        if (n.length >= 2 && /[\u4e00-\u9fff]/.test(n) && sentence.includes(n))
          if (!chain || n.length > chain.len) chain = { id: ch.id, len: n.length };
    if (!chain) continue;
    // The firm: a known name, else a company name in the sentence.
    let firm: LeaderCandidate['enterprise'] | undefined;
    for (const e of gaz.enterprises)
      for (const n of e.names)
        if (n.length >= 2 && sentence.includes(n) && (!firm || n.length > firm.name.length))
          firm = { name: n, id: e.id };
    if (!firm) {
      // A registered company name opening a clause of the sentence (after its lead-in words).
      let best: { name: string; d: number } | undefined;
      let at = 0;
      for (const clause of sentence.split(/[，,、：:；;]/)) {
        const lead = stripLeadIn(clause);
        const co = COMPANY.exec(clause.slice(lead));
        const d = Math.abs(a + at + lead - m.index!);
        if (co && (!best || d < best.d)) best = { name: co[1]!, d };
        at += clause.length + 1;
      }
      if (best) firm = { name: best.name, id: null };
    }
    if (!firm) continue;
    const inSentence = startingIn(regions, a, b)
      .filter((r) => r.b <= b && !r.coarse)
      .pop();
    const near = startingIn(regions, a - 640, a)
      .filter((r) => !r.coarse && r.b <= a && a - r.b < 600)
      .pop();
    const city = regions.find((r) => r.coarse);
    const region = (inSentence ?? near ?? city)?.id;
    if (!region) continue;
    if (out.some((o) => o.enterprise.name === firm.name && o.chain === chain.id)) continue;
    out.push({ enterprise: firm, chain: chain.id, region, ...span(f, a, b) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Events: investment fairs, conferences, ceremonies the text says were held.

export interface EventCandidate {
  name: string;
  kind: 'investment_fair' | 'other';
  /** YYYY-MM when the name or the text gives a year and the clause a month. */
  date: string | null;
  region: string | null;
  start: number;
  end: number;
}

const EVENT_END =
  /^(.{2,40}?(?:洽谈会|博览会|交易会|对接活动(?:[（(][^）)]{1,6}[）)])?|大会|峰会|论坛|推介会|启动仪式|开工仪式|签约仪式|奠基仪式))(?:在(.{2,12}?))?(开幕|举行|召开|启动|举办)/;

/**
 * Events the text says were held (2023中国产业转移发展对接活动(河南)在郑州开幕; …启动仪式举行): the
 * name opening a clause (after a date such as 去年6月 and lead-in words), the place after 在, a
 * month from the clause and a year from the name. An event only planned (还将办好…) is not read.
 */
export function extractEvents(
  text: string,
  gaz: Gazetteer,
  year?: number | null,
): EventCandidate[] {
  const f = flatten(text);
  const regions = regionHits(f, gaz.regions).filter((r) => r.kind === 'district');
  const out: EventCandidate[] = [];
  let c = 0;
  let dateClause: RegExpExecArray | null = null;
  for (let i = 0; i <= f.s.length; i += 1) {
    if (!(i === f.s.length || /[，,。；;！!？?：:、“”"]/.test(f.s[i]!))) continue;
    const a = c;
    c = i + 1;
    const clause = f.s.slice(a, i);
    const own = /^(?:(\d{4})年|去年|今年|同年)?(?:(\d{1,2})月)?(?:\d{1,2}日)?/.exec(clause)!;
    // A date standing as its own clause (去年6月，…) dates the next one.
    const when = own[0] || !dateClause ? own : dateClause;
    dateClause = own[0] && own[0] === clause ? own : null;
    let from = own[0].length;
    from += stripLeadIn(clause.slice(from));
    const m = EVENT_END.exec(clause.slice(from));
    if (!m || /三个一批/.test(m[1]!)) continue;
    // …为主题的第十四届…洽谈会: the description before the name is not part of it.
    const cut = /^.{0,20}?的(?=第|\d{4}|中国|世界|全国|首届)/.exec(m[1]!)?.[0].length ?? 0;
    const name = m[1]!.slice(cut);
    const start = a + from + cut;
    const place = m[2]
      ? regions.find((r) => r.a >= start + name.length && r.b <= a + from + m[0].length)
      : undefined;
    // The year: the name's (2023世界传感器大会), the clause's, else the article's (去年: the one before).
    const relative = when[0].startsWith('去年') ? -1 : when[0].startsWith('今年') ? 0 : null;
    const y = Number(
      /^(\d{4})/.exec(name)?.[1] ?? when[1] ?? (year && relative !== null ? year + relative : NaN),
    );
    const month = when[2] ? Number(when[2]) : null;
    out.push({
      name,
      kind: /仪式$/.test(name) ? 'other' : 'investment_fair',
      date: y && month ? `${y}-${String(month).padStart(2, '0')}` : null,
      region: place?.id ?? null,
      ...span(f, start, start + name.length),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Segments a project's name names.

/**
 * The chain segments a project's name names (年产150万只气体传感器生产线项目 → the gas-sensor
 * segment), by the segments' names and aliases: the longest match wins, a shorter name inside it
 * is not a second segment, and names under three characters (正极, 电芯) are too loose alone.
 * A proposal with its basis, which the editor keeps or drops.
 */
export function segmentsOf(name: string, segments: KnownName[]): { segment: string; by: string }[] {
  const hits: { segment: string; by: string; at: number }[] = [];
  for (const s of segments)
    for (const n of s.names)
      if (n.length >= 3 && /[\u4e00-\u9fff]/.test(n)) {
        const at = name.indexOf(n);
        if (at >= 0) hits.push({ segment: s.id, by: n, at });
      }
  hits.sort((x, y) => y.by.length - x.by.length);
  const kept: typeof hits = [];
  for (const h of hits)
    if (
      !kept.some(
        (k) =>
          k.segment === h.segment || (h.at >= k.at && h.at + h.by.length <= k.at + k.by.length),
      )
    )
      kept.push(h);
  return kept.map(({ segment, by }) => ({ segment, by }));
}
