// Entry point: `npm start`. Starts the embedded Neo4j (unless NEO4J_URI is set), the API and the IDE.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { EmbeddedNeo4jError } from './embedded/errors.js';
import { createLogger } from './observability/logger.js';
import { startRuntime } from './runtime.js';
import { seedHook } from './dataset/seed-hook.js';
import { warmUp } from './server/warm-up.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  try {
    runtime = await startRuntime(config, log, [seedHook(config)]);
  } catch (err) {
    if (err instanceof EmbeddedNeo4jError) log.fatal({ code: err.code }, err.message);
    else log.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
  log.info(
    { url: `${runtime.http.url}/graphql` },
    `ChainAtlas ready: open ${runtime.http.url}/graphql`,
  );
  // In the background: the chain-map page's statements are planned before anyone opens it.
  warmUp(runtime.http.execute, log).catch((err: unknown) =>
    log.warn({ err }, 'warm-up failed; the first requests will be slower'),
  );

  // Guarded rather than `once`: a terminal's Ctrl-C can arrive twice in a few milliseconds
  // (npm and tsx relay it), and a used-up `once` handler would let the second one kill the
  // process half-way through the shutdown.
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 30_000);
    force.unref();
    void runtime.stop().then(() => {
      log.info('stopped');
      // Exit only once the log line is written (stdout may be asynchronous).
      log.flush(() => process.exit(0));
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));
}

void main();
