import type { EmbeddedNeo4j } from './neo4j-process.js';

export type SupervisedState = 'running' | 'restarting' | 'failed' | 'stopped';

export interface SupervisorOptions {
  /** Starts the database (same port and data folder every time). */
  start: () => Promise<EmbeddedNeo4j>;
  /** Delay before the first restart; doubled after each failed one, up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Restarts in a row (without a stable minute between them) before giving up. */
  maxRestarts?: number;
  /** A run that lasted this long resets the restart count. */
  stableAfterMs?: number;
  onDown?: (code: number) => void;
  onUp?: (db: EmbeddedNeo4j, restarts: number) => void;
  onGiveUp?: (restarts: number, lastError: unknown) => void;
  log?: (msg: string) => void;
}

export interface SupervisorStatus {
  state: SupervisedState;
  /** Restarts since the last stable run. */
  restarts: number;
  /** Restarts since the app started. */
  totalRestarts: number;
  lastExitCode?: number;
  lastError?: string;
}

/**
 * Keeps the embedded Neo4j running: when the JVM exits without being asked to (killed, out of
 * memory), it is started again with exponential backoff. After maxRestarts failures in a row it
 * gives up and says so (state `failed`): a crash loop needs a person, not more retries.
 */
export class EmbeddedSupervisor {
  private current: EmbeddedNeo4j;
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private startedAt = Date.now();
  private readonly status: SupervisorStatus = { state: 'running', restarts: 0, totalRestarts: 0 };

  constructor(
    first: EmbeddedNeo4j,
    private readonly opts: SupervisorOptions,
  ) {
    this.current = first;
    this.watch(first);
  }

  get db(): EmbeddedNeo4j {
    return this.current;
  }

  get state(): SupervisorStatus {
    return { ...this.status };
  }

  /** Stops supervising and the database. Idempotent. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.status.state = 'stopped';
    await this.current.stop();
  }

  private watch(db: EmbeddedNeo4j): void {
    void db.exited.then((code) => {
      if (this.stopping || db !== this.current) return;
      this.status.lastExitCode = code;
      if (Date.now() - this.startedAt >= (this.opts.stableAfterMs ?? 60_000)) {
        this.status.restarts = 0;
      }
      this.opts.onDown?.(code);
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    const max = this.opts.maxRestarts ?? 5;
    if (this.status.restarts >= max) {
      this.status.state = 'failed';
      this.opts.onGiveUp?.(this.status.restarts, this.status.lastError);
      return;
    }
    this.status.state = 'restarting';
    const delay = Math.min(
      (this.opts.initialDelayMs ?? 500) * 2 ** this.status.restarts,
      this.opts.maxDelayMs ?? 30_000,
    );
    this.timer = setTimeout(() => void this.restart(), delay);
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    this.status.restarts += 1;
    this.status.totalRestarts += 1;
    this.opts.log?.(`restarting the embedded Neo4j (attempt ${this.status.restarts})`);
    try {
      const db = await this.opts.start();
      if (this.stopping) {
        await db.stop();
        return;
      }
      this.current = db;
      this.startedAt = Date.now();
      this.status.state = 'running';
      this.status.lastError = undefined;
      this.watch(db);
      this.opts.onUp?.(db, this.status.restarts);
    } catch (err) {
      this.status.lastError = err instanceof Error ? err.message : String(err);
      this.opts.log?.(`restart failed: ${this.status.lastError}`);
      this.scheduleRestart();
    }
  }
}
