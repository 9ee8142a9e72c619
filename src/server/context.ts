import type { Database } from '../db/database.js';
import type { Logger } from '../observability/logger.js';

/** What every resolver receives: the database gateway and request-scoped helpers. */
export interface RequestContext {
  db: Database;
  log: Logger;
  requestId: string;
  /** Aborted when the request's deadline passes or the client goes away. */
  signal: AbortSignal;
  /** True when the database is the embedded child process. */
  embedded: boolean;
}
