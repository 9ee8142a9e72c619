import type { Bundle } from '../dataset/records.js';
import { enterpriseRecord, generateFirms, revenueFigure } from './generate-enterprises.js';
import { eventCountFigures, generateEvents } from './generate-events.js';
import { designateLeaders, linkSuppliers } from './generate-links.js';
import { generateProjects } from './generate-projects.js';
import { generateRegions } from './generate-regions.js';
import { resolveSettings, type GenerateOptions } from './settings.js';
import { indexTaxonomy, type Taxonomy } from './taxonomy.js';

/**
 * A synthetic dataset in the bundle format (data/FORMAT.md) on top of the real chain taxonomy:
 * regions under the seed's henan/zhengzhou, parks, enterprises with skewed revenue, supplier
 * links along the real supply edges, rare chain leaders, projects with figures and forward-only
 * 三个一批 paths over synthetic periods. Every id starts with `gen-`; every record is `reference`
 * data naming the seed. Pure: the same options and taxonomy give the same bundle.
 */
export function generateBundle(options: GenerateOptions, taxonomy: Taxonomy): Bundle {
  const s = resolveSettings(options);
  const ix = indexTaxonomy(taxonomy);
  const regions = generateRegions(s, taxonomy.regionNames);
  const firms = generateFirms(s, ix, regions);
  designateLeaders(firms, regions.places);
  linkSuppliers(s, ix, firms);
  const events = generateEvents(s);
  const { projects, figures } = generateProjects(s, ix, regions, firms, events);
  return {
    sources: [],
    districts: regions.districts,
    parks: regions.parks,
    chains: [],
    segments: [],
    supplies: [],
    clusters: [],
    enterprises: firms.map((f) => enterpriseRecord(f, s, regions)),
    projects,
    events,
    figures: [
      ...firms.map((f) => revenueFigure(f, s)),
      ...figures,
      ...eventCountFigures(s, events, projects),
    ],
  };
}
