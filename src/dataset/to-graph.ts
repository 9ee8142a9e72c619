import { stableJson } from '../core/stable-json.js';
import { createHash } from 'node:crypto';
import {
  LABEL,
  LINK_TYPE,
  SUBJECT_LABEL,
  uid,
  type Label,
  type NodeKind,
  type RelType,
} from './graph-model.js';
import { encodeProvenance, type StoredProvenance } from './provenance.js';
import type { Bundle, Span } from './records.js';

export type Props = Record<string, unknown>;

export interface NodeRow {
  label: Label;
  uid: string;
  id: string;
  props: Props;
  hash: string;
}

export interface RelRow {
  type: RelType;
  from: string;
  to: string;
  key: string;
  props: Props;
}

export interface EvidenceRow {
  uid: string;
  source: string;
  start: number;
  end: number;
  key: string;
}

export interface GraphRows {
  nodes: NodeRow[];
  rels: RelRow[];
  evidence: EvidenceRow[];
  /** Owners whose outgoing relationships of `types` are replaced by this import. */
  owners: { uid: string; types: string[]; keep: string[] }[];
}

/** Drops null/undefined and empty lists: Neo4j stores neither, and absent means unknown. */
export function clean(obj: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

/** Relationship types each record kind owns (replaced when the record is imported again). */
const OWNED_TYPES: Record<NodeKind, RelType[]> = {
  sources: [],
  districts: ['WITHIN'],
  parks: ['IN_DISTRICT'],
  chains: [],
  segments: ['IN_CHAIN'],
  clusters: ['IN_REGION', 'INCLUDES_CHAIN'],
  enterprises: [
    'LOCATED_IN',
    'SUBSIDIARY_OF',
    'OPERATES_IN',
    'LEADS',
    'LEADING_FIRM_OF',
    'SUPPLIES_TO',
    'PARTNERS_WITH',
    'INVESTED_BY',
  ],
  projects: ['UNDERTAKEN_BY', 'LOCATED_IN', 'LISTED_IN', 'IN_ROSTER', 'TARGETS'],
  events: ['IN_REGION'],
  figures: ['ABOUT', 'SCOPED_TO'],
};

const prov = (rec: {
  evidence?: Span[] | null;
  reference?: { basis: string } | null;
}): StoredProvenance => encodeProvenance(rec);

/** Turns a validated dataset into the rows the import statements take. Pure and deterministic. */
export function toGraph(bundle: Bundle): GraphRows {
  const rows: GraphRows = { nodes: [], rels: [], evidence: [], owners: [] };
  // Relationships grouped by owner: a record owns the types of its kind; supply edges are
  // owned by their upstream segment as a separate group, so importing segments alone keeps them.
  const owned = new Map<
    string,
    { uid: string; types: string[]; rels: RelRow[]; evidence: string[] }
  >();

  const node = (kind: NodeKind, id: string, props: Props, evidence: Span[] | null | undefined) => {
    const label = LABEL[kind];
    const u = uid(label, id);
    const p = clean({ id, ...props });
    rows.nodes.push({ label, uid: u, id, props: p, hash: '' });
    const group = {
      uid: u,
      types: [...OWNED_TYPES[kind], 'EVIDENCED_BY'],
      rels: [] as RelRow[],
      evidence: [] as string[],
    };
    owned.set(u, group);
    for (const s of evidence ?? []) {
      const key = `EVIDENCED_BY>${uid('Source', s.source)}#${s.start}-${s.end}`;
      rows.evidence.push({ uid: u, source: s.source, start: s.start, end: s.end, key });
      group.evidence.push(key);
    }
    return u;
  };
  const rel = (
    type: RelType,
    from: string,
    toLabel: string,
    toId: string | null | undefined,
    props: Props = {},
    disc = '',
  ) => {
    if (!toId) return;
    const to = uid(toLabel, toId);
    const r: RelRow = {
      type,
      from,
      to,
      key: `${type}>${to}${disc ? `#${disc}` : ''}`,
      props: clean(props),
    };
    const groupKey = type === 'SUPPLIES' ? `${from}|supplies` : from;
    let group = owned.get(groupKey);
    if (!group) {
      group = { uid: from, types: type === 'SUPPLIES' ? ['SUPPLIES'] : [], rels: [], evidence: [] };
      owned.set(groupKey, group);
    }
    group.rels.push(r);
  };

  // Tags stated by another provenance than the record's: stored beside them as tags* properties.
  const tagsProvenance = (by: Parameters<typeof prov>[0] | null | undefined): Props => {
    if (!by) return {};
    const p = prov(by);
    return {
      tagsEvidence: p.evidence,
      tagsReference: p.reference,
      tagsReferenceBasis: p.referenceBasis,
    };
  };
  const locatedProps = (by: Parameters<typeof prov>[0] | null | undefined): Props =>
    by ? { located: true, ...prov(by) } : {};
  // A location carries its own provenance when the record says where it is stated (`locatedBy`),
  // else the record's: an article firm can sit in a district known from public knowledge.
  const located = (
    u: string,
    r: {
      district?: string | null;
      park?: string | null;
      locatedBy?: Parameters<typeof prov>[0] | null;
    },
  ) => {
    const where = locatedProps(r.locatedBy);
    rel('LOCATED_IN', u, 'District', r.district, where);
    rel('LOCATED_IN', u, 'Park', r.park, where);
  };

  for (const s of bundle.sources)
    node(
      'sources',
      s.id,
      {
        file: s.file,
        title: s.title,
        publisher: s.publisher,
        publishedOn: s.publishedOn,
        sha256: s.sha256,
        kind: s.kind,
        text: s.text,
      },
      null,
    );

  for (const d of bundle.districts) {
    const u = node(
      'districts',
      d.id,
      { name: d.name, aliases: d.aliases, level: d.level, ...prov(d) },
      d.evidence,
    );
    rel('WITHIN', u, 'District', d.parent);
  }
  for (const p of bundle.parks) {
    const u = node(
      'parks',
      p.id,
      { name: p.name, aliases: p.aliases, kind: p.kind, ...prov(p) },
      p.evidence,
    );
    rel('IN_DISTRICT', u, 'District', p.district, locatedProps(p.locatedBy));
  }
  for (const c of bundle.chains)
    node('chains', c.id, { name: c.name, aliases: c.aliases, ...prov(c) }, c.evidence);
  for (const s of bundle.segments) {
    const u = node(
      'segments',
      s.id,
      { name: s.name, aliases: s.aliases, stage: s.stage, ...prov(s) },
      s.evidence,
    );
    s.chains.forEach((c, i) =>
      rel('IN_CHAIN', u, 'IndustryChain', c.chain, { order: c.order, position: i }),
    );
  }
  for (const c of bundle.clusters) {
    const u = node(
      'clusters',
      c.id,
      { name: c.name, aliases: c.aliases, kind: c.kind, ...prov(c) },
      c.evidence,
    );
    rel('IN_REGION', u, 'District', c.region);
    (c.chains ?? []).forEach((ch, i) =>
      rel('INCLUDES_CHAIN', u, 'IndustryChain', ch, { position: i }),
    );
  }
  for (const e of bundle.enterprises) {
    const u = node(
      'enterprises',
      e.id,
      {
        name: e.name,
        aliases: e.aliases,
        kind: e.kind,
        tags: e.tags,
        ...tagsProvenance(e.tagsBy),
        hqOutside: e.hqOutside,
        creditCode: e.creditCode,
        stockCode: e.stockCode,
        industryCode: e.industryCode,
        foundedOn: e.foundedOn,
        ...prov(e),
      },
      e.evidence,
    );
    located(u, e);
    rel('SUBSIDIARY_OF', u, 'Enterprise', e.parent);
    (e.segments ?? []).forEach((s, i) =>
      rel('OPERATES_IN', u, 'ChainSegment', s.segment, { basis: s.basis, position: i, ...prov(s) }),
    );
    (e.leaderOf ?? []).forEach((l, i) =>
      rel(
        'LEADS',
        u,
        'IndustryChain',
        l.chain,
        { region: l.region, position: i, ...prov(l) },
        l.region,
      ),
    );
    (e.leadingFirmOf ?? []).forEach((l, i) =>
      rel(
        'LEADING_FIRM_OF',
        u,
        'IndustryChain',
        l.chain,
        { region: l.region, position: i, ...prov(l) },
        l.region,
      ),
    );
    (e.links ?? []).forEach((l, i) =>
      rel(LINK_TYPE[l.kind], u, 'Enterprise', l.to, { position: i, ...prov(l) }),
    );
  }
  for (const p of bundle.projects) {
    const capacity = p.capacity?.length ? JSON.stringify(p.capacity) : undefined;
    const u = node(
      'projects',
      p.id,
      {
        name: p.name,
        aliases: p.aliases,
        status: p.status,
        statusAsOf: p.statusAsOf,
        landAreaMu: p.landAreaMu,
        floorAreaSqm: p.floorAreaSqm,
        capacityJson: capacity,
        unmappedReason: p.unmapped?.reason,
        unmappedChains: p.unmapped?.chains?.length ? p.unmapped.chains : undefined,
        unmappedBasis: p.unmapped?.basis,
        ...prov(p),
      },
      p.evidence,
    );
    (p.enterprises ?? []).forEach((e, i) =>
      rel('UNDERTAKEN_BY', u, 'Enterprise', e.enterprise, { role: e.role, position: i }),
    );
    located(u, p);
    (p.batches ?? []).forEach((b, i) =>
      rel('LISTED_IN', u, 'Event', b.event, { list: b.list, position: i, ...prov(b) }, b.list),
    );
    (p.rosters ?? []).forEach((r, i) =>
      rel(
        'IN_ROSTER',
        u,
        'Event',
        r.event,
        { list: r.list, region: r.region, position: i, ...prov(r) },
        r.region,
      ),
    );
    (p.segments ?? []).forEach((s, i) =>
      rel('TARGETS', u, 'ChainSegment', s.segment, { basis: s.basis, position: i, ...prov(s) }),
    );
  }
  for (const e of bundle.events) {
    const u = node(
      'events',
      e.id,
      {
        name: e.name,
        aliases: e.aliases,
        kind: e.kind,
        period: e.period,
        date: e.date,
        ...prov(e),
      },
      e.evidence,
    );
    rel('IN_REGION', u, 'District', e.region);
  }
  for (const f of bundle.figures) {
    const u = node(
      'figures',
      f.id,
      {
        kind: f.kind,
        valueYi: f.valueYi,
        value: f.value,
        stated: f.stated,
        unit: f.unit,
        qualifier: f.qualifier,
        list: f.list,
        year: f.year,
        note: f.note,
        roster: f.roster || undefined,
        subjectKind: f.subject.kind,
        subjectId: f.subject.id,
        ...prov(f),
      },
      f.evidence,
    );
    rel('ABOUT', u, SUBJECT_LABEL[f.subject.kind], f.subject.id);
    rel('SCOPED_TO', u, 'District', f.scope);
  }
  bundle.supplies.forEach((s, i) =>
    rel('SUPPLIES', uid('ChainSegment', s.from), 'ChainSegment', s.to, { position: i, ...prov(s) }),
  );

  for (const group of owned.values()) {
    rows.rels.push(...group.rels);
    rows.owners.push({
      uid: group.uid,
      types: group.types,
      keep: [...group.rels.map((r) => r.key), ...group.evidence],
    });
  }
  for (const n of rows.nodes)
    n.hash = hashOf({
      props: n.props,
      rels: owned.get(n.uid)?.rels,
      evidence: owned.get(n.uid)?.evidence,
    });
  return rows;
}

/** A stable digest of a JSON value (object keys sorted). */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 32);
}

export { stableJson };
