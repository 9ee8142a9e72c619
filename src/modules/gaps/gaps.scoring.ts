import { score } from '../../core/round.js';

/**
 * The meaning of a chain gap (DOMAIN.md "What the analysis must mean"), as pure functions over the
 * facts that gaps/segment-presence returns. No database here, so every rule is unit-tested.
 */
export type GapClass = 'MISSING' | 'PIPELINE_ONLY' | 'WEAK' | 'PRESENT';
export type Status = 'planned' | 'signed' | 'under_construction' | 'in_production';

export interface PresentFirm {
  id: string;
  name: string;
  revenueYi: number | null;
  tags: string[];
  leader: boolean;
}

export interface PresentProject {
  id: string;
  name: string;
  status: Status | null;
  investmentYi: number | null;
}

export interface SegmentFacts {
  segmentId: string;
  firmCount: number;
  leaderCount: number;
  firms: PresentFirm[];
  projects: PresentProject[];
}

export interface GapOptions {
  /** Presence below this is WEAK (a firm counts 1, projects by status weight). */
  weakThreshold: number;
  /** Without a leading firm a present segment is WEAK (强链 target). */
  requireLeadingFirm: boolean;
  /** A firm with at least this revenue (亿元) counts as a leading firm. */
  leaderRevenueYi: number;
}

export const DEFAULT_GAP_OPTIONS: GapOptions = {
  weakThreshold: 2,
  requireLeadingFirm: true,
  leaderRevenueYi: 100,
};

/** Weight of a project in presence, by status: in production > under construction > signed. */
export const STATUS_WEIGHT: Record<Status | 'unknown', number> = {
  in_production: 1,
  under_construction: 0.5,
  signed: 0.25,
  planned: 0.1,
  unknown: 0.1,
};

/** Tags that mark a leading firm even without a 链主 designation. */
export const LEADING_TAGS = new Set(['链主', '上市公司', '央企', '小巨人', '独角兽']);

/** Completeness credit of each class. */
export const CLASS_CREDIT: Record<GapClass, number> = {
  PRESENT: 1,
  WEAK: 0.6,
  PIPELINE_ONLY: 0.3,
  MISSING: 0,
};

export interface SegmentVerdict {
  gapClass: GapClass;
  presenceScore: number;
  hasLeadingFirm: boolean;
  projectsByStatus: Record<Status | 'unknown', number>;
  reasons: string[];
}

export function isLeadingFirm(f: PresentFirm, o: GapOptions): boolean {
  return (
    f.leader || f.tags.some((t) => LEADING_TAGS.has(t)) || (f.revenueYi ?? 0) >= o.leaderRevenueYi
  );
}

export function classifySegment(
  facts: SegmentFacts,
  options: GapOptions = DEFAULT_GAP_OPTIONS,
): SegmentVerdict {
  const byStatus: Record<Status | 'unknown', number> = {
    planned: 0,
    signed: 0,
    under_construction: 0,
    in_production: 0,
    unknown: 0,
  };
  for (const p of facts.projects) byStatus[p.status ?? 'unknown'] += 1;
  const projectScore = (Object.keys(byStatus) as (Status | 'unknown')[]).reduce(
    (s, k) => s + byStatus[k] * STATUS_WEIGHT[k],
    0,
  );
  const presenceScore = score(facts.firmCount + projectScore);
  const hasLeadingFirm =
    facts.leaderCount > 0 || facts.firms.some((f) => isLeadingFirm(f, options));
  const reasons: string[] = [];

  let gapClass: GapClass;
  if (facts.firmCount === 0 && byStatus.in_production === 0) {
    if (facts.projects.length === 0) {
      gapClass = 'MISSING';
      reasons.push('no local enterprise or project in this segment');
    } else {
      gapClass = 'PIPELINE_ONLY';
      reasons.push(
        `no local enterprise; only projects not yet in production (${facts.projects.length})`,
      );
    }
  } else if (presenceScore < options.weakThreshold) {
    gapClass = 'WEAK';
    reasons.push(`presence ${presenceScore} is below the threshold ${options.weakThreshold}`);
  } else if (options.requireLeadingFirm && !hasLeadingFirm) {
    gapClass = 'WEAK';
    reasons.push('no leading firm (链主, listed or large enterprise) in the segment');
  } else {
    gapClass = 'PRESENT';
    reasons.push(`presence ${presenceScore}${hasLeadingFirm ? ' with a leading firm' : ''}`);
  }
  return { gapClass, presenceScore, hasLeadingFirm, projectsByStatus: byStatus, reasons };
}

