import type { Config } from './config/config.js';
import { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { startConfiguredNeo4j, type EmbeddedNeo4j } from './embedded/neo4j-process.js';
import type { Logger } from './observability/logger.js';
import { startHttpServer, type HttpServerHandle } from './server/app.js';

export interface Runtime {
  config: Config;
  db: Database;
  http: HttpServerHandle;
  embedded?: EmbeddedNeo4j;
  /** Drains HTTP, closes the driver, stops the embedded JVM. Idempotent. */
  stop(): Promise<void>;
}

/** Hooks run after migrations and before the server reports ready (e.g. the start-up seed). */
export type StartupHook = (db: Database, log: Logger) => Promise<void>;

/**
 * Wires the app together: the database (embedded unless NEO4J_URI is set), the HTTP server,
 * migrations and start-up hooks. /healthz answers as soon as HTTP listens; /readyz only
 * once setup has finished.
 */
export async function startRuntime(
  config: Config,
  log: Logger,
  hooks: StartupHook[] = [],
): Promise<Runtime> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    embedded = await startConfiguredNeo4j(config.embedded, (msg) =>
      log.info({ component: 'embedded-neo4j' }, msg),
    );
    uri = embedded.uri;
    void embedded.exited.then((code) => {
      if (!stopped) log.error({ code }, 'the embedded Neo4j exited unexpectedly');
    });
  }

  const dbLog = log.child({ component: 'db' });
  const db = Database.connect({
    ...config.neo4j,
    uri,
    onError: (err, key) => dbLog.warn({ err, query: key }, 'database call failed'),
  });

  let stopped = false;
  let http: HttpServerHandle | undefined;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await http?.close().catch((err: unknown) => log.warn({ err }, 'HTTP drain failed'));
    await db.close().catch((err: unknown) => log.warn({ err }, 'closing the driver failed'));
    await embedded?.stop();
  };

  try {
    http = await startHttpServer({ config, db, log, embedded: Boolean(embedded) });
    const report = await migrate(db, (msg) => log.warn(msg));
    log.info(
      { applied: report.applied.length, skipped: report.skipped.length },
      'schema setup done',
    );
    for (const hook of hooks) await hook(db, log);
    http.readiness.migrated = true;
  } catch (err) {
    await stop();
    throw err;
  }
  return { config, db, http, embedded, stop };
}
