import type { Config } from './config/config.js';
import { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import {
  httpPortInUse,
  portIsFree,
  startConfiguredNeo4j,
  type EmbeddedNeo4j,
} from './embedded/neo4j-process.js';
import { EmbeddedSupervisor, type SupervisorStatus } from './embedded/supervisor.js';
import type { Logger } from './observability/logger.js';
import { startHttpServer, type HttpServerHandle } from './server/app.js';

export interface Runtime {
  config: Config;
  db: Database;
  http: HttpServerHandle;
  /** The embedded database as it runs now (a restart replaces it). */
  readonly embedded?: EmbeddedNeo4j;
  /** The supervisor of the embedded database, when there is one. */
  supervisor?: EmbeddedSupervisor;
  /** Drains HTTP, closes the driver, stops the embedded JVM. Idempotent. */
  stop(): Promise<void>;
}

/** Hooks run after migrations and before the server reports ready (e.g. the start-up seed). */
export type StartupHook = (db: Database, log: Logger) => Promise<void>;

/**
 * Wires the app together: the database (embedded and supervised unless NEO4J_URI is set), the
 * HTTP server, migrations and start-up hooks. /healthz answers as soon as HTTP listens;
 * /readyz only once setup has finished and while the database answers.
 */
export async function startRuntime(
  config: Config,
  log: Logger,
  hooks: StartupHook[] = [],
): Promise<Runtime> {
  let supervisor: EmbeddedSupervisor | undefined;
  let uri = config.neo4j.uri;
  let password = config.neo4j.password;
  let user = config.neo4j.user;
  let stopped = false;
  // The supervisor is made before the gateway exists and reports to it once connected.
  const gateway: { db?: Database } = {};
  if (!uri) {
    // A second instance on a taken HTTP port is refused before a JVM is started or a file written.
    if (config.port !== 0 && !(await portIsFree(config.port, config.host))) {
      throw httpPortInUse(config.port, config.host);
    }
    const embeddedLog = log.child({ component: 'embedded-neo4j' });
    const first = await startConfiguredNeo4j(config.embedded, (msg) => embeddedLog.info(msg));
    supervisor = new EmbeddedSupervisor(first, {
      // The same port again, so the driver's address stays valid.
      start: () =>
        startConfiguredNeo4j({ ...config.embedded, port: first.port }, (msg) =>
          embeddedLog.info(msg),
        ),
      onDown: (code) => {
        if (stopped) return;
        embeddedLog.error({ code }, 'the embedded Neo4j exited unexpectedly; restarting it');
        gateway.db?.markDown(`the embedded database exited (code ${code}) and is restarting`);
      },
      onUp: (_neo4j, restarts) => {
        embeddedLog.warn({ restarts }, 'the embedded Neo4j is back');
        void gateway.db?.ping();
      },
      onGiveUp: (restarts, lastError) => {
        embeddedLog.fatal(
          { restarts, lastError: String(lastError ?? '') },
          'the embedded Neo4j keeps failing; gave up restarting it. See its logs in ' +
            `${config.embedded.dir}/db/logs, then restart ChainAtlas`,
        );
        gateway.db?.markDown('the embedded database keeps failing and is no longer restarted');
      },
      log: (msg) => embeddedLog.warn(msg),
    });
    uri = first.uri;
    user = first.user;
    password = first.password;
  }

  const dbLog = log.child({ component: 'db' });
  const database = Database.connect({
    ...config.neo4j,
    uri,
    user,
    password,
    onError: (err, key) => dbLog.warn({ err, query: key }, 'database call failed'),
    onAvailability: (down, reason) =>
      down
        ? dbLog.error({ reason }, 'database unavailable: requests fail fast until it answers')
        : dbLog.warn('database available again'),
  });
  database.startMonitor();
  gateway.db = database;

  let http: HttpServerHandle | undefined;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await http?.close().catch((err: unknown) => log.warn({ err }, 'HTTP drain failed'));
    await database.close().catch((err: unknown) => log.warn({ err }, 'closing the driver failed'));
    await supervisor?.stop();
  };

  try {
    http = await startHttpServer({
      config,
      db: database,
      log,
      embedded: Boolean(supervisor),
      databaseStatus: () => supervisorStatus(supervisor, database),
    });
    const report = await migrate(database, (msg) => log.warn(msg));
    log.info(
      { applied: report.applied.length, skipped: report.skipped.length },
      'schema setup done',
    );
    for (const hook of hooks) await hook(database, log);
    http.readiness.migrated = true;
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    config,
    db: database,
    http,
    supervisor,
    get embedded() {
      return supervisor?.db;
    },
    stop,
  };
}

/** What /readyz tells about the database beyond "answers or not". */
function supervisorStatus(
  supervisor: EmbeddedSupervisor | undefined,
  db: Database,
): Partial<SupervisorStatus> & { available: boolean; reason?: string } {
  return {
    available: db.available,
    ...(db.unavailableReason ? { reason: db.unavailableReason } : {}),
    ...(supervisor ? supervisor.state : {}),
  };
}
