import type { Principal } from '../auth/roles.js';
import type { RoundTripCounter } from '../db/round-trips.js';
import type { Logger } from '../observability/logger.js';
import type { Database } from '../db/database.js';
import type { Reader } from './reader.js';

/**
 * What every resolver receives. Modules read the graph only through `reader`, which is bound to
 * the request's abort signal and deadline; the HTTP layer (server/app.ts) builds the context.
 */
export interface RequestContext {
  /** Reads of this request: single statements and batched per-parent statements. */
  reader: Reader;
  /** The database, for the editing paths' write transactions (modules/edits); reads go through `reader`. */
  db: Database;
  log: Logger;
  requestId: string;
  /** True when the database is the embedded child process. */
  embedded: boolean;
  /** Statements sent to the database for this request so far. */
  roundTrips: RoundTripCounter;
  /** The client asked (header x-chainatlas-round-trips: 1) to see the count in `extensions`. */
  reportRoundTrips: boolean;
  /** Who asks: an API key's holder (with its role), or anonymous where the policy allows it. */
  principal: Principal;
}
