// `npm run rollups:rebuild`: rebuilds every presence rollup from the graph, in batches.
// `npm run rollups:check [-- --chains a,b --clusters k --regions d1,d2 --as-of 3,5|all --stats none --candidates none]`:
// compares the rollups' answers with the direct computation over every local firm (now, and as of the
// periods given), the 补链 candidates (unless `--candidates none`: the direct ranking reads every firm
// of the chain graph-wide) and the project tallies' statistics with stats/projects-by (unless `--stats none`);
// prints the differences.
// Exit codes: 0 done (check: consistent), 1 the check found differences or stale marks, 2 failure.
import { checkRollups } from '../rollups/check.js';
import { rebuildRollups } from '../rollups/rollups.js';
import { exitOnError } from './exit-on-error.js';
import { withDatabase } from './with-database.js';
import type { Database } from '../db/database.js';

const [command, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 && rest[i + 1] ? rest[i + 1]!.split(',').filter(Boolean) : undefined;
};

if (command !== 'rebuild' && command !== 'check') {
  console.error(
    'Usage: npm run rollups:rebuild | npm run rollups:check [-- --chains id,… --clusters id,… --regions id,… --as-of p,…|all --stats none --candidates none]',
  );
  process.exit(2);
}

/** `--as-of 3,5` or `--as-of all` (every period the graph's events have): as-of answers compared too. */
async function asOfPeriods(db: Database): Promise<number[] | undefined> {
  const given = option('as-of');
  if (!given) return undefined;
  if (given[0] !== 'all') return given.map(Number).filter((n) => Number.isInteger(n));
  const rows = await db.read('rollups/periods');
  return rows.map((r) => Number(r.period));
}

/** A list of ids; `none` is the empty list (e.g. `--clusters none`), not an id. */
function listOption(name: string): string[] | undefined {
  const ids = option(name);
  return ids?.length === 1 && ids[0] === 'none' ? [] : ids;
}

try {
  const failed = await withDatabase(async (db) => {
    if (command === 'rebuild') {
      const report = await rebuildRollups(db, (m) => console.error(m));
      console.log(JSON.stringify(report, null, 2));
      return false;
    }
    const report = await checkRollups(db, {
      chains: listOption('chains'),
      clusters: listOption('clusters'),
      regions: listOption('regions'),
      asOfPeriods: await asOfPeriods(db),
      projectStats: option('stats')?.[0] !== 'none',
      candidates: option('candidates')?.[0] !== 'none',
      onProgress: (m) => console.error(m),
    });
    console.log(JSON.stringify(report, null, 2));
    return !report.built || report.dirty > 0 || report.differences.length > 0;
  });
  process.exit(failed ? 1 : 0);
} catch (err) {
  exitOnError(err);
}
