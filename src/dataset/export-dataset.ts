import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.js';
import { DERIVED_PROPS, LABEL, LINK_TYPE, type NodeKind } from './graph-model.js';
import { decodeProvenance } from './provenance.js';
import { Bundle, KINDS } from './records.js';
import { clean, type Props } from './to-graph.js';

interface Rel {
  type: string;
  to: string;
  props: Props;
}

const idOf = (uid: string) => uid.slice(uid.indexOf(':') + 1);
const labelOf = (uid: string) => uid.slice(0, uid.indexOf(':'));
const byPosition = (a: Rel, b: Rel) =>
  Number(a.props.position ?? 0) - Number(b.props.position ?? 0);
const LINK_KIND = Object.fromEntries(Object.entries(LINK_TYPE).map(([k, v]) => [v, k]));

/** district, park and (when the location has its own provenance) locatedBy of a record. */
function locationOf(rels: Rel[], type = 'LOCATED_IN'): Props {
  const at = (label: string) => rels.find((r) => r.type === type && labelOf(r.to) === label);
  const d = at('District');
  const k = at('Park');
  const own = [d, k].find((r) => r?.props.located === true);
  return {
    district: d ? idOf(d.to) : undefined,
    park: k ? idOf(k.to) : undefined,
    locatedBy: own ? decodeProvenance(own.props) : undefined,
  };
}

/** Reads the dataset graph back into the import format (derived properties left out). */
export async function exportDataset(db: Database): Promise<Bundle> {
  const out = emptyOut();
  for (const kind of Object.keys(LABEL) as NodeKind[]) {
    const rows = await db.read('dataset/export-nodes', { label: LABEL[kind] });
    for (const row of rows) recordOf(kind, row, out);
  }
  return finish(out);
}

/**
 * Some records of one kind as the import format writes them, with their stored `version` (the
 * edit path reads a record this way, changes it and writes it back through the import).
 * Supply edges come with their upstream segments in `supplies`.
 */
export async function exportRecords(
  db: Database,
  kind: NodeKind,
  ids: string[],
): Promise<{ bundle: Bundle; versions: Map<string, number> }> {
  const out = emptyOut();
  const versions = new Map<string, number>();
  const rows = await db.read('dataset/export-nodes-by-id', { label: LABEL[kind], ids });
  for (const row of rows) {
    const props = row.props as Props;
    versions.set(String(props.id), Number(props.version ?? 1));
    recordOf(kind, row, out);
  }
  return { bundle: finish(out), versions };
}

const emptyOut = () =>
  Object.fromEntries(KINDS.map((k) => [k, [] as Props[]])) as Record<string, Props[]>;

function finish(out: Record<string, Props[]>): Bundle {
  out.supplies = out
    .supplies!.sort((a, b) => Number(a.position) - Number(b.position))
    .map(({ position: _p, ...s }) => s);
  return Bundle.parse(out);
}

