import { uid } from '../core/uid.js';
import type { Kind } from './records.js';

/** Node label of each record kind (`supplies` are relationships only). */
export const LABEL = {
  sources: 'Source',
  districts: 'District',
  parks: 'Park',
  chains: 'IndustryChain',
  segments: 'ChainSegment',
  clusters: 'Cluster',
  enterprises: 'Enterprise',
  projects: 'Project',
  events: 'Event',
  figures: 'Figure',
} as const satisfies Partial<Record<Kind, string>>;

export type NodeKind = keyof typeof LABEL;
export type Label = (typeof LABEL)[NodeKind];

/** Figure subjects and the labels they point at. */
export const SUBJECT_LABEL = {
  project: 'Project',
  enterprise: 'Enterprise',
  district: 'District',
  park: 'Park',
  cluster: 'Cluster',
  event: 'Event',
  chain: 'IndustryChain',
} as const;

/**
 * Relationship types written by the import, each in cypher/dataset/rel-<kebab>.cypher.
 * Every one goes out of the record that owns it, carries a `key` unique per owner, and
 * is replaced wholesale when the owner is imported again.
 */
export const REL_TYPES = [
  'WITHIN',
  'IN_DISTRICT',
  'IN_CHAIN',
  'SUPPLIES',
  'IN_REGION',
  'INCLUDES_CHAIN',
  'LOCATED_IN',
  'SUBSIDIARY_OF',
  'OPERATES_IN',
  'LEADS',
  'LEADING_FIRM_OF',
  'SUPPLIES_TO',
  'PARTNERS_WITH',
  'INVESTED_BY',
  'UNDERTAKEN_BY',
  'LISTED_IN',
  'IN_ROSTER',
  'TARGETS',
  'ABOUT',
  'SCOPED_TO',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const LINK_TYPE = {
  supplier_of: 'SUPPLIES_TO',
  partner_of: 'PARTNERS_WITH',
  invested_by: 'INVESTED_BY',
} as const;

/** Properties computed by the import (not part of the dataset; never exported). */
export const DERIVED_PROPS = new Set([
  'uid',
  'contentHash',
  'version',
  'totalInvestmentYi',
  'outputValueYi',
  'effectiveStatus',
  'latestPeriod',
  'revenueYi',
]);

export { uid };

export function relFile(type: RelType): string {
  return `dataset/rel-${type.toLowerCase().replace(/_/g, '-')}`;
}

export function upsertFile(label: Label): string {
  return `dataset/upsert-${label.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
}
