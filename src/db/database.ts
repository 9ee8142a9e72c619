import neo4j, {
  isRetryableError,
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
} from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { toNative } from './convert.js';
import { cypher } from './cypher-files.js';
import { mapDriverError } from './errors.js';
import { recordRoundTrip } from './round-trips.js';

/** How long transient failures are retried by default (the driver's own default is 30 s). */
const DEFAULT_RETRY_MS = 8_000;

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
  /** Called when the database is found down (true) or back (false). */
  onAvailability?: (down: boolean, reason: string) => void;
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
  /**
   * Looks at the statement's rows inside the transaction and throws to abort it (nothing of the
   * transaction is written): e.g. a version that changed since the caller read it. An AppError
   * thrown here reaches the caller as it is and is not retried.
   */
  check?: (rows: Row[]) => void;
}

/**
 * The one gateway to Neo4j. Statements are named by their .cypher key (see cypher-files.ts),
 * always parameterised, tagged with the key as transaction metadata, and their results converted
 * to plain values. Writes run in managed transactions (the driver retries transient failures);
 * reads run as auto-commit transactions in read sessions, retried here (see autoCommitRead), so a
 * cluster routes them to its readers.
 */
export class Database {
  /** Why the database is taken to be down, or undefined while it answers. */
  private downReason: string | undefined;
  private monitor: NodeJS.Timeout | undefined;
  private failedPings = 0;
  /** The request each abort signal belongs to: its transactions carry that id as metadata. */
  private readonly requests = new WeakMap<AbortSignal, string>();
  private readonly terminated = new Set<string>();

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
      maxTransactionRetryTime: options.maxRetryTimeMs ?? DEFAULT_RETRY_MS,
      disableLosslessIntegers: false,
      userAgent: 'chainatlas/0.1',
    });
    return new Database(driver, options);
  }

  get uri(): string {
    return this.options.uri;
  }

  /** False while the database is known to be down: calls then fail at once. */
  get available(): boolean {
    return this.downReason === undefined;
  }

  get unavailableReason(): string | undefined {
    return this.downReason;
  }

  /**
   * Takes the database as down (e.g. the embedded JVM exited): every call fails at once with
   * DATABASE_UNAVAILABLE instead of waiting for the request deadline, until a ping succeeds.
   */
  markDown(reason: string): void {
    if (this.downReason === undefined) this.options.onAvailability?.(true, reason);
    this.downReason = reason;
  }

  private markUp(): void {
    if (this.downReason !== undefined) this.options.onAvailability?.(false, this.downReason);
    this.downReason = undefined;
    this.failedPings = 0;
  }

  /**
   * Pings the database every intervalMs so a dead or frozen database is noticed without a
   * request having to wait for it: two failed pings in a row mark it down, one success up.
   */
  startMonitor(intervalMs = 2000, timeoutMs = 2000): void {
    if (this.monitor) return;
    const tick = async () => {
      const ok = await this.ping(timeoutMs);
      if (ok) this.markUp();
      else if (++this.failedPings >= 2) this.markDown('the database does not answer');
      if (this.monitor) this.monitor = setTimeout(() => void tick(), intervalMs).unref();
    };
    this.monitor = setTimeout(() => void tick(), intervalMs).unref();
  }

  /** Tags the transactions run under this signal with the request id, so they can be stopped. */
  bindRequest(signal: AbortSignal, requestId: string): void {
    this.requests.set(signal, requestId);
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
    if (this.monitor && this.downReason !== undefined) throw this.unavailable(keys.slice(0, 200));
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
            const rows = res.records.map((r) => toNative(r.toObject()) as Row);
            s.check?.(rows);
            results.push(rows);
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

  /** True when the database answers a trivial query within the timeout (also while marked down). */
  async ping(timeoutMs = 2000): Promise<boolean> {
    try {
      await this.executeText('system/ping', cypher('system/ping'), {}, 'READ', {
        timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      });
      this.markUp();
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
    if (this.monitor) clearTimeout(this.monitor);
    this.monitor = undefined;
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
    // Only a monitored gateway fails fast: without pings nothing would ever mark it up again.
    if (this.monitor && this.downReason !== undefined && key !== 'system/ping') {
      throw this.unavailable(key);
    }
    const request = call.signal ? this.requests.get(call.signal) : undefined;
    try {
      // The driver's own `signal` option leaks an unhandled rejection when the server is down
      // (neo4j-driver 6.3), so the deadline is enforced here, and the transactions the request
      // left running are terminated on the server (see stopRequest).
      const config = {
        timeout: call.timeoutMs ?? this.options.txTimeoutMs,
        metadata: { app: 'chainatlas', query: key, ...(request ? { request } : {}) },
      };
      const result = await untilAborted(
        mode === 'READ'
          ? this.autoCommitRead(text, params, config, call.signal)
          : this.driver.executeQuery(text, params, {
              routing: neo4j.routing.WRITE,
              database: this.options.database,
              transactionConfig: config,
            }),
        call.signal,
      );
      return result.records.map((r) => toNative(r.toObject()) as Row);
    } catch (err) {
      if (request && err instanceof Error && err.name === 'AbortError') this.stopRequest(request);
      throw this.fail(err, key);
    }
  }

  /**
   * A read as one auto-commit transaction (RUN and PULL in one exchange) in a read session: a
   * managed transaction costs BEGIN, RUN/PULL and COMMIT, about twice the driver work and network
   * exchanges for the one-statement reads the API makes (bench/README.md, "The API's own cost").
   * What a managed transaction gave is kept: reads route to readers of a cluster, share the
   * bookmarks of `executeQuery` writes (read-your-writes), and transient failures (a leader
   * switch, the database restarting) are retried here with the driver's back-off, within
   * `maxRetryTimeMs`, unless the request has given up.
   */
  private async autoCommitRead(
    text: string,
    params: Params,
    config: { timeout: number; metadata: Record<string, unknown> },
    signal?: AbortSignal,
  ): Promise<QueryResult> {
    const deadline = Date.now() + (this.options.maxRetryTimeMs ?? DEFAULT_RETRY_MS);
    for (let delay = 1_000; ; delay *= 2) {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        return await session.run(text, params, config);
      } catch (err) {
        const wait = delay * (0.8 + Math.random() * 0.4);
        if (!isRetryableError(err) || signal?.aborted || Date.now() + wait > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, wait));
      } finally {
        await session.close();
      }
    }
  }

  /** Terminates, on the server, the transactions a request that gave up still has running. */
  private stopRequest(request: string): void {
    if (this.terminated.has(request)) return;
    this.terminated.add(request);
    if (this.terminated.size > 10_000) this.terminated.clear();
    this.driver
      .executeQuery(
        cypher('system/terminate-request'),
        { request },
        {
          routing: neo4j.routing.WRITE,
          database: this.options.database,
          transactionConfig: { timeout: 5000, metadata: { app: 'chainatlas', query: 'terminate' } },
        },
      )
      .catch((err: unknown) => this.options.onError?.(err, 'system/terminate-request'));
  }

  private unavailable(key: string): AppError {
    return new AppError(
      ErrorCode.DATABASE_UNAVAILABLE,
      'The graph database is unavailable (restarting or not answering); try again shortly. / 图数据库暂不可用，请稍后重试',
      { query: key },
    );
  }

  private fail(err: unknown, key: string): unknown {
    this.options.onError?.(err, key);
    if (err instanceof Neo4jError && err.code === 'ServiceUnavailable') {
      this.markDown('the database refused the connection');
    }
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