/** One node row of cypher/dataset/export-nodes* as its record, pushed onto `out[kind]`. */
function recordOf(kind: NodeKind, row: Props, out: Record<string, Props[]>): void {
  const props = Object.fromEntries(
    Object.entries(row.props as Props).filter(([k]) => !DERIVED_PROPS.has(k)),
  );
  const rels = row.rels as Rel[];
  const relsOf = (...types: string[]) =>
    rels.filter((r) => types.includes(r.type)).sort(byPosition);
  const one = (type: string, label?: string) => {
    const r = rels.find((x) => x.type === type && (!label || labelOf(x.to) === label));
    return r ? idOf(r.to) : undefined;
  };
  const {
    evidence: _e,
    reference: _r,
    referenceBasis: _b,
    tagsEvidence,
    tagsReference,
    tagsReferenceBasis,
    ...base
  } = props;
  const tagsBy =
    tagsEvidence || tagsReference
      ? decodeProvenance({
          evidence: tagsEvidence,
          reference: tagsReference,
          referenceBasis: tagsReferenceBasis,
        })
      : undefined;
  const prov = decodeProvenance(props);
  const relProv = (r: Rel) => decodeProvenance(r.props);
  let rec: Props;
  switch (kind) {
    case 'sources':
    case 'chains':
      rec = { ...base, ...prov };
      break;
    case 'districts':
      rec = { ...base, parent: one('WITHIN'), ...prov };
      break;
    case 'parks':
      rec = { ...base, ...locationOf(rels, 'IN_DISTRICT'), ...prov };
      break;
    case 'segments':
      rec = {
        ...base,
        chains: relsOf('IN_CHAIN').map((r) => ({ chain: idOf(r.to), order: r.props.order })),
        ...prov,
      };
      for (const r of relsOf('SUPPLIES'))
        out.supplies!.push({
          from: base.id,
          to: idOf(r.to),
          ...relProv(r),
          position: r.props.position,
        });
      break;
    case 'clusters':
      rec = {
        ...base,
        region: one('IN_REGION'),
        chains: relsOf('INCLUDES_CHAIN').map((r) => idOf(r.to)),
        ...prov,
      };
      break;
    case 'enterprises':
      rec = {
        ...base,
        tagsBy,
        ...locationOf(rels),
        parent: one('SUBSIDIARY_OF'),
        segments: relsOf('OPERATES_IN').map((r) => ({
          segment: idOf(r.to),
          basis: r.props.basis,
          ...relProv(r),
        })),
        leaderOf: relsOf('LEADS').map((r) => ({
          chain: idOf(r.to),
          region: r.props.region,
          ...relProv(r),
        })),
        leadingFirmOf: relsOf('LEADING_FIRM_OF').map((r) => ({
          chain: idOf(r.to),
          region: r.props.region,
          ...relProv(r),
        })),
        links: relsOf(...Object.values(LINK_TYPE)).map((r) => ({
          to: idOf(r.to),
          kind: LINK_KIND[r.type],
          ...relProv(r),
        })),
        ...prov,
      };
      break;
    case 'projects': {
      const { capacityJson, unmappedReason, unmappedChains, unmappedBasis, ...rest } = base;
      rec = {
        ...rest,
        capacity: capacityJson ? JSON.parse(String(capacityJson)) : undefined,
        unmapped: unmappedReason
          ? clean({ reason: unmappedReason, chains: unmappedChains, basis: unmappedBasis })
          : undefined,
        enterprises: relsOf('UNDERTAKEN_BY').map((r) =>
          clean({ enterprise: idOf(r.to), role: r.props.role }),
        ),
        ...locationOf(rels),
        batches: relsOf('LISTED_IN').map((r) => ({
          event: idOf(r.to),
          list: r.props.list,
          ...relProv(r),
        })),
        rosters: relsOf('IN_ROSTER').map((r) => ({
          event: idOf(r.to),
          list: r.props.list,
          region: r.props.region,
          ...relProv(r),
        })),
        segments: relsOf('TARGETS').map((r) => ({
          segment: idOf(r.to),
          basis: r.props.basis,
          ...relProv(r),
        })),
        ...prov,
      };
      break;
    }
    case 'events':
      rec = { ...base, region: one('IN_REGION'), ...prov };
      break;
    case 'figures': {
      const { subjectKind, subjectId, ...rest } = base;
      rec = {
        ...rest,
        subject: { kind: subjectKind, id: subjectId },
        scope: one('SCOPED_TO'),
        ...prov,
      };
      break;
    }
  }
  out[kind]!.push(clean(rec));
}

/** Writes a bundle as one file per kind (`<dir>/<kind>.json`), the format `import` reads. */
export function writeBundle(bundle: Bundle, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const kind of KINDS) {
    if (!bundle[kind].length) continue;
    const file = path.join(dir, `${kind}.json`);
    writeFileSync(file, `${JSON.stringify({ [kind]: bundle[kind] }, null, 2)}\n`);
    written.push(file);
  }
  return written;
}
