import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the statements one unit of work sends to the database. A GraphQL request counts its
 * statements in its Reader (graphql/reader.ts); `withRoundTripCounter` counts every statement
 * the Database runs within a callback (an import in a test), through AsyncLocalStorage, which
 * the server does not use per request: it makes every promise of the request pay for async hooks.
 */
export interface RoundTripCounter {
  count: number;
  keys: string[];
}

const storage = new AsyncLocalStorage<RoundTripCounter>();

export function withRoundTripCounter<T>(counter: RoundTripCounter, fn: () => T): T {
  return storage.run(counter, fn);
}

export function newRoundTripCounter(): RoundTripCounter {
  return { count: 0, keys: [] };
}

export function recordRoundTrip(key: string): void {
  const counter = storage.getStore();
  if (counter) {
    counter.count += 1;
    if (counter.keys.length < 200) counter.keys.push(key);
  }
}
