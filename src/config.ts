import path from 'node:path';
import { DEFAULT_LIMITS, QueryLimits } from './plugins/limits';
import { DEFAULT_RATE_LIMITS, RateLimits } from './rateLimit/RateLimiter';
import type { BucketPolicy } from './rateLimit/TokenBuckets';

/** Where the data lives: a Neo4j reached by URI, or one the process starts itself. */
export type DatabaseConfig =
  | { kind: 'external'; uri: string; user: string; password: string; database: string | undefined }
  | EmbeddedDatabaseConfig;

/** Neo4j in a child JVM of this process (no NEO4J_URI). */
export interface EmbeddedDatabaseConfig { kind: 'embedded'; dataDir: string; port: number; heap: string; pageCache: string; database: undefined }

export interface AppConfig {
  host: string;
  port: number;
  database: DatabaseConfig;
  /** Seeds loaded at start-up; empty disables loading. */
  seedsDir: string;
  production: boolean;
  introspection: boolean;
  /** GraphiQL for browsers on GET /graphql; off in production unless GRAPHIQL=true. */
  graphiql: boolean;
  /** Deadline for one Neo4j transaction, in milliseconds. */
  transactionTimeoutMs: number;
  limits: QueryLimits;
  /** `key`: reads need an API key too. Writes always need an editor key. */
  readAccess: 'open' | 'key';
  rateLimits: RateLimits;
}

export const PROJECT_ROOT = path.resolve(__dirname, '..');

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(`${name}: expected a non-negative integer, but got: ${JSON.stringify(raw)}`);
  }
  return value;
}

function memorySize(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  if (!/^\d+[kmg]$/i.test(raw)) {
    throw new ConfigError(`${name}: expected a size such as 512m or 1g, but got: ${JSON.stringify(raw)}`);
  }
  return raw;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name}: expected true or false, but got: ${JSON.stringify(raw)}`);
}

function readAccess(env: NodeJS.ProcessEnv): 'open' | 'key' {
  const raw = env.READ_ACCESS ?? 'open';
  if (raw !== 'open' && raw !== 'key') throw new ConfigError(`READ_ACCESS: expected open or key, but got: ${JSON.stringify(raw)}`);
  return raw;
}

/** A bucket from `<prefix>_POINTS` and `<prefix>_POINTS_PER_SECOND`; a full bucket must hold the costliest query allowed. */
function bucket(env: NodeJS.ProcessEnv, prefix: string, fallback: BucketPolicy, maxCost: number): BucketPolicy {
  const capacity = integer(env, `${prefix}_POINTS`, fallback.capacity);
  const refillPerSecond = integer(env, `${prefix}_POINTS_PER_SECOND`, fallback.refillPerSecond);
  if (capacity < maxCost) {
    throw new ConfigError(`${prefix}_POINTS: expected at least GRAPHQL_MAX_COST (${maxCost}), or the costliest query allowed could never run, but got: ${capacity}`);
  }
  if (refillPerSecond < 1) throw new ConfigError(`${prefix}_POINTS_PER_SECOND: expected at least 1, but got: ${refillPerSecond}`);
  return { capacity, refillPerSecond };
}

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const uri = env.NEO4J_URI;
  if (uri) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
      throw new ConfigError(`NEO4J_URI: expected bolt://, neo4j://, neo4j+s:// or bolt+s://, but got: ${JSON.stringify(uri)}`);
    }
    return {
      kind: 'external',
      uri,
      user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    };
  }
  return {
    kind: 'embedded',
    dataDir: path.resolve(PROJECT_ROOT, env.NEO4J_EMBEDDED_DATA_DIR ?? '.data/neo4j'),
    port: integer(env, 'NEO4J_EMBEDDED_PORT', 7687),
    heap: memorySize(env, 'NEO4J_EMBEDDED_HEAP', '512m'),
    pageCache: memorySize(env, 'NEO4J_EMBEDDED_PAGECACHE', '128m'),
    database: undefined,
  };
}

/** Reads the environment once at start-up and fails fast with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const maxCost = integer(env, 'GRAPHQL_MAX_COST', DEFAULT_LIMITS.maxCost);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: integer(env, 'PORT', 4000),
    database: databaseConfig(env),
    seedsDir: env.SEEDS_DIR === undefined ? path.join(PROJECT_ROOT, 'seeds') : env.SEEDS_DIR,
    production,
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', !production),
    graphiql: flag(env, 'GRAPHIQL', !production),
    transactionTimeoutMs: integer(env, 'NEO4J_TRANSACTION_TIMEOUT_MS', 10000),
    readAccess: readAccess(env),
    limits: {
      maxCharacters: integer(env, 'GRAPHQL_MAX_CHARACTERS', DEFAULT_LIMITS.maxCharacters),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
      maxDirectives: integer(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
      maxCost,
      requestTimeoutMs: integer(env, 'GRAPHQL_REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs),
    },
    rateLimits: {
      anonymous: bucket(env, 'RATE_LIMIT_ANONYMOUS', DEFAULT_RATE_LIMITS.anonymous, maxCost),
      key: bucket(env, 'RATE_LIMIT_KEY', DEFAULT_RATE_LIMITS.key, maxCost),
      trustedProxies: integer(env, 'RATE_LIMIT_TRUSTED_PROXIES', DEFAULT_RATE_LIMITS.trustedProxies),
    },
  };
}
