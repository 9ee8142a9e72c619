// `npm run ingest -- <article.txt> --title … [--publisher …] [--date YYYY-MM-DD]`: stores an article
// with its text and hash and puts its candidate facts in the review queue (accept or reject them
// with the acceptCandidate / rejectCandidate mutations). Prints the source id and the candidates.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArticle } from '../modules/ingest/ingest.queries.js';
import { exitOnError } from './exit-on-error.js';
import { withDatabase } from './with-database.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    publisher: { type: 'string' },
    date: { type: 'string' },
  },
});
const file = positionals[0];
if (!file || !args.title) {
  console.error(
    'Usage: npm run ingest -- <article.txt> --title 标题 [--publisher 发布单位] [--date YYYY-MM-DD]',
  );
  process.exit(2);
}

try {
  const text = readFileSync(path.resolve(file), 'utf8').replace(/^\uFEFF/, '');
  await withDatabase(async (db) => {
    const user = os.userInfo().username;
    const r = await ingestArticle(
      db,
      { title: args.title!, text, publisher: args.publisher, publishedOn: args.date },
      { kind: 'cli', id: user, name: `${user} (cli)` },
    );
    console.log(
      JSON.stringify(
        {
          sourceId: r.sourceId,
          created: r.created,
          candidates: r.candidates.map((c) => ({
            id: c.id,
            factKind: c.factKind,
            summary: c.summary,
            confidence: c.confidence,
            text: text.replace(/\r\n?/g, '\n').slice(c.start, c.end),
          })),
        },
        null,
        2,
      ),
    );
  });
} catch (err) {
  exitOnError(err);
}
