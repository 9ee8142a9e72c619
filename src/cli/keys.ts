// `npm run keys -- create --name <name> [--role reader|editor|admin] [--rate <per minute>]`
// `npm run keys -- list [--json]`
// `npm run keys -- revoke <id>`
// API keys live in the graph (hashes only), so every app instance on the database shares them.
// `create` prints the key once; it cannot be shown again. Exit codes: 0 done, 1 bad usage or no
// such key, 2 failure.
import { parseArgs } from 'node:util';
import { KeyStore } from '../auth/key-store.js';
import { isRole } from '../auth/roles.js';
import { AppError } from '../errors/app-error.js';
import { exitOnError } from './exit-on-error.js';
import { withDatabase } from './with-database.js';

const USAGE = `Usage:
  npm run keys -- create --name <name> [--role reader|editor|admin] [--rate <requests per minute>]
  npm run keys -- list [--json]
  npm run keys -- revoke <id>`;

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      role: { type: 'string', default: 'reader' },
      rate: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
} catch (err) {
  usage(err instanceof Error ? err.message : String(err));
}
const { values, positionals } = parsed;
const [command, ...args] = positionals;

try {
  await withDatabase(async (db) => {
    const store = new KeyStore(db, 0);
    switch (command) {
      case 'create': {
        if (!values.name) usage('create needs --name');
        if (!isRole(values.role))
          usage(`--role must be reader, editor or admin, got ${values.role}`);
        const rate = values.rate === undefined ? null : Number(values.rate);
        if (rate !== null && !(Number.isInteger(rate) && rate >= 1))
          usage(`--rate must be a whole number of requests per minute, got ${values.rate}`);
        const key = await store.create(values.name, values.role, rate);
        if (values.json) console.log(JSON.stringify(key));
        else {
          console.log(
            `Created key ${key.id} (${key.name}, ${key.role}). It is shown only now; keep it safe:\n`,
          );
          console.log(`  ${key.key}\n`);
          console.log(
            'Send it as "Authorization: Bearer <key>", "X-API-Key: <key>", or ?api_key=<key> on /api/v1/reports.',
          );
        }
        return;
      }
      case 'list': {
        const keys = await store.list();
        if (values.json) console.log(JSON.stringify(keys));
        else if (keys.length === 0) console.log('No API keys.');
        else
          console.table(
            keys.map((k) => ({
              id: k.id,
              name: k.name,
              role: k.role,
              'rate/min': k.ratePerMinute ?? 'default',
              created: k.createdAt?.slice(0, 19) ?? '',
              'last used': k.lastUsedAt?.slice(0, 19) ?? 'never',
              revoked: k.revokedAt?.slice(0, 19) ?? '',
            })),
          );
        return;
      }
      case 'revoke': {
        const id = args[0];
        if (!id) usage('revoke needs the key id (see npm run keys -- list)');
        const revoked = await store.revoke(id);
        if (!revoked) {
          console.error(`No key has the id ${id}.`);
          process.exitCode = 1;
          return;
        }
        console.log(`Revoked key ${revoked.id} (${revoked.name}) at ${revoked.revokedAt}.`);
        return;
      }
      default:
        usage(command ? `Unknown command ${command}` : 'No command given');
    }
  });
} catch (err) {
  if (err instanceof AppError) usage(err.message);
  exitOnError(err);
}
