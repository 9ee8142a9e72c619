/**
 * Scores the article extractor (extract.ts, extract-projects.ts) against the curated seed
 * (data/seed) as ground truth, article by article:
 * - money figures: right when the span overlaps the curated figure's evidence and its value (亿元),
 *   unit and kind are all the curated ones;
 * - projects: right when the proposed name is a curated project's name or alias from that article
 *   (spaces, bracket widths and a trailing 项目 aside);
 * - 三个一批 memberships: (project, period, list, and the district for a roster) all right;
 * - locations: (project, district) and (project, park) pairs as curated;
 * - enterprise–project links: (project, enterprise) pairs as curated.
 * The extractor is given the region tree's districts, and the parks and enterprises the curators
 * recorded from the OTHER articles (leave one article out): what a graph would know before the
 * article arrives, never the answers for the article being scored.
 * Run by `npm run quality:extraction` (scripts/extraction-quality.ts); the unit tier holds the
 * goals (test/unit/extraction-quality.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractMoney, type MoneyCandidate } from './extract.js';
import {
  extractClusters,
  extractEvents,
  extractProjects,
  extractStatedCounts,
  normaliseName,
  segmentsOf,
  type Gazetteer,
} from './extract-projects.js';
import { MONEY_KINDS } from '../dataset/records.js';

export interface Tally {
  gold: number;
  proposed: number;
  right: number;
}

const seed = <T>(file: string, key: string): T[] =>
  (JSON.parse(readFileSync(`data/seed/${file}.json`, 'utf8')) as Record<string, T[]>)[key]!;

interface Span {
  source: string;
  start: number;
  end: number;
}
interface Figure {
  id: string;
  kind: string;
  valueYi?: number;
  unit?: string;
  evidence: Span[];
}
interface Named {
  id: string;
  name: string;
  aliases?: string[];
  level?: string;
  district?: string | null;
}
interface Project extends Named {
  district: string | null;
  park: string | null;
  enterprises: { enterprise: string }[];
  batches: { event: string; list: string; evidence: Span[] }[];
  rosters?: { event: string; list: string; region: string; evidence: Span[] }[];
  evidence: Span[];
}

const reference = JSON.parse(readFileSync('data/reference/chains.json', 'utf8')) as {
  segments: { id: string; name: string; aliases?: string[] }[];
};
const segments = reference.segments.map((x) => ({
  id: x.id,
  names: [x.name, ...(x.aliases ?? [])],
}));
const sources = seed<{ id: string; file: string }>('sources', 'sources');
const figures = seed<Figure>('figures', 'figures').filter(
  (f) => (MONEY_KINDS as readonly string[]).includes(f.kind) || (f.unit ?? '').endsWith('元'),
);
const projects = seed<Project>('projects', 'projects');
const enterprises = seed<Named>('enterprises', 'enterprises');
const parks = seed<Named>('parks', 'parks');
const districts = seed<Named>('districts', 'districts').filter((d) => d.id !== 'henan');
const periodOf = new Map(
  seed<{ id: string; period?: number }>('events', 'events').map((e) => [e.id, e.period]),
);
/** The articles a record draws on anywhere (its evidence, its links' evidence). */
const sourcesOf = (r: unknown) =>
  new Set([...JSON.stringify(r).matchAll(/"source":"([^"]+)"/g)].map((m) => m[1]!));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const same = (c: MoneyCandidate, f: Figure) =>
  c.kind === f.kind && Math.abs(c.valueYi - (f.valueYi ?? NaN)) < 1e-6 && c.unit === f.unit;

export function scoreExtraction(seeds: string): {
  tally: Map<string, Tally>;
  misses: string[];
} {
  const tally = new Map<string, Tally>();
  const row = (k: string) =>
    tally.get(k) ?? tally.set(k, { gold: 0, proposed: 0, right: 0 }).get(k)!;
  const misses: string[] = [];
  /** Counts a kind's proposed and curated fact keys for one article. */
  function score(kind: string, src: string, proposed: string[], gold: string[]) {
    const r = row(kind);
    const g = new Set(gold);
    const p = new Set(proposed);
    r.gold += g.size;
    r.proposed += p.size;
    for (const k of p)
      if (g.has(k)) r.right += 1;
      else misses.push(`${src} ${kind} wrong: ${k}`);
    for (const k of g) if (!p.has(k)) misses.push(`${src} ${kind} missed: ${k}`);
  }
  for (const src of sources) {
    const text = readFileSync(path.join(seeds, src.file), 'utf8');

    // Money figures.
    const goldFigures = figures.filter((f) => f.evidence.some((e) => e.source === src.id));
    const money = extractMoney(text);
    for (const f of goldFigures) row(`money: ${f.kind}`).gold += 1;
    for (const c of money) {
      row(`money: ${c.kind}`).proposed += 1;
      const hit = goldFigures.some(
        (f) => same(c, f) && f.evidence.some((e) => e.source === src.id && overlaps(c, e)),
      );
      if (hit) row(`money: ${c.kind}`).right += 1;
      else
        misses.push(
          `${src.id} money wrong: ${c.kind} ${c.valueYi} ${c.unit} «${text.slice(c.start, c.end)}»`,
        );
    }
    for (const f of goldFigures)
      if (
        !money.some(
          (c) => same(c, f) && f.evidence.some((e) => e.source === src.id && overlaps(c, e)),
        )
      )
        misses.push(`${src.id} money missed: ${f.id} ${f.kind} ${f.valueYi} ${f.unit}`);

    // Projects and what is said of them.
    const others = (r: unknown) => [...sourcesOf(r)].some((s) => s !== src.id);
    const gaz: Gazetteer = {
      regions: [
        ...districts.map((d) => ({
          id: d.id,
          kind: 'district' as const,
          names: [d.name, ...(d.aliases ?? [])],
          coarse: d.level === 'city' || d.level === 'province',
          level: d.level ?? null,
        })),
        ...parks.filter(others).map((p) => ({
          id: p.id,
          kind: 'park' as const,
          names: [p.name, ...(p.aliases ?? [])],
          district: p.district ?? null,
        })),
      ],
      enterprises: enterprises
        .filter(others)
        .map((e) => ({ id: e.id, names: [e.name, ...(e.aliases ?? [])] })),
    };
    const gold = projects.filter((p) => p.evidence.some((e) => e.source === src.id));
    const byName = new Map<string, Project>();
    for (const p of gold)
      for (const n of [p.name, ...(p.aliases ?? [])]) byName.set(normaliseName(n), p);
    const found = extractProjects(text, gaz);
    const idOf = (name: string) => byName.get(normaliseName(name))?.id ?? `«${name}»`;
    const enterpriseId = (n: string) =>
      enterprises.find((e) => e.name === n || (e.aliases ?? []).includes(n))?.id ?? `«${n}»`;

    score(
      'projects',
      src.id,
      found.map((c) => idOf(c.name)),
      gold.map((p) => p.id),
    );
    score(
      '三个一批 memberships',
      src.id,
      found.flatMap((c) =>
        c.memberships.map((m) => `${idOf(c.name)} ${m.period} ${m.list} ${m.region ?? 'batch'}`),
      ),
      gold.flatMap((p) => [
        ...p.batches
          .filter((b) => b.evidence.some((e) => e.source === src.id))
          .map((b) => `${p.id} ${periodOf.get(b.event)} ${b.list} batch`),
        ...(p.rosters ?? [])
          .filter((b) => b.evidence.some((e) => e.source === src.id))
          .map((b) => `${p.id} ${periodOf.get(b.event)} ${b.list} ${b.region}`),
      ]),
    );
    score(
      'locations (district, park)',
      src.id,
      found.flatMap((c) =>
        [c.district, c.park].filter(Boolean).map((r) => `${idOf(c.name)} @ ${r}`),
      ),
      gold.flatMap((p) => [p.district, p.park].filter(Boolean).map((r) => `${p.id} @ ${r}`)),
    );
    score(
      'enterprise–project links',
      src.id,
      found.flatMap((c) =>
        c.enterprises.map((e) => `${idOf(c.name)} ← ${e.id ?? enterpriseId(e.name)}`),
      ),
      gold.flatMap((p) => p.enterprises.map((e) => `${p.id} ← ${e.enterprise}`)),
    );
    // Areas (占地 亩, 建筑面积 m²) as curated.
    score(
      'project areas (land, floor)',
      src.id,
      found.flatMap((c) => [
        ...(c.landAreaMu ? [`${idOf(c.name)} land ${c.landAreaMu.value}`] : []),
        ...(c.floorAreaSqm ? [`${idOf(c.name)} floor ${c.floorAreaSqm.value}`] : []),
      ]),
      gold.flatMap((p) => {
        const g = p as unknown as { landAreaMu?: number | null; floorAreaSqm?: number | null };
        return [
          ...(g.landAreaMu ? [`${p.id} land ${g.landAreaMu}`] : []),
          ...(g.floorAreaSqm ? [`${p.id} floor ${g.floorAreaSqm}`] : []),
        ];
      }),
    );
    // Segments a project's name names: (project, segment) pairs as curated.
    score(
      'project segments (from the name)',
      src.id,
      found.flatMap((c) =>
        segmentsOf(c.name, segments).map((x) => `${idOf(c.name)} → ${x.segment}`),
      ),
      gold.flatMap((p) =>
        ((p as unknown as { segments?: { segment: string }[] }).segments ?? []).map(
          (x) => `${p.id} → ${x.segment}`,
        ),
      ),
    );
    // Clusters a city or district names: (region, the industry's name without the region's).
    const goldClusters = seed<Named & { region: string; evidence: Span[] }>(
      'clusters',
      'clusters',
    ).filter((c) => c.evidence.some((e) => e.source === src.id));
    const regionNames = [...districts]
      .flatMap((d) => [d.name, ...(d.aliases ?? [])])
      .sort((a, b) => b.length - a.length);
    const core = (name: string) => {
      let n = name;
      for (const r of regionNames) if (n.startsWith(r)) n = n.slice(r.length);
      return n.replace(/产业(集群)?$/, '');
    };
    score(
      'clusters',
      src.id,
      extractClusters(text, gaz).map((c) => `${c.region ?? '?'} ${c.core}`),
      goldClusters.map((c) => `${c.region} ${core(c.name)}`),
    );
    // Events held (fairs, conferences, ceremonies; 三个一批 periods are scored as memberships).
    const goldEvents = seed<Named & { kind: string; evidence: Span[] }>('events', 'events').filter(
      (e) => e.kind !== 'three_batches' && e.evidence.some((x) => x.source === src.id),
    );
    const eventId = (n: string) =>
      goldEvents.find((e) =>
        [e.name, ...(e.aliases ?? [])].some((x) => normaliseName(x) === normaliseName(n)),
      )?.id ?? `«${n}»`;
    score(
      'events',
      src.id,
      extractEvents(text, gaz).map((e) => eventId(e.name)),
      goldEvents.map((e) => e.id),
    );
    // 三个一批 stated counts: (period, list, district or the province's, count).
    const goldCounts = seed<
      Figure & {
        subject: { kind: string; id: string };
        value?: number;
        scope?: string | null;
        roster?: boolean | null;
        list?: string | null;
      }
    >('figures', 'figures').filter(
      (f) =>
        f.kind === 'project_count' &&
        f.subject.kind === 'event' &&
        periodOf.get(f.subject.id) &&
        f.list &&
        f.evidence.some((e) => e.source === src.id),
    );
    score(
      '三个一批 stated counts',
      src.id,
      extractStatedCounts(text, gaz).map(
        (c) =>
          `${c.period} ${c.list} ${c.region ?? 'province'} ${c.count}${c.roster ? ' roster' : ''}`,
      ),
      goldCounts.map(
        (f) =>
          `${periodOf.get(f.subject.id)} ${f.list} ${f.scope ?? 'province'} ${f.value}${f.roster ? ' roster' : ''}`,
      ),
    );
  }
  return { tally, misses };
}
