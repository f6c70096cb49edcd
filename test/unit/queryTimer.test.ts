import { RETRY_GRACE_MS, clientWaitMs, queryTimedOut, withClientTimeout } from '../../src/db/queryTimer';
import { ErrorCode } from '../../src/errors';

describe('clientWaitMs', () => {
  it('never waits past the request deadline', () => {
    expect(clientWaitMs(10_000, 1_000 + 4_000, 1_000)).toBe(4_000);
  });
  it('gives a query without a deadline its transaction timeout plus the retry grace', () => {
    expect(clientWaitMs(10_000, Number.POSITIVE_INFINITY)).toBe(10_000 + RETRY_GRACE_MS);
  });
  it('waits at least 1 ms', () => {
    expect(clientWaitMs(10_000, 500, 1_000)).toBe(1);
  });
});

describe('withClientTimeout', () => {
  it('rejects with TIMEOUT when the work never settles', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withClientTimeout(never, 20, queryTimedOut)).rejects.toMatchObject({ extensions: { code: ErrorCode.Timeout } });
  });
  it('returns the work result when it settles in time', async () => {
    await expect(withClientTimeout(Promise.resolve(7), 1_000, queryTimedOut)).resolves.toBe(7);
    await expect(withClientTimeout(Promise.reject(new Error('boom')), 1_000, queryTimedOut)).rejects.toThrow('boom');
  });
});
