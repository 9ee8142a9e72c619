// `npm run import:enterprises -- <list.csv|list.xlsx> [--title …] [--date YYYY-MM-DD] [--publisher …]
//   [--dry-run] [--rejects FILE]`: imports an enterprise list (see README › Enterprise lists).
// Prints the summary (JSON); rows held or rejected go to the rejects CSV (default: beside the list).
// Exit codes: 0 done (held rows included), 1 invalid list (nothing written), 2 usage or other failure.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importList, rejectsCsv } from '../lists/import-list.js';
import { readList } from '../lists/read-list.js';
import { exitOnError } from './exit-on-error.js';
import { withDatabase } from './with-database.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    date: { type: 'string' },
    publisher: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    rejects: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) {
  console.error(
    'Usage: npm run import:enterprises -- <list.csv|list.xlsx> [--title 名单名称] [--date YYYY-MM-DD] [--publisher 发布单位] [--dry-run] [--rejects rejects.csv]',
  );
  process.exit(2);
}

try {
  const bytes = readFileSync(path.resolve(file));
  await withDatabase(async (db) => {
    const summary = await importList(db, bytes, path.basename(file), {
      title: args.title,
      date: args.date,
      publisher: args.publisher,
      dryRun: args['dry-run'],
      actor: { kind: 'cli', id: os.userInfo().username, name: `${os.userInfo().username} (cli)` },
    });
    const { issues, import: written, ...shown } = summary;
    console.log(
      JSON.stringify(
        { ...shown, issues: issues.map(({ values: _v, ...i }) => i), graph: written },
        null,
        2,
      ),
    );
    if (issues.length) {
      const out = args.rejects ?? file.replace(/(\.[^.]+)?$/, '.rejects.csv');
      writeFileSync(out, rejectsCsv(summary, (await readList(bytes, file)).header));
      console.error(`${issues.length} row(s) held or rejected, with the reason: ${out}`);
    }
    if (summary.dryRun) console.error('Dry run: nothing was written.');
  });
} catch (err) {
  exitOnError(err);
}
