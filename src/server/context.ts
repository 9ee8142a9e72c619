import type { Database } from '../db/database.js';
import type { RoundTripCounter } from '../db/round-trips.js';
import type { Logger } from '../observability/logger.js';
import type { Loaders } from '../graphql/loaders.js';

/** What every resolver receives: the database gateway and request-scoped helpers. */
export interface RequestContext {
  db: Database;
  log: Logger;
  requestId: string;
  /** Aborted when the request's deadline passes or the client goes away. */
  signal: AbortSignal;
  /** True when the database is the embedded child process. */
  embedded: boolean;
  /** Per-request batch loaders: nested fields cost one round trip per field, not per parent. */
  loaders: Loaders;
  /** Statements sent to the database for this request so far. */
  roundTrips: RoundTripCounter;
  /** The client asked (header x-chainatlas-round-trips: 1) to see the count in `extensions`. */
  reportRoundTrips: boolean;
}
