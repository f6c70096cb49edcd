import { AppError, ErrorCode } from '../errors';

/**
 * Neo4j's transaction timeout only works while Neo4j runs: a frozen JVM (SIGSTOP, a long GC pause,
 * a hung disk) never answers, and the driver has no read timeout of its own, so a query could wait
 * without end. Every query therefore also races a timer on this side.
 */

/** Extra time given to a query with no request deadline, for the driver's one retry (see driverOptions). */
export const RETRY_GRACE_MS = 1000;

/**
 * How long this side waits for one query: its transaction timeout plus the retry grace, but never
 * past the request's deadline, so a request ends at its deadline whatever the database does.
 */
export function clientWaitMs(transactionTimeoutMs: number, deadline: number, now: number = Date.now()): number {
  return Math.max(1, Math.min(transactionTimeoutMs + RETRY_GRACE_MS, deadline - now));
}

export function queryTimedOut(): AppError {
  return new AppError('The database did not answer within the time limit.', ErrorCode.Timeout);
}

/**
 * `work`, or a rejection with `onTimeout()` after `ms`. The work is not cancelled (the driver cannot
 * cancel a query in flight): the caller must release what it holds without waiting for it.
 */
export function withClientTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
