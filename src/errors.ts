import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Stable codes carried in `extensions.code` of every error a client sees. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  Timeout = 'TIMEOUT',
  MaxCostExceeded = 'MAX_COST_EXCEEDED',
  RateLimited = 'RATE_LIMITED',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** Codes of the query limits (see src/plugins): carried as `limitCode` through validation. */
export type LimitCode = 'QUERY_TOO_LARGE' | 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES';

export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Driver error codes (Neo4jError.code) that mean the database cannot be reached right now. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/**
 * The driver raises "no connection free in the pool within connectionAcquisitionTimeout" with no
 * code (N/A), so it is the one error recognised by its message: every pooled connection is stuck
 * on a database that does not answer, which is an unavailable database, not an internal error.
 * Both the code and the message prefix must match (neo4j-driver-core, internal/pool/pool.js).
 */
function isPoolAcquisitionTimeout(error: Neo4jError): boolean {
  return error.code === 'N/A' && error.message.startsWith('Connection acquisition timed out in ');
}

/** Classifies a driver error by its code (and one code-less pool error, see above). */
export function fromDriverError(error: unknown): AppError | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  if (UNAVAILABLE_CODES.has(error.code) || isPoolAcquisitionTimeout(error)) return new AppError('The database is unavailable; try again shortly.', ErrorCode.DatabaseUnavailable);
  if (TIMEOUT_CODES.has(error.code)) return new AppError('The query took too long and was stopped.', ErrorCode.Timeout);
  return undefined;
}

/**
 * The one place that decides what a client sees of an error: errors with a known code pass
 * through; driver errors are classified; anything else is masked as INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeInternals: boolean): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  if (original instanceof AppError) {
    // `http` only tells Apollo the status code; it is not for the client.
    const { http: _http, ...extensions } = original.extensions;
    return { ...formatted, message: original.message, extensions };
  }
  const driverError = fromDriverError(original);
  if (driverError) return { message: driverError.message, path: formatted.path, extensions: { code: driverError.extensions.code } };
  const limitCode = formatted.extensions?.limitCode;
  if (typeof limitCode === 'string') {
    const { limit, actual } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, extensions: { code: limitCode, limit, actual } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.Internal) {
    // GraphQL validation, parsing and variable errors: safe, and useful to the client.
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (exposeInternals) return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.Internal } };
}

/** Whether formatError hides this error behind INTERNAL_SERVER_ERROR (such errors are logged with the request id). */
export function isMaskedError(error: GraphQLError): boolean {
  return formatError(error.toJSON(), error, false).extensions?.code === ErrorCode.Internal;
}
