import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Bundle } from '../../src/dataset/records.js';
import { generateBundle } from '../../src/generate/generate-bundle.js';
import { resolveSettings } from '../../src/generate/settings.js';
import { CITY, loadTaxonomy, PROVINCE } from '../../src/generate/taxonomy.js';
import { chunkSizeOf, writeChunks } from '../../src/generate/write-chunks.js';

const taxonomy = loadTaxonomy(path.resolve('data'));
const bundle = generateBundle({ enterprises: 300, seed: 7 }, taxonomy);
const ids = <T extends { id: string }>(list: T[]) => new Set(list.map((r) => r.id));
const LIST_RANK = { signed: 1, started: 2, in_production: 3 } as const;

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-gen-'));
  temp.push(dir);
  return dir;
};

describe('generateBundle', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    expect(generateBundle({ enterprises: 300, seed: 7 }, taxonomy)).toEqual(bundle);
    const other = generateBundle({ enterprises: 300, seed: 8 }, taxonomy);
    expect(other.enterprises.map((e) => e.name)).not.toEqual(bundle.enterprises.map((e) => e.name));
  });

  it('writes byte-identical chunk files, heavy kinds in smaller chunks', () => {
    const [a, b] = [tempDir(), tempDir()];
    const files = writeChunks(bundle, a, 100);
    writeChunks(generateBundle({ enterprises: 300, seed: 7 }, taxonomy), b, 100);
    expect(readdirSync(a).sort()).toEqual(readdirSync(b).sort());
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text).toBe(readFileSync(path.join(b, path.basename(file)), 'utf8'));
      const [kind, records] = Object.entries(JSON.parse(text) as Record<string, unknown[]>)[0]!;
      expect(records.length).toBeLessThanOrEqual(chunkSizeOf(kind as 'figures', 100));
      Bundle.parse({ [kind]: records });
    }
    const names = files.map((f) => path.basename(f));
    expect(names).toContain('enterprises-003.json');
    expect(names).not.toContain('enterprises-004.json');
    expect(names.filter((n) => n.startsWith('figures-'))).toHaveLength(
      Math.ceil(bundle.figures.length / 400),
    );
    expect(chunkSizeOf('figures', 5000)).toBe(20_000);
  });

  it('passes the dataset schema, with sizes from the options', () => {
    expect(Bundle.parse(JSON.parse(JSON.stringify(bundle)))).toEqual(bundle);
    const s = resolveSettings({ enterprises: 300 });
    expect(bundle.enterprises).toHaveLength(300);
    expect(bundle.projects).toHaveLength(s.projects);
    expect(bundle.districts).toHaveLength(s.districts);
    expect(bundle.parks).toHaveLength(s.parks);
    // Synthetic periods 101..112 never collide with the curated 三个一批 periods (1, 2, 3 …).
    expect(bundle.events.map((e) => e.period)).toEqual([
      101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112,
    ]);
    expect(() => resolveSettings({ enterprises: 0 })).toThrow(/enterprises/);
  });

  it('uses gen- ids and reference provenance naming the seed, never evidence', () => {
    const basis = 'synthetic data from npm run generate, seed 7';
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      expect(o.evidence).toBeUndefined();
      if ('reference' in o) expect(o.reference).toEqual({ basis });
      Object.values(o).forEach(walk);
    };
    for (const [kind, records] of Object.entries(bundle))
      for (const r of records as { id?: string; reference?: unknown }[]) {
        expect(r.id, kind).toMatch(/^gen-/);
        expect(r.reference, r.id).toEqual({ basis });
        walk(r);
      }
  });

  it('resolves every reference within the bundle, the reference chains and the seed regions', () => {
    const districts = new Set([...ids(bundle.districts), PROVINCE, CITY]);
    const parks = new Map(bundle.parks.map((p) => [p.id, p.district]));
    const firms = ids(bundle.enterprises);
    const projects = ids(bundle.projects);
    const events = ids(bundle.events);
    const segments = ids(taxonomy.segments);
    const chains = ids(taxonomy.chains);
    const fail: string[] = [];
    const need = (
      set: { has(id: string): boolean },
      id: string | null | undefined,
      what: string,
    ) => {
      if (id && !set.has(id)) fail.push(`${what} → ${id}`);
    };
    for (const d of bundle.districts) need(districts, d.parent ?? 'none', d.id);
    for (const p of bundle.parks) need(districts, p.district ?? 'none', p.id);
    for (const e of bundle.enterprises) {
      need(districts, e.district ?? 'none', e.id);
      need(parks, e.park, e.id);
      if (e.park) expect(parks.get(e.park)).toBe(e.district);
      e.segments?.forEach((s) => need(segments, s.segment, e.id));
      e.leaderOf?.forEach((l) => (need(chains, l.chain, e.id), need(districts, l.region, e.id)));
      e.links?.forEach((l) => need(firms, l.to, e.id));
    }
    for (const p of bundle.projects) {
      expect(p.enterprises?.length).toBeGreaterThan(0);
      p.enterprises?.forEach((x) => need(firms, x.enterprise, p.id));
      need(districts, p.district ?? 'none', p.id);
      need(parks, p.park, p.id);
      p.batches?.forEach((b) => need(events, b.event, p.id));
      p.segments?.forEach((s) => need(segments, s.segment, p.id));
    }
    for (const e of bundle.events) need(districts, e.region, e.id);
    const subjects = { enterprise: firms, project: projects, event: events } as Record<
      string,
      Set<string>
    >;
    for (const f of bundle.figures) need(subjects[f.subject.kind] ?? new Set(), f.subject.id, f.id);
    expect(fail).toEqual([]);
  });

  it('hangs synthetic regions under henan and zhengzhou', () => {
    const parents = new Set(bundle.districts.map((d) => d.parent));
    expect(parents).toContain(PROVINCE);
    expect(parents).toContain(CITY);
    const names = new Set(taxonomy.regionNames);
    expect(bundle.districts.filter((d) => names.has(d.name))).toEqual([]);
  });

  it('puts each firm in 1–3 segments of one chain and links suppliers along supply edges', () => {
    const chainsOf = new Map(taxonomy.segments.map((s) => [s.id, s.chains.map((c) => c.chain)]));
    const edges = new Set(taxonomy.supplies.map((s) => `${s.from}>${s.to}`));
    const segs = new Map(
      bundle.enterprises.map((e) => [e.id, (e.segments ?? []).map((s) => s.segment)]),
    );
    let links = 0;
    for (const e of bundle.enterprises) {
      const mine = segs.get(e.id) as string[];
      expect(mine.length).toBeGreaterThanOrEqual(1);
      expect(mine.length).toBeLessThanOrEqual(3);
      const shared = mine
        .map((s) => chainsOf.get(s) ?? [])
        .reduce((a, b) => a.filter((c) => b.includes(c)));
      expect(shared.length, e.id).toBeGreaterThan(0);
      for (const l of e.links ?? []) {
        links++;
        expect(l.kind).toBe('supplier_of');
        const theirs = segs.get(l.to) as string[];
        expect(
          mine.some((s) => theirs.some((t) => edges.has(`${s}>${t}`))),
          `${e.id} → ${l.to}`,
        ).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(30);
  });

  it('links only into the same or an earlier chunk, so chunk files import in order', () => {
    const small = generateBundle({ enterprises: 300, seed: 7, chunkSize: 100 }, taxonomy);
    const index = new Map(small.enterprises.map((e, i) => [e.id, i]));
    small.enterprises.forEach((e, i) =>
      e.links?.forEach((l) =>
        expect(Math.floor((index.get(l.to) as number) / 100)).toBeLessThanOrEqual(
          Math.floor(i / 100),
        ),
      ),
    );
  });

  it('gives skewed revenues, one per firm, and rare leaders among the largest firms', () => {
    const revenue = bundle.figures.filter((f) => f.kind === 'revenue');
    expect(revenue).toHaveLength(bundle.enterprises.length);
    const values = revenue.map((f) => f.valueYi as number).sort((a, b) => b - a);
    const total = values.reduce((a, b) => a + b, 0);
    const top = values.slice(0, values.length / 10).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.4);

    const byFirm = new Map(revenue.map((f) => [f.subject.id, f.valueYi as number]));
    const leaders = bundle.enterprises.filter((e) => e.leaderOf?.length);
    expect(leaders.length).toBeGreaterThan(0);
    expect(leaders.length).toBeLessThan(bundle.enterprises.length * 0.03);
    const p90 = values[Math.floor(values.length / 10)] as number;
    for (const l of leaders) {
      expect(byFirm.get(l.id)).toBeGreaterThanOrEqual(p90);
      expect(l.tags).toContain('链主');
    }
  });

  it('moves projects forward through the 三个一批 lists in period order', () => {
    const period = new Map(bundle.events.map((e) => [e.id, e.period as number]));
    const STATUS = {
      signed: 'signed',
      started: 'under_construction',
      in_production: 'in_production',
    };
    let moved = 0;
    for (const p of bundle.projects) {
      const batches = p.batches ?? [];
      for (let i = 1; i < batches.length; i++) {
        const [a, b] = [batches[i - 1]!, batches[i]!];
        expect(period.get(b.event)!).toBeGreaterThan(period.get(a.event)!);
        expect(LIST_RANK[b.list]).toBeGreaterThan(LIST_RANK[a.list]);
        moved++;
      }
      const last = batches[batches.length - 1];
      if (last && p.status) expect(p.status).toBe(STATUS[last.list]);
    }
    expect(moved).toBeGreaterThan(20);
    expect(
      bundle.projects.some((p) => p.batches?.length === 1 && p.batches[0]!.list === 'signed'),
    ).toBe(true);
    const kinds = new Set(
      bundle.figures.filter((f) => f.subject.kind === 'project').map((f) => f.kind),
    );
    expect(kinds).toEqual(new Set(['total_investment', 'output_value']));
  });
});
