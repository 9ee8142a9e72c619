import { createHash } from 'node:crypto';
import type { Problem } from './dataset-error.js';
import { LABEL, SUBJECT_LABEL, uid, type NodeKind } from './graph-model.js';
import type { LoadedDataset } from './read-dataset.js';
import {
  checkDate,
  checkFigure,
  checkIdentity,
  checkNames,
  checkProject,
  identityOf,
  today,
  type Issue,
} from './meaning-rules.js';
import type { Kind, Span } from './records.js';

/** Record kinds with a name and aliases that analysts look up. */
const NAMED_KINDS = [
  'districts',
  'parks',
  'chains',
  'segments',
  'clusters',
  'enterprises',
  'projects',
  'events',
] as const;

export interface Validation {
  problems: Problem[];
  /** References to nodes the bundle does not define: they must already be in the graph. */
  external: Map<string, Problem>;
}

/** Where a record of the merged bundle came from: its file, and kind[index] (id) in that file. */
export function locate(ds: LoadedDataset, kind: Kind, i: number, id?: string) {
  return {
    file: ds.origin[kind][i]?.file ?? '?',
    record: `${kind}[${ds.origin[kind][i]?.index ?? i}]${id ? ` (${id})` : ''}`,
  };
}

/**
 * Checks what zod cannot: unique ids per kind, every reference resolvable (in the bundle or,
 * for `external`, in the graph), chain orders unique, no supply cycles, spans naming a source,
 * and what the records mean (meaning-rules.ts: money units and conversion, signs and ranges,
 * dates; `now` bounds dates of facts already observed).
 */
