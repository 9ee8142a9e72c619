import type { Database, Row, Statement } from '../db/database.js';
import { DatasetError, type Problem } from './dataset-error.js';
import { LABEL, REL_TYPES, relFile, upsertFile, type Label, type NodeKind } from './graph-model.js';
import { readDataset, type LoadedDataset } from './read-dataset.js';
import { KINDS, type Bundle, type Kind } from './records.js';
import { toGraph, type GraphRows } from './to-graph.js';
import { uid } from '../core/uid.js';
import {
  maintainStatements,
  markStatement,
  tallyOutStatement,
  type Fresh,
  type Touched,
} from '../rollups/rollups.js';
import { identityProblems, nodeUids, validateDataset } from './validate-dataset.js';

export interface ImportSummary {
  files: string[];
  /** Records read per kind. */
  read: Partial<Record<Kind, number>>;
  created: Partial<Record<Label, number>>;
  updated: Partial<Record<Label, number>>;
  unchanged: Partial<Record<Label, number>>;
  relationships: number;
  rejected: number;
  durationMs: number;
}

const BATCH = 2000;

/**
 * The one import path (CLI and start-up seed): read → validate (shape, references, meaning,
 * graph look-ups: missing references and identities of existing ids) → write everything in ONE transaction with batched UNWIND … MERGE on unique keys.
 * Invalid input throws a DatasetError and writes nothing; a second run of the same input
 * creates nothing and leaves the graph identical.
 */
export async function importDataset(db: Database, target: string): Promise<ImportSummary> {
  return (await importLoaded(db, readDataset(target))).summary;
}

/** Statements run in the import's transaction before and after its own (the edit path's checks). */
export interface ImportExtras {
  before?: Statement[];
  after?: Statement[];
}

/**
 * The import of a dataset already read (a file, or records built in memory by the edit path), with
 * the same checks and the same one transaction; `extras` run inside it. Returns the summary and the
 * rows of the `after` statements.
 */
export async function importLoaded(
  db: Database,
  ds: LoadedDataset,
  extras: ImportExtras = {},
): Promise<{ summary: ImportSummary; after: Row[][] }> {
  const started = Date.now();
  const { problems, external } = validateDataset(ds);
  if (external.size) {
    const missing = await db.read('dataset/missing-uids', { uids: [...external.keys()] });
    for (const row of missing) problems.push(external.get(String(row.uid)) as Problem);
  }
  // One look-up for every id of the bundle: an id already stored under another identity (name)
  // is refused unless the record says it is a correction.
  const uids = nodeUids(ds);
  const storedUids = new Set<string>();
  if (uids.length) {
    const stored = await db.read('dataset/stored-identities', { uids });
    for (const row of stored) storedUids.add(String(row.uid));
    problems.push(...identityProblems(ds, new Map(stored.map((row) => [String(row.uid), row]))));
  }
  const read = Object.fromEntries(
    KINDS.map((k) => [k, ds.bundle[k].length]).filter(([, n]) => n),
  ) as ImportSummary['read'];
  if (problems.length) throw new DatasetError(problems);

  const rows = toGraph(ds.bundle);
  const statements = importStatements(
    rows,
    derivedScope(ds.bundle),
    touchedBy(ds.bundle, storedUids),
  );
  const before = extras.before ?? [];
  const after = extras.after ?? [];
  const all = await db.writeTransaction([...before, ...statements, ...after]);
  const results = all.slice(before.length, before.length + statements.length);

  const summary: ImportSummary = {
    files: ds.files,
    read,
    created: {},
    updated: {},
    unchanged: {},
    relationships: 0,
    rejected: 0,
    durationMs: 0,
  };
  statements.forEach((s, i) => {
    const row = results[i]?.[0] ?? {};
    const label = (s.params as { label?: Label }).label;
    if (s.key.startsWith('dataset/upsert-') && label) {
      const total = (s.params.rows as unknown[]).length;
      const created = Number(row.created ?? 0);
      const updated = Number(row.updated ?? 0);
      summary.created[label] = (summary.created[label] ?? 0) + created;
      summary.updated[label] = (summary.updated[label] ?? 0) + updated;
      summary.unchanged[label] = (summary.unchanged[label] ?? 0) + total - created - updated;
    } else if (s.key.startsWith('dataset/rel-')) {
      summary.relationships += Number(row.n ?? 0);
    }
  });
  summary.durationMs = Date.now() - started;
  return { summary, after: all.slice(before.length + statements.length) };
}

