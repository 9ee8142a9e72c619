import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { EmbeddedConfig } from '../config/config.js';
import { EmbeddedNeo4jError } from './errors.js';
import { EMBEDDED_SOURCES, ensureJars, javaCommand } from './jars.js';

export interface EmbeddedOptions {
  /** Holds the downloaded jars (shared by every home). */
  cacheDir: string;
  /** The database home: data, logs and the generated neo4j.conf. */
  homeDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  txTimeoutMs: number;
  log?: (msg: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** Bolt credentials: user `neo4j` and the password kept in the data folder. */
  user: string;
  password: string;
  /** Stops the JVM cleanly (waits for the store to close). Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves with the exit code when the JVM exits for any reason. */
  readonly exited: Promise<number>;
}

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

/** Starts the embedded database the configuration describes (data in <dir>/db). */
export function startConfiguredNeo4j(
  e: EmbeddedConfig,
  log: (msg: string) => void,
): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({
    cacheDir: e.dir,
    homeDir: path.join(e.dir, 'db'),
    port: e.port,
    heap: e.heap,
    pageCache: e.pageCache,
    startTimeoutMs: e.startTimeoutMs,
    txTimeoutMs: e.txTimeoutMs,
    log,
  });
}

/**
 * Starts Neo4j Community as a child JVM bound to 127.0.0.1 and resolves once Bolt answers.
 * The JVM watches its stdin, so it exits even when this process is SIGKILLed.
 */
export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const java = javaCommand();
  // Refuse before anything is written: a second instance must not touch a running one's files.
  const releaseLock = takeHomeLock(opts.homeDir);
  let child: Child;
  let exited: Promise<number>;
  let password: string;
  let port: number;
  try {
    const lib = await ensureJars(opts.cacheDir, log);
    port = opts.port === 0 ? await freePort() : await assertPortFree(opts.port);
    password = ensurePassword(opts.homeDir);
    const confFile = path.join(opts.homeDir, 'neo4j.conf');
    writeFileSync(confFile, neo4jConf(port, opts), { mode: 0o600 });
    child = spawn(
      java,
      [
        `-Xmx${opts.heap}`,
        '-XX:+UseG1GC',
        '-XX:+ExitOnOutOfMemoryError',
        '-Dfile.encoding=UTF-8',
        '-cp',
        `${lib}${path.sep}*`,
        path.join(EMBEDDED_SOURCES, 'Launcher.java'),
        opts.homeDir,
        confFile,
        String(port),
        passwordFile(opts.homeDir),
      ],
      // Its own process group: a terminal's Ctrl-C reaches the app, which stops the JVM in
      // order (after the driver), instead of both racing to shut down.
      { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
    );
    exited = new Promise<number>((resolve) =>
      child.on('exit', (code, signal) =>
        resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)),
      ),
    );
    void exited.then(releaseLock);
  } catch (err) {
    releaseLock();
    throw err;
  }
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  try {
    await waitUntilReady(child, exited, opts);
  } catch (err) {
    child.kill('SIGKILL');
    process.removeListener('exit', killOnExit);
    await exited;
    throw err;
  }
  log(`Embedded Neo4j ready on bolt://127.0.0.1:${port} (home ${opts.homeDir}, pid ${child.pid})`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end(); // the launcher shuts the DBMS down when stdin closes
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    })());

  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    user: 'neo4j',
    password,
    stop,
    exited,
  };
}

/** Where the embedded database's generated password is kept (owner-only). */
export function passwordFile(homeDir: string): string {
  return path.join(homeDir, 'password');
}

