import type { Logger } from '../observability/logger.js';
import { COMPARE, MAP, PANEL, PICKERS, dashboardQuery } from '../map/browser/queries.js';
import type { Execute } from '../reports/run-report.js';

/**
 * The first run of a statement makes Neo4j plan it, which costs seconds for the analyses (measured
 * on the seed graph: a chain map 2.3 s cold, 50 ms warm). After start-up the chain-map page's own
 * operations are run once, in the background, with names taken from the graph, so the first
 * analyst to open the page does not pay for the planning. Plans do not depend on the values.
 */
export async function warmUp(execute: Execute, log: Logger): Promise<void> {
  const started = Date.now();
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await execute(query, variables);
    if (result.errors?.length)
      log.debug({ errors: result.errors.map((e) => e.message) }, 'warm-up operation failed');
    return result.data ?? null;
  };
  const picked = (await run(PICKERS)) as {
    chains: { id: string }[];
    districts: { id: string }[];
  } | null;
  const chain = picked?.chains[0]?.id;
  const [region, other] = picked?.districts.map((d) => d.id) ?? [];
  if (!chain || !region) return;
  const segments = (await run('query($c: String) { segments(chain: $c) { id } }', {
    c: chain,
  })) as {
    segments: { id: string }[];
  } | null;
  const segment = segments?.segments[0]?.id;
  await Promise.all([
    run(MAP, { chain, region, period: null }),
    segment && run(PANEL, { region, segment, gap: true }),
    other && run(COMPARE, { chain, regions: [region, other], period: null }),
    run(dashboardQuery(false), { place: region, name: region }),
  ]);
  log.info({ ms: Date.now() - started }, 'warmed up the chain-map page’s queries');
}
