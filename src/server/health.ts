import type { Express } from 'express';
import type { Database } from '../db/database.js';

export interface Readiness {
  /** Set once migrations (and the start-up seed) have completed. */
  migrated: boolean;
  /** Set while the server is draining for shutdown. */
  shuttingDown: boolean;
}

/**
 * /healthz: the process is up (for restarts). /readyz: the database answers and the schema
 * setup has run (for load balancers); 503 with the failing checks otherwise.
 */
export function mountHealth(
  app: Express,
  db: Database,
  readiness: Readiness,
  databaseStatus?: () => Record<string, unknown>,
): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get('/readyz', async (_req, res) => {
    // A database known to be down is not pinged again here: the monitor does that.
    const database = db.available && (await db.ping(2000));
    const checks = {
      database,
      migrations: readiness.migrated,
      acceptingRequests: !readiness.shuttingDown,
    };
    const ready = Object.values(checks).every(Boolean);
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unready',
      checks,
      ...(databaseStatus ? { database: databaseStatus() } : {}),
    });
  });
}