/** The password of an existing embedded home, or undefined when none was generated yet. */
export function readEmbeddedPassword(homeDir: string): string | undefined {
  try {
    return readFileSync(passwordFile(homeDir), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Creates the home (owner-only) and its password on first use; later starts keep both. */
function ensurePassword(homeDir: string): string {
  mkdirSync(homeDir, { recursive: true, mode: 0o700 });
  chmodSync(homeDir, 0o700);
  const existing = readEmbeddedPassword(homeDir);
  if (existing) {
    chmodSync(passwordFile(homeDir), 0o600);
    return existing;
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(passwordFile(homeDir), `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

/**
 * One app per data folder: a pid file taken with O_EXCL. A stale file (its process gone) is
 * taken over; a live one is refused with STORE_LOCKED before anything is started or written.
 */
const heldHomes = new Set<string>();

function takeHomeLock(homeDir: string): () => void {
  mkdirSync(homeDir, { recursive: true, mode: 0o700 });
  const file = path.join(homeDir, 'chainatlas.pid');
  if (heldHomes.has(file)) {
    throw new EmbeddedNeo4jError(
      'STORE_LOCKED',
      `The data folder ${homeDir} is already in use by a database this process runs. ` +
        'Stop it first, or set EMBEDDED_NEO4J_DIR to another folder.',
    );
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      heldHomes.add(file);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHomes.delete(file);
        rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder && processAlive(holder) && holder !== process.pid) {
        throw new EmbeddedNeo4jError(
          'STORE_LOCKED',
          `The data folder ${homeDir} is in use by process ${holder} (another ChainAtlas?). ` +
            'Stop it, or set EMBEDDED_NEO4J_DIR to another folder.',
        );
      }
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new EmbeddedNeo4jError('STORE_LOCKED', `Could not take the lock file ${file}.`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Megabytes of a size such as 512m, 2g or 1048576k. */
function megabytes(size: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(size);
  if (!m) return 512;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  if (unit === 'g') return n * 1024;
  if (unit === 'k') return Math.floor(n / 1024);
  if (unit === 'm') return n;
  return Math.floor(n / (1024 * 1024));
}

function neo4jConf(port: number, opts: EmbeddedOptions): string {
  // Memory guards: one query may use a third of the heap and all queries together 60 %, so a
  // runaway query is refused (MemoryPoolOutOfMemoryError, a coded error) instead of filling
  // the heap and ending the JVM (-XX:+ExitOnOutOfMemoryError).
  const heapMb = megabytes(opts.heap);
  const txMax = Math.max(32, Math.floor(heapMb / 3));
  const totalMax = Math.max(txMax, Math.floor(heapMb * 0.6));
  return [
    '# Generated by ChainAtlas at every start of the embedded Neo4j; edits are overwritten.',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.bolt.tls_level=DISABLED',
    // Locked down: a password (see password file), no file access, only the procedures used.
    'dbms.security.auth_enabled=true',
    'dbms.security.allow_csv_import_from_file_urls=false',
    `server.directories.import=${path.join(opts.homeDir, 'import')}`,
    'dbms.security.procedures.unrestricted=',
    'dbms.security.procedures.allowlist=db.index.fulltext.queryNodes,db.awaitIndexes,db.awaitIndex,dbms.components,db.labels,db.relationshipTypes,db.propertyKeys,db.schema.visualization,db.ping',
    `server.memory.pagecache.size=${opts.pageCache}`,
    // Hard limits that protect the shared machine from a runaway query.
    `db.transaction.timeout=${Math.ceil((opts.txTimeoutMs * 2) / 1000)}s`,
    `dbms.memory.transaction.total.max=${totalMax}m`,
    `db.memory.transaction.max=${txMax}m`,
    // Shutdown waits this long for running transactions, not the default 10 s.
    'db.shutdown_transaction_end_timeout=2s',
    // Bolt's own shutdown waits (5 s each by default) for pending jobs and connections; the
    // app has closed its driver by then, so there is nothing to wait for.
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    'db.logs.query.enabled=OFF',
    '',
  ].join('\n');
}

function waitUntilReady(
  child: Child,
  exited: Promise<number>,
  opts: EmbeddedOptions,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () =>
        reject(
          new EmbeddedNeo4jError(
            'START_TIMEOUT',
            `Neo4j did not start within ${opts.startTimeoutMs} ms (raise EMBEDDED_NEO4J_START_TIMEOUT_MS). ` +
              `Logs: ${path.join(opts.homeDir, 'logs')}. Output:\n${(out + err).slice(-2000)}`,
          ),
        ),
      opts.startTimeoutMs,
    );
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-20_000)));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (/CHAINATLAS_READY \d+/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
      const failure = /CHAINATLAS_ERROR (\w+) (.*)/.exec(out);
      if (failure) {
        clearTimeout(timer);
        reject(launcherError(failure[1] ?? 'START_FAILED', failure[2] ?? '', opts));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new EmbeddedNeo4jError(
          'START_FAILED',
          `Neo4j exited during start-up (code ${code}). Output:\n${(out + err).slice(-3000)}`,
        ),
      );
    });
  });
}

function launcherError(code: string, detail: string, opts: EmbeddedOptions): EmbeddedNeo4jError {
  if (code === 'STORE_LOCKED') {
    return new EmbeddedNeo4jError(
      'STORE_LOCKED',
      `The data folder ${opts.homeDir} is locked by another process (another ChainAtlas or Neo4j using it?). ` +
        `Stop that process, or set EMBEDDED_NEO4J_DIR to another folder. Neo4j said: ${detail}`,
    );
  }
  if (code === 'PORT_IN_USE') return portInUse(opts.port, detail);
  return new EmbeddedNeo4jError('START_FAILED', `Neo4j failed to start: ${detail}`);
}

function portInUse(port: number, detail = ''): EmbeddedNeo4jError {
  return new EmbeddedNeo4jError(
    'PORT_IN_USE',
    `Port ${port} on 127.0.0.1 is already in use (another Neo4j or ChainAtlas running?). ` +
      `Stop it, or set EMBEDDED_NEO4J_PORT to a free port. ${detail}`.trim(),
  );
}

async function assertPortFree(port: number): Promise<number> {
  if (!(await portIsFree(port))) throw portInUse(port);
  return port;
}

/** True when nothing listens on host:port (it is bound for an instant to find out). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/** The coded error for an HTTP port another process holds. */
export function httpPortInUse(port: number, host: string): EmbeddedNeo4jError {
  return new EmbeddedNeo4jError(
    'HTTP_PORT_IN_USE',
    `Port ${port} on ${host} is already in use (another ChainAtlas running?). ` +
      'Stop it, or set PORT to a free port. Nothing was started.',
  );
}

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
