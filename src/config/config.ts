import path from 'node:path';
import { z } from 'zod';

/** Every setting the app reads, validated in one place. Env names are the public contract. */
const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const memorySize = z.string().regex(/^\d+[kmgKMG]?$/, 'expected a size such as 512m or 2g');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),

  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/,
      'expected bolt://, neo4j://, bolt+s:// or neo4j+s:// URI',
    )
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),

  EMBEDDED_NEO4J_DIR: z.string().min(1).default('.neo4j'),
  EMBEDDED_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  EMBEDDED_NEO4J_HEAP: memorySize.default('512m'),
  EMBEDDED_NEO4J_PAGECACHE: memorySize.default('256m'),
  EMBEDDED_NEO4J_START_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),

  SEED_DATA: z.string().default('data'),
  SEED_ON_START: boolish.default(true),
  INTROSPECTION: boolish.default(true),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  MAX_QUERY_COST: z.coerce.number().int().min(100).max(100_000_000).default(20_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),

  AUTH_ANONYMOUS: z.enum(['auto', 'true', 'false']).default('auto'),
  AUTH_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim().replace(/\/+$/, ''))
        .filter(Boolean),
    )
    .refine((list) => list.every((o) => o === '*' || /^https?:\/\/[^/\s]+$/.test(o)), {
      message: 'expected * or comma-separated origins such as https://bi.example.com',
    }),
  TRUST_PROXY: z.string().default('false'),
  TRUSTED_DOCUMENTS: boolish.default(false),
  REPORT_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
});

export interface EmbeddedConfig {
  dir: string;
  port: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  txTimeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  logLevel: string;
  production: boolean;
  neo4j: {
    /** Absent means: run the embedded Neo4j and connect to it. */
    uri?: string;
    user: string;
    password?: string;
    database?: string;
    txTimeoutMs: number;
    maxPoolSize: number;
  };
  embedded: EmbeddedConfig;
  seed: { path: string; onStart: boolean };
  introspection: boolean;
  requestTimeoutMs: number;
  /** Largest cost of one operation (see server/operation-limits.ts). */
  maxQueryCost: number;
  shutdownTimeoutMs: number;
  auth: {
    /**
     * Anonymous reads: `auto` allows them only while the server listens on loopback and no API
     * key is in force; `true` always; `false` never.
     */
    anonymous: 'auto' | 'true' | 'false';
    /** How long a key's verdict (and "does any key exist") is kept per instance. */
    cacheMs: number;
    ratePerMinute: number;
    anonymousRatePerMinute: number;
  };
  /** Origins allowed to call the API from a browser (`*`: any); empty: none. */
  corsOrigins: string[];
  /** Express's `trust proxy` (false, true, a hop count or addresses) for client addresses. */
  trustProxy: boolean | number | string;
  /** `/graphql` accepts only the reports and the committed allowlist of operations. */
  trustedDocuments: boolean;
  /** `Cache-Control: max-age` of report answers. */
  reportCacheSeconds: number;
}

/** A setting has an invalid value. The message names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) =>
          `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`,
      ),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
    },
    embedded: {
      dir: path.resolve(cwd, e.EMBEDDED_NEO4J_DIR),
      port: e.EMBEDDED_NEO4J_PORT,
      heap: e.EMBEDDED_NEO4J_HEAP,
      pageCache: e.EMBEDDED_NEO4J_PAGECACHE,
      startTimeoutMs: e.EMBEDDED_NEO4J_START_TIMEOUT_MS,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    },
    seed: { path: path.resolve(cwd, e.SEED_DATA), onStart: e.SEED_ON_START },
    introspection: e.INTROSPECTION,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxQueryCost: e.MAX_QUERY_COST,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    auth: {
      anonymous: e.AUTH_ANONYMOUS,
      cacheMs: e.AUTH_CACHE_MS,
      ratePerMinute: e.RATE_LIMIT_PER_MINUTE,
      anonymousRatePerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    },
    corsOrigins: e.CORS_ORIGINS,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    reportCacheSeconds: e.REPORT_CACHE_SECONDS,
  };
}

function trustProxyOf(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Whether the server can be reached only from this machine. */
export const listensOnLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
