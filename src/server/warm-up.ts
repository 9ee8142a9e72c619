import type { Logger } from '../observability/logger.js';
import {
  COMPARE,
  MAP,
  PANEL,
  PICKERS,
  dashboardQuery,
  type ChainMapAnswer,
} from '../map/browser/queries.js';
import type { Execute } from '../reports/run-report.js';

/**
 * The first run of a statement makes Neo4j plan it, which costs seconds for the analyses (measured
 * on the seed graph: a chain map 2.3 s cold, 50 ms warm). After start-up the chain-map page's own
 * operations are run once, in the background, on the district with the most projects and its
 * chain with the most projects (a district with no data would skip statements that real views
 * run), so the first analyst to open the page does not pay for the planning.
 */
export async function warmUp(execute: Execute, log: Logger): Promise<void> {
  const started = Date.now();
  const run = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await execute(query, variables);
    if (result.errors?.length)
      log.debug({ errors: result.errors.map((e) => e.message) }, 'warm-up operation failed');
    return (result.data ?? null) as T | null;
  };
  type Groups = { projectStats: { key: string; projectCount: number }[] } | null;
  const top = (g: Groups) =>
    (g?.projectStats ?? [])
      .filter((x) => x.key !== 'unknown')
      .sort((a, b) => b.projectCount - a.projectCount)
      .map((x) => x.key);
  const [, districts] = await Promise.all([
    run(PICKERS),
    run<Groups>('{ projectStats(groupBy: DISTRICT) { key projectCount } }'),
  ]);
  const [region, other] = top(districts);
  if (!region) return;
  const chains = await run<Groups>(
    'query($r: String) { projectStats(filter: { region: $r }, groupBy: CHAIN) { key projectCount } }',
    { r: region },
  );
  const [chain] = top(chains);
  if (!chain) return;
  const [map] = await Promise.all([
    run<ChainMapAnswer>(MAP, { chain, region, period: null }),
    other && run(COMPARE, { chain, regions: [region, other], period: null }),
    run(dashboardQuery(false), { place: region, name: region }),
  ]);
  // The side panel of a gap (with its candidates) and of a segment the region has.
  const nodes = map?.chainMap.nodes ?? [];
  const gap = nodes.find((n) => ['MISSING', 'WEAK', 'PIPELINE_ONLY'].includes(n.gapClass));
  const present = nodes.find((n) => n.gapClass === 'PRESENT');
  await Promise.all([
    gap && run(PANEL, { region, segment: gap.segment.id, gap: true }),
    present && run(PANEL, { region, segment: present.segment.id, gap: false }),
  ]);
  log.info({ ms: Date.now() - started, region, chain }, 'warmed up the chain-map page’s queries');
}