/**
 * The records whose derived fields an import can change: the projects and enterprises of the bundle
 * and those its figures are about; every project (null) when it holds events, whose periods every
 * listed project reads.
 */
function derivedScope(bundle: Bundle): { projects: string[] | null; enterprises: string[] } {
  const projects = new Set(bundle.projects.map((p) => p.id));
  const enterprises = new Set(bundle.enterprises.map((e) => e.id));
  for (const f of bundle.figures) {
    if (f.subject.kind === 'project') projects.add(f.subject.id);
    if (f.subject.kind === 'enterprise') enterprises.add(f.subject.id);
  }
  return {
    projects: bundle.events.length ? null : [...projects],
    enterprises: [...enterprises],
  };
}

/**
 * The records whose presence rollups an import can change: those stored before the import
 * (`existing`: rollups/mark marks their rollups before and after the writes, rollups/refresh
 * recomputes those) and the new enterprises and projects (`fresh`: rollups/add adds them). A record
 * created meanwhile by another writer is found by the marks all the same.
 */
function touchedBy(bundle: Bundle, stored: Set<string>): { existing: Touched; fresh: Fresh } {
  const derived = derivedScope(bundle);
  const projects = [
    ...new Set([
      ...bundle.projects.map((p) => p.id),
      ...bundle.figures.filter((f) => f.subject.kind === 'project').map((f) => f.subject.id),
    ]),
  ];
  const isNew = (label: string, ids: { id: string }[]) =>
    new Set(ids.map((r) => r.id).filter((id) => !stored.has(uid(label, id))));
  const newEnterprises = isNew('Enterprise', bundle.enterprises);
  const newProjects = isNew('Project', bundle.projects);
  return {
    existing: {
      enterprises: derived.enterprises.filter((id) => !newEnterprises.has(id)),
      projects: projects.filter((id) => !newProjects.has(id)),
      events: bundle.events.map((e) => e.id),
    },
    fresh: { enterprises: [...newEnterprises], projects: [...newProjects] },
  };
}

/**
 * The import's one transaction: mark the rollups the records are in before the writes, upsert
 * nodes, prune and write relationships, evidence, derived fields, mark the rollups they are in
 * after, then rebuild (structure changed) or refresh (what was marked) the rollups.
 */
function importStatements(
  rows: GraphRows,
  derived: ReturnType<typeof derivedScope>,
  touched: ReturnType<typeof touchedBy>,
): Statement[] {
  const out: Statement[] = [markStatement(touched.existing)];
  if (touched.existing.projects.length || touched.existing.events.length)
    out.push(tallyOutStatement(touched.existing));
  const batches = <T>(list: T[]) =>
    Array.from({ length: Math.ceil(list.length / BATCH) }, (_, i) =>
      list.slice(i * BATCH, (i + 1) * BATCH),
    );
  for (const kind of Object.keys(LABEL) as NodeKind[]) {
    const label = LABEL[kind];
    const nodes = rows.nodes.filter((n) => n.label === label);
    for (const batch of batches(nodes))
      out.push({ key: upsertFile(label), params: { rows: batch, label } });
  }
  for (const batch of batches(rows.owners))
    out.push({ key: 'dataset/prune-owned', params: { owners: batch } });
  for (const type of REL_TYPES) {
    const rels = rows.rels.filter((r) => r.type === type);
    for (const batch of batches(rels)) out.push({ key: relFile(type), params: { rows: batch } });
  }
  for (const batch of batches(rows.evidence))
    out.push({ key: 'dataset/evidence', params: { rows: batch } });
  if (derived.projects === null || derived.projects.length)
    out.push({ key: 'dataset/derive-projects', params: { ids: derived.projects } });
  if (derived.enterprises.length)
    out.push({ key: 'dataset/derive-enterprises', params: { ids: derived.enterprises } });
  out.push(markStatement(touched.existing), ...maintainStatements(touched.fresh, touched.existing));
  return out;
}