export interface Completeness {
  /** Share of segments with local capacity (PRESENT or WEAK). */
  share: number;
  /** Mean class credit: PRESENT 1, WEAK 0.6, PIPELINE_ONLY 0.3, MISSING 0. */
  weighted: number;
  counts: Record<GapClass, number>;
}

export function completeness(classes: GapClass[]): Completeness {
  const counts: Record<GapClass, number> = { MISSING: 0, PIPELINE_ONLY: 0, WEAK: 0, PRESENT: 0 };
  for (const c of classes) counts[c] += 1;
  const n = classes.length || 1;
  return {
    share: score((counts.PRESENT + counts.WEAK) / n),
    weighted: score(classes.reduce((s, c) => s + CLASS_CREDIT[c], 0) / n),
    counts,
  };
}

export interface Edge {
  from: string;
  to: string;
}

export interface ExtensionPoint {
  segmentId: string;
  viaSegmentId: string;
  /** UPSTREAM: the missing segment supplies the present one; DOWNSTREAM: it consumes its output. */
  direction: 'UPSTREAM' | 'DOWNSTREAM';
  gapClass: GapClass;
}

/**
 * 延链: segments without local capacity (MISSING or PIPELINE_ONLY) next to a segment with local
 * capacity (PRESENT or WEAK) along a supply edge, in either direction, within or across chains.
 */
export function extensionPoints(classOf: Map<string, GapClass>, edges: Edge[]): ExtensionPoint[] {
  const hasCapacity = (id: string) => ['PRESENT', 'WEAK'].includes(classOf.get(id) ?? '');
  const lacks = (id: string) => ['MISSING', 'PIPELINE_ONLY'].includes(classOf.get(id) ?? '');
  const out = new Map<string, ExtensionPoint>();
  for (const e of edges) {
    if (hasCapacity(e.to) && lacks(e.from)) {
      out.set(`${e.from}|${e.to}`, {
        segmentId: e.from,
        viaSegmentId: e.to,
        direction: 'UPSTREAM',
        gapClass: classOf.get(e.from)!,
      });
    }
    if (hasCapacity(e.from) && lacks(e.to)) {
      out.set(`${e.to}|${e.from}`, {
        segmentId: e.to,
        viaSegmentId: e.from,
        direction: 'DOWNSTREAM',
        gapClass: classOf.get(e.to)!,
      });
    }
  }
  return [...out.values()].sort(
    (a, b) =>
      a.segmentId.localeCompare(b.segmentId) || a.viaSegmentId.localeCompare(b.viaSegmentId),
  );
}

/** The nodes of a region's chain map, as the summary needs them. */
export interface SummaryNode {
  segment: { id: string };
  inChain: boolean;
  gapClass: GapClass;
}

/**
 * A region's summary of one chain: its own segments, the completeness over them and the extension
 * points that extend THIS chain (their local neighbour is one of the chain's segments).
 */
export function regionSummary<N extends SummaryNode>(
  nodes: N[],
  links: { source: string; target: string }[],
) {
  const own = nodes.filter((n) => n.inChain);
  const classOf = new Map<string, GapClass>(nodes.map((n) => [n.segment.id, n.gapClass]));
  const inChain = new Set(own.map((n) => n.segment.id));
  const byId = new Map(nodes.map((n) => [n.segment.id, n.segment as N['segment']]));
  const points = extensionPoints(
    classOf,
    links.map((l) => ({ from: l.source, to: l.target })),
  )
    .filter((p) => inChain.has(p.viaSegmentId))
    .map((p) => ({
      segment: byId.get(p.segmentId)!,
      via: byId.get(p.viaSegmentId)!,
      direction: p.direction,
      crossChain: !inChain.has(p.segmentId),
      gapClass: p.gapClass,
    }));
  const c = completeness(own.map((n) => n.gapClass));
  return {
    completeness: {
      share: c.share,
      weighted: c.weighted,
      missing: c.counts.MISSING,
      pipelineOnly: c.counts.PIPELINE_ONLY,
      weak: c.counts.WEAK,
      present: c.counts.PRESENT,
    },
    segments: own,
    extensionPoints: points,
  };
}
