import type { Bundle } from '../dataset/records.js';
import { enterpriseRecord, generateFirms, revenueFigure } from './generate-enterprises.js';
import {
  countListings,
  eventCountFigures,
  generateEvents,
  type ListingCounts,
} from './generate-events.js';
import { designateLeaders, linkSuppliers } from './generate-links.js';
import { projectStream } from './generate-projects.js';
import { generateRegions } from './generate-regions.js';
import { resolveSettings, type GenerateOptions } from './settings.js';
import { indexTaxonomy, type Taxonomy } from './taxonomy.js';

/** The kinds a generated dataset holds. */
export type GeneratedKind =
  'districts' | 'parks' | 'events' | 'enterprises' | 'projects' | 'figures';

/** Receives the generated records one at a time, each kind in its final order. */
export type RecordSink = <K extends GeneratedKind>(kind: K, record: Bundle[K][number]) => void;

/**
 * A synthetic dataset in the bundle format (data/FORMAT.md) on top of the real chain taxonomy:
 * regions under the seed's henan/zhengzhou, parks, enterprises with skewed revenue, supplier
 * links along the real supply edges, rare chain leaders, projects with figures and forward-only
 * 三个一批 paths over synthetic periods. Every id starts with `gen-`; every record is `reference`
 * data naming the seed. Pure: the same options and taxonomy give the same bundle.
 */
export function generateBundle(options: GenerateOptions, taxonomy: Taxonomy): Bundle {
  const bundle: Bundle = {
    sources: [],
    districts: [],
    parks: [],
    chains: [],
    segments: [],
    supplies: [],
    clusters: [],
    enterprises: [],
    projects: [],
    events: [],
    figures: [],
  };
  generateRecords(options, taxonomy, (kind, record) => (bundle[kind] as unknown[]).push(record));
  return bundle;
}

/**
 * The same records as generateBundle, handed to `sink` one at a time instead of collected:
 * only the firms (what projects and links need) stay in memory, never the records, so a
 * 1 000 000-firm graph is written in bounded memory. Within each kind the order is the
 * bundle's: figures are the firms' revenues, then the projects' figures, then the periods'
 * counts.
 */
export function generateRecords(
  options: GenerateOptions,
  taxonomy: Taxonomy,
  sink: RecordSink,
): void {
  const s = resolveSettings(options);
  const ix = indexTaxonomy(taxonomy);
  const regions = generateRegions(s, taxonomy.regionNames);
  for (const d of regions.districts) sink('districts', d);
  for (const p of regions.parks) sink('parks', p);
  const firms = generateFirms(s, ix, regions);
  designateLeaders(firms, regions.places);
  linkSuppliers(s, ix, firms);
  const events = generateEvents(s);
  for (const e of events) sink('events', e);
  for (const f of firms) {
    sink('enterprises', enterpriseRecord(f, s, regions));
    sink('figures', revenueFigure(f, s));
  }
  const counts: ListingCounts = new Map();
  for (const { project, figures } of projectStream(s, ix, regions, firms, events)) {
    countListings(counts, project);
    sink('projects', project);
    for (const f of figures) sink('figures', f);
  }
  for (const f of eventCountFigures(s, events, counts)) sink('figures', f);
}
