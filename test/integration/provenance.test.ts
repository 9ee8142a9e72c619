import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { decodeSpan } from '../../src/dataset/provenance.js';
import type { Span } from '../../src/dataset/records.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { DATA_DIR, seedBundle } from '../support/dataset.js';

// The articles live beside the checkout (../shared/seeds), never in the repo.
const SEEDS = process.env.CHAINATLAS_SEEDS_DIR ?? path.resolve('..', 'shared', 'seeds');
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds)
  console.warn(`[provenance] ${SEEDS} not found: span checks skipped (set CHAINATLAS_SEEDS_DIR)`);

const bundle = seedBundle();
const texts = new Map<string, string>();
if (haveSeeds)
  for (const s of bundle.sources) texts.set(s.id, readFileSync(path.join(SEEDS, s.file), 'utf8'));
const spanText = (s: Span) => texts.get(s.source)!.slice(s.start, s.end);
const names = (r: { name: string; aliases?: string[] | null }) => [r.name, ...(r.aliases ?? [])];
// The articles wrap lines inside names (新\n材料, 生 物医药): a span mentions a name when it holds it
// once line breaks and spaces are taken out, as the stored names are (the import refuses them).
const unwrapped = (text: string) => text.replace(/\s+/g, '');
const mentions = (s: Span, r: { name: string; aliases?: string[] | null }) =>
  names(r).some((n) => unwrapped(spanText(s)).includes(unwrapped(n)));

interface Case {
  where: string;
  span: Span;
  check: (text: string) => boolean;
  expect: string;
}

function cases(): Case[] {
  const out: Case[] = [];
  const named = (
    kind: string,
    r: { id: string; name: string; aliases?: string[] | null },
    field: string,
    spans: Span[] | null | undefined,
  ) =>
    (spans ?? []).forEach((span, i) =>
      out.push({
        where: `${kind} ${r.id} ${field}[${i}]`,
        span,
        check: () => mentions(span, r),
        expect: `one of ${names(r).join(' / ')}`,
      }),
    );
  for (const kind of ['districts', 'parks', 'chains', 'segments', 'clusters', 'events'] as const) {
    for (const r of bundle[kind]) named(kind, r, 'evidence', r.evidence);
  }
  for (const e of bundle.enterprises) {
    named('enterprises', e, 'evidence', e.evidence);
    e.segments?.forEach((s, i) => named('enterprises', e, `segments.${i}`, s.evidence));
    e.leaderOf?.forEach((s, i) => named('enterprises', e, `leaderOf.${i}`, s.evidence));
    e.links?.forEach((s, i) => named('enterprises', e, `links.${i}`, s.evidence));
  }
  for (const p of bundle.projects) {
    named('projects', p, 'evidence', p.evidence);
    p.batches?.forEach((s, i) => named('projects', p, `batches.${i}`, s.evidence));
    p.segments?.forEach((s, i) => named('projects', p, `segments.${i}`, s.evidence));
    p.capacity?.forEach((c, i) =>
      (c.evidence ?? []).forEach((span) =>
        out.push({
          where: `projects ${p.id} capacity.${i}`,
          span,
          check: (t) => t.replace(/,/g, '').includes(String(c.stated)),
          expect: String(c.stated),
        }),
      ),
    );
  }
  for (const f of bundle.figures) {
    (f.evidence ?? []).forEach((span, i) =>
      out.push({
        where: `figures ${f.id} evidence[${i}]`,
        span,
        check: (t) => t.replace(/,/g, '').includes(String(f.stated)),
        expect: `the stated number ${f.stated}`,
      }),
    );
  }
  return out;
}

describe.skipIf(!haveSeeds)('provenance spans against the articles', () => {
  it('every source file is the article it names (sha256)', () => {
    for (const s of bundle.sources) {
      if (!s.sha256) continue;
      const digest = createHash('sha256')
        .update(readFileSync(path.join(SEEDS, s.file)))
        .digest('hex');
      expect(digest, s.file).toBe(s.sha256);
    }
  });

  it('every span lies inside its article', () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(300);
    const bad = all
      .filter((c) => c.span.end > (texts.get(c.span.source)?.length ?? -1))
      .map((c) => c.where);
    expect(bad).toEqual([]);
  });

  it('every span states what it is cited for (the name, or the figure as written)', () => {
    const bad = cases()
      .filter((c) => !c.check(spanText(c.span)))
      .map(
        (c) => `${c.where}: span ${c.span.source}:${c.span.start}-${c.span.end} lacks ${c.expect}`,
      );
    expect(bad).toEqual([]);
  });

  it('no record quotes the articles: no text field (names aside) repeats 20+ characters of an article', () => {
    // Names, aliases and headlines are names, stored as written; everything else must be our own words.
    const NAME_FIELDS = new Set(['name', 'aliases', 'title']);
    const strings: string[] = [];
    const walk = (v: unknown, key = '') => {
      if (NAME_FIELDS.has(key)) return;
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach((x) => walk(x));
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
    };
    walk(bundle);
    const copied = strings.filter(
      (s) => s.length >= 20 && [...texts.values()].some((t) => t.includes(s)),
    );
    expect(copied).toEqual([]);
  });
});

describe.skipIf(!haveSeeds)('provenance in the graph', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
    await importDataset(db, DATA_DIR);
  });
  afterAll(() => db.close());

  it('links every article fact to its Source with the same spans as its evidence', async () => {
    const rows = await db.raw(
      'MATCH (n:Entity) WHERE n.evidence IS NOT NULL RETURN n.uid AS uid, n.evidence AS evidence, [(n)-[e:EVIDENCED_BY]->(s:Source) | s.id + ":" + toString(toInteger(e.start)) + "-" + toString(toInteger(e.end))] AS linked',
    );
    expect(rows.length).toBeGreaterThan(200);
    for (const r of rows)
      expect([...(r.linked as string[])].sort(), String(r.uid)).toEqual(
        [...(r.evidence as string[])].sort(),
      );
    if (haveSeeds) {
      for (const r of rows)
        for (const e of r.evidence as string[])
          expect(spanText(decodeSpan(e)).length).toBeGreaterThan(0);
    }
  });

  it('marks reference data as such, with a basis, and never with evidence', async () => {
    const [row] = await db.raw(
      'MATCH (n:Entity) WHERE NOT n:Source RETURN count(CASE WHEN n.reference = true AND n.evidence IS NULL AND size(n.referenceBasis) > 2 THEN 1 END) AS ref, count(CASE WHEN n.evidence IS NOT NULL AND n.reference IS NULL THEN 1 END) AS cited, count(n) AS total',
    );
    expect(Number(row?.ref) + Number(row?.cited)).toBe(Number(row?.total));
  });
});