export function validateDataset(ds: LoadedDataset, now = today()): Validation {
  const { bundle, origin } = ds;
  const problems: Problem[] = [];
  const external = new Map<string, Problem>();
  const defined = new Set<string>();
  const where = (kind: Kind, i: number, id?: string) => locate(ds, kind, i, id);
  const report = (kind: Kind, i: number, id: string, issues: Issue[]) => {
    for (const issue of issues) problems.push({ ...where(kind, i, id), ...issue });
  };

  for (const kind of Object.keys(LABEL) as NodeKind[]) {
    const seen = new Map<string, number>();
    (bundle[kind] as { id: string }[]).forEach((r, i) => {
      const prev = seen.get(r.id);
      if (prev !== undefined) {
        const first = where(kind, prev);
        problems.push({
          ...where(kind, i, r.id),
          field: 'id',
          message: `duplicate id, first defined at ${first.file} › ${first.record}`,
        });
      }
      seen.set(r.id, i);
      defined.add(uid(LABEL[kind], r.id));
    });
  }

  const need = (
    kind: Kind,
    i: number,
    id: string,
    field: string,
    label: string,
    target: string | null | undefined,
  ) => {
    if (!target) return;
    const u = uid(label, target);
    if (!defined.has(u) && !external.has(u)) {
      external.set(u, {
        ...where(kind, i, id),
        field,
        message: `refers to ${label} "${target}", which is neither in the dataset nor in the graph`,
      });
    }
  };
  const spans = (
    kind: Kind,
    i: number,
    id: string,
    field: string,
    list: Span[] | null | undefined,
  ) =>
    (list ?? []).forEach((s, j) => {
      need(kind, i, id, `${field}.${j}.source`, 'Source', s.source);
      // A span into a source whose text the bundle holds must lie within that text.
      const length = textLength.get(s.source);
      if (length !== undefined && s.end > length)
        problems.push({
          ...where(kind, i, id),
          field: `${field}.${j}.end`,
          message: `ends at ${s.end}, past the end of source ${s.source}'s text (${length} characters)`,
        });
    });
  const textLength = new Map<string, number>();
  bundle.sources.forEach((src, i) => {
    if (!src.text) return;
    textLength.set(src.id, src.text.length);
    const hash = createHash('sha256').update(src.text, 'utf8').digest('hex');
    if (src.sha256 && src.sha256 !== hash)
      problems.push({
        ...where('sources', i, src.id),
        field: 'sha256',
        message: 'is not the SHA-256 of the source’s text',
      });
  });

  bundle.districts.forEach((d, i) => {
    need('districts', i, d.id, 'parent', 'District', d.parent);
    if (d.parent === d.id)
      problems.push({
        ...where('districts', i, d.id),
        field: 'parent',
        message: 'a district cannot be its own parent',
      });
    spans('districts', i, d.id, 'evidence', d.evidence);
  });
  bundle.parks.forEach((p, i) => {
    need('parks', i, p.id, 'district', 'District', p.district);
    spans('parks', i, p.id, 'locatedBy.evidence', p.locatedBy?.evidence);
    spans('parks', i, p.id, 'evidence', p.evidence);
  });
  bundle.chains.forEach((c, i) => spans('chains', i, c.id, 'evidence', c.evidence));
  const orders = new Map<string, Map<number, string>>();
  bundle.segments.forEach((s, i) => {
    s.chains.forEach((c, j) => {
      need('segments', i, s.id, `chains.${j}.chain`, 'IndustryChain', c.chain);
      const byOrder = orders.get(c.chain) ?? new Map<number, string>();
      const clash = byOrder.get(c.order);
      if (clash)
        problems.push({
          ...where('segments', i, s.id),
          field: `chains.${j}.order`,
          message: `order ${c.order} in chain "${c.chain}" is already taken by segment "${clash}"`,
        });
      byOrder.set(c.order, s.id);
      orders.set(c.chain, byOrder);
    });
    spans('segments', i, s.id, 'evidence', s.evidence);
  });
  bundle.supplies.forEach((s, i) => {
    need('supplies', i, `${s.from}→${s.to}`, 'from', 'ChainSegment', s.from);
    need('supplies', i, `${s.from}→${s.to}`, 'to', 'ChainSegment', s.to);
    if (s.from === s.to)
      problems.push({
        ...where('supplies', i),
        field: 'to',
        message: 'a segment cannot supply itself',
      });
  });
  const cycle = findCycle(bundle.supplies.map((s) => [s.from, s.to]));
  if (cycle)
    problems.push({
      file: origin.supplies[0]?.file ?? '?',
      record: 'supplies',
      message: `supply edges form a cycle: ${cycle.join(' → ')}`,
    });

  bundle.clusters.forEach((c, i) => {
    need('clusters', i, c.id, 'region', 'District', c.region);
    (c.chains ?? []).forEach((ch, j) =>
      need('clusters', i, c.id, `chains.${j}`, 'IndustryChain', ch),
    );
    spans('clusters', i, c.id, 'evidence', c.evidence);
  });
  bundle.enterprises.forEach((e, i) => {
    need('enterprises', i, e.id, 'district', 'District', e.district);
    need('enterprises', i, e.id, 'park', 'Park', e.park);
    need('enterprises', i, e.id, 'parent', 'Enterprise', e.parent);
    (e.segments ?? []).forEach((s, j) => {
      need('enterprises', i, e.id, `segments.${j}.segment`, 'ChainSegment', s.segment);
      spans('enterprises', i, e.id, `segments.${j}.evidence`, s.evidence);
    });
    (e.leaderOf ?? []).forEach((l, j) => {
      need('enterprises', i, e.id, `leaderOf.${j}.chain`, 'IndustryChain', l.chain);
      need('enterprises', i, e.id, `leaderOf.${j}.region`, 'District', l.region);
      spans('enterprises', i, e.id, `leaderOf.${j}.evidence`, l.evidence);
    });
    (e.leadingFirmOf ?? []).forEach((l, j) => {
      need('enterprises', i, e.id, `leadingFirmOf.${j}.chain`, 'IndustryChain', l.chain);
      need('enterprises', i, e.id, `leadingFirmOf.${j}.region`, 'District', l.region);
      spans('enterprises', i, e.id, `leadingFirmOf.${j}.evidence`, l.evidence);
    });
    spans('enterprises', i, e.id, 'locatedBy.evidence', e.locatedBy?.evidence);
    spans('enterprises', i, e.id, 'tagsBy.evidence', e.tagsBy?.evidence);
    (e.links ?? []).forEach((l, j) => {
      need('enterprises', i, e.id, `links.${j}.to`, 'Enterprise', l.to);
      spans('enterprises', i, e.id, `links.${j}.evidence`, l.evidence);
    });
    spans('enterprises', i, e.id, 'evidence', e.evidence);
  });
  bundle.projects.forEach((p, i) => {
    (p.enterprises ?? []).forEach((e, j) =>
      need('projects', i, p.id, `enterprises.${j}.enterprise`, 'Enterprise', e.enterprise),
    );
    need('projects', i, p.id, 'district', 'District', p.district);
    need('projects', i, p.id, 'park', 'Park', p.park);
    (p.batches ?? []).forEach((b, j) => {
      need('projects', i, p.id, `batches.${j}.event`, 'Event', b.event);
      spans('projects', i, p.id, `batches.${j}.evidence`, b.evidence);
    });
    (p.rosters ?? []).forEach((r, j) => {
      need('projects', i, p.id, `rosters.${j}.event`, 'Event', r.event);
      need('projects', i, p.id, `rosters.${j}.region`, 'District', r.region);
      spans('projects', i, p.id, `rosters.${j}.evidence`, r.evidence);
    });
    spans('projects', i, p.id, 'locatedBy.evidence', p.locatedBy?.evidence);
    (p.segments ?? []).forEach((s, j) => {
      need('projects', i, p.id, `segments.${j}.segment`, 'ChainSegment', s.segment);
      spans('projects', i, p.id, `segments.${j}.evidence`, s.evidence);
    });
    (p.unmapped?.chains ?? []).forEach((c, j) =>
      need('projects', i, p.id, `unmapped.chains.${j}`, 'IndustryChain', c),
    );
    (p.capacity ?? []).forEach((c, j) =>
      spans('projects', i, p.id, `capacity.${j}.evidence`, c.evidence),
    );
    spans('projects', i, p.id, 'evidence', p.evidence);
  });
  bundle.events.forEach((e, i) => {
    need('events', i, e.id, 'region', 'District', e.region);
    spans('events', i, e.id, 'evidence', e.evidence);
  });
  bundle.figures.forEach((f, i) => {
    need('figures', i, f.id, 'subject.id', SUBJECT_LABEL[f.subject.kind], f.subject.id);
    need('figures', i, f.id, 'scope', 'District', f.scope);
    spans('figures', i, f.id, 'evidence', f.evidence);
  });

  bundle.sources.forEach((s, i) =>
    report('sources', i, s.id, checkDate(s.publishedOn, 'publishedOn', now)),
  );
  for (const kind of NAMED_KINDS)
    (bundle[kind] as { id: string; name: string; aliases?: string[] | null }[]).forEach((r, i) =>
      report(kind, i, r.id, checkNames(r)),
    );
  bundle.events.forEach((e, i) => report('events', i, e.id, checkDate(e.date, 'date')));
  bundle.projects.forEach((p, i) => report('projects', i, p.id, checkProject(p, now)));
  bundle.figures.forEach((f, i) => report('figures', i, f.id, checkFigure(f)));
  return { problems, external };
}

