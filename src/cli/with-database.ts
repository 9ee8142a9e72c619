import { loadConfig, type Config } from '../config/config.js';
import { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import path from 'node:path';
import {
  readEmbeddedPassword,
  startConfiguredNeo4j,
  type EmbeddedNeo4j,
} from '../embedded/neo4j-process.js';

/**
 * Gives a command-line tool the configured database: NEO4J_URI if set; else the embedded
 * database of a running app (same port); else the embedded database started just for the
 * tool and stopped afterwards. The schema setup is applied first.
 */
export async function withDatabase<T>(
  fn: (db: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  let password = config.neo4j.password;
  if (!uri) {
    // The running app's embedded database: the password is in its data folder.
    password = readEmbeddedPassword(path.join(config.embedded.dir, 'db'));
    const running = Database.connect({
      ...config.neo4j,
      uri: `bolt://127.0.0.1:${config.embedded.port}`,
      password,
      maxRetryTimeMs: 0,
    });
    const up = password !== undefined && (await running.ping(1500));
    await running.close();
    if (up) uri = `bolt://127.0.0.1:${config.embedded.port}`;
    else {
      embedded = await startConfiguredNeo4j(config.embedded, (m) => console.error(m));
      uri = embedded.uri;
      password = embedded.password;
    }
  }
  const db = Database.connect({ ...config.neo4j, uri, password });
  try {
    await migrate(db);
    return await fn(db, { ...config, neo4j: { ...config.neo4j, uri, password } });
  } finally {
    await db.close();
    await embedded?.stop();
  }
}
