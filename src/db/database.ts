import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { toNative } from './convert.js';
import { cypher } from './cypher-files.js';
import { mapDriverError } from './errors.js';
import { recordRoundTrip } from './round-trips.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password?: string;
  database?: string;
  txTimeoutMs: number;
  maxPoolSize: number;
  /** How long the driver keeps retrying transient failures (e.g. the database restarting). */
  maxRetryTimeMs?: number;
  /** Called for every driver failure before it is mapped. */
  onError?: (err: unknown, queryKey: string) => void;
}

export interface CallOptions {
  /** Aborts the transaction when the request that asked for it gives up. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** One statement of a multi-statement write transaction. */
export interface Statement {
  key: string;
  params: Params;
}

/**
 * The one gateway to Neo4j. Statements are named by their .cypher key (see cypher-files.ts),
 * always parameterised, run in managed transactions (so the driver retries transient
 * failures and a cluster routes reads to followers), tagged with the key as transaction
 * metadata, and their results converted to plain values.
 */
export class Database {
  private constructor(
    private readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  static connect(options: DatabaseOptions): Database {
    const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: options.maxPoolSize,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 8_000,
      disableLosslessIntegers: false,
      userAgent: 'chainatlas/0.1',
    });
    return new Database(driver, options);
  }

  get uri(): string {
    return this.options.uri;
  }

  /** Runs a read statement by key; rows come back as plain objects. */
  read(key: string, params: Params = {}, call: CallOptions = {}): Promise<Row[]> {
    return this.execute(key, params, 'READ', call);
  }

  /** Runs a write statement by key in its own transaction. */
  write(key: string, params: Params = {}, call: CallOptions = {}): Promise<Row[]> {
    return this.execute(key, params, 'WRITE', call);
  }

  /** Runs a raw statement (tests and tools only: EXPLAIN of files, fixtures). */
  async raw(text: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'READ'): Promise<Row[]> {
    return this.executeText('raw', text, params, mode, {});
  }

  /**
   * Runs several write statements in ONE transaction: all of them commit or none does.
   * The callback form lets a caller decide the next statement from earlier results.
   */
  async writeTransaction(statements: Statement[], call: CallOptions = {}): Promise<Row[][]> {
    const keys = statements.map((s) => s.key).join(',');
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(
        async (tx: ManagedTransaction) => {
          const results: Row[][] = [];
          for (const s of statements) {
            recordRoundTrip(s.key);
            const res = await tx.run(cypher(s.key), s.params);
            results.push(res.records.map((r) => toNative(r.toObject()) as Row));
          }
          return results;
        },
        {
          timeout: call.timeoutMs ?? this.options.txTimeoutMs * 4,
          metadata: { app: 'chainatlas', query: keys.slice(0, 200) },
        },
      );
    } catch (err) {
      throw this.fail(err, keys);
    } finally {
      await session.close();
    }
  }

  /** True when the database answers a trivial query within the timeout. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    try {
      await this.executeText('system/ping', cypher('system/ping'), {}, 'READ', {
        timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      });
      return true;
    } catch {
      return false;
    }
  }

  async serverInfo(): Promise<{ address: string; protocolVersion: string; agent: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.options.database });
      return {
        address: info.address ?? '',
        protocolVersion: String(info.protocolVersion ?? ''),
        agent: info.agent ?? '',
      };
    } catch (err) {
      throw this.fail(err, 'serverInfo');
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private execute(
    key: string,
    params: Params,
    mode: 'READ' | 'WRITE',
    call: CallOptions,
  ): Promise<Row[]> {
    return this.executeText(key, cypher(key), params, mode, call);
  }

  private async executeText(
    key: string,
    text: string,
    params: Params,
    mode: 'READ' | 'WRITE',
    call: CallOptions,
  ): Promise<Row[]> {
    recordRoundTrip(key);
    try {
      // The driver's own `signal` option leaks an unhandled rejection when the server is down
      // (neo4j-driver 6.3), so the deadline is enforced here; the server-side transaction
      // timeout stops the abandoned work.
      const result = await untilAborted(
        this.driver.executeQuery(text, params, {
          routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
          database: this.options.database,
          transactionConfig: {
            timeout: call.timeoutMs ?? this.options.txTimeoutMs,
            metadata: { app: 'chainatlas', query: key },
          },
        }),
        call.signal,
      );
      return result.records.map((r) => toNative(r.toObject()) as Row);
    } catch (err) {
      throw this.fail(err, key);
    }
  }

  private fail(err: unknown, key: string): unknown {
    this.options.onError?.(err, key);
    if (err instanceof Error && err.name === 'AbortError') {
      return new AppError(
        ErrorCode.DATABASE_TIMEOUT,
        'The request was cancelled before the database answered.',
        { query: key },
        { cause: err },
      );
    }
    return mapDriverError(err, key);
  }
}

/** Settles with the promise, or rejects with an AbortError as soon as the signal fires. */
function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  work.catch(() => {}); // a late failure after the abort must not become an unhandled rejection
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function abortError(): Error {
  const err = new Error('aborted');
  err.name = 'AbortError';
  return err;
}