/** The uid of every node record of the bundle, for the identity look-up in the graph. */
export function nodeUids(ds: LoadedDataset): string[] {
  return (Object.keys(LABEL) as NodeKind[]).flatMap((kind) =>
    (ds.bundle[kind] as { id: string }[]).map((r) => uid(LABEL[kind], r.id)),
  );
}

/** A record's identity as the graph would store it (see meaning-rules.ts › identityOf). */
function recordIdentity(kind: NodeKind, r: Record<string, unknown>): string | undefined {
  if (kind === 'figures') {
    const subject = r.subject as { kind: string; id: string };
    return identityOf('Figure', { kind: r.kind, subjectKind: subject.kind, subjectId: subject.id });
  }
  return identityOf(LABEL[kind], r);
}

/**
 * Records whose id already exists in the graph with a different identity (name, a Source's
 * file, a Figure's subject and kind), and do not say they are a correction. `stored` maps uid
 * to the node's properties as read by cypher/dataset/stored-identities.cypher.
 */
export function identityProblems(
  ds: LoadedDataset,
  stored: Map<string, Record<string, unknown>>,
): Problem[] {
  const problems: Problem[] = [];
  if (!stored.size) return problems;
  for (const kind of Object.keys(LABEL) as NodeKind[]) {
    const label = LABEL[kind];
    (ds.bundle[kind] as (Record<string, unknown> & { id: string })[]).forEach((r, i) => {
      const props = stored.get(uid(label, r.id));
      if (!props) return;
      const issues = checkIdentity(
        label,
        r.id,
        identityOf(label, props),
        recordIdentity(kind, r),
        r.correction as { reason: string } | null | undefined,
      );
      for (const issue of issues) problems.push({ ...locate(ds, kind, i, r.id), ...issue });
    });
  }
  return problems;
}

/** A cycle in a directed edge list, as the path of nodes, or null. */
export function findCycle(edges: [string, string][]): string[] | null {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) next.set(a, [...(next.get(a) ?? []), b]);
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 1);
    stack.push(n);
    for (const m of next.get(n) ?? []) {
      if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const found = visit(m);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(n, 2);
    return null;
  };
  for (const n of next.keys()) {
    if (!state.has(n)) {
      const found = visit(n);
      if (found) return found;
    }
  }
  return null;
}
