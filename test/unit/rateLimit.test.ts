import { AppError, ErrorCode } from '../../src/errors';
import { addressKey, clientAddress } from '../../src/rateLimit/clientAddress';
import { RateLimiter, type RateLimits } from '../../src/rateLimit/RateLimiter';
import { TokenBuckets } from '../../src/rateLimit/TokenBuckets';

/** A clock the test moves by hand, in milliseconds. */
function manualClock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => { now += ms; } };
}

const policy = { capacity: 100, refillPerSecond: 10 };

describe('TokenBuckets', () => {
  it('starts full, takes points, and refuses what it does not hold without taking anything', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(10, clock.now);
    expect(buckets.take('a', 60, policy)).toEqual({ allowed: true, remaining: 40, retryAfterSeconds: 0, resetSeconds: 6 });
    expect(buckets.take('a', 50, policy)).toEqual({ allowed: false, remaining: 40, retryAfterSeconds: 1, resetSeconds: 6 });
    expect(buckets.take('a', 40, policy)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 10 });
    expect(buckets.take('a', 35, policy)).toMatchObject({ allowed: false, retryAfterSeconds: 4 });
  });

  it('refills at the rate, never past the capacity', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(10, clock.now);
    buckets.take('a', 100, policy);
    clock.advance(2500);
    expect(buckets.take('a', 0, policy).remaining).toBe(25);
    clock.advance(60_000);
    expect(buckets.take('a', 0, policy).remaining).toBe(100);
  });

  it('keeps one bucket per identity', () => {
    const buckets = new TokenBuckets(10, manualClock().now);
    buckets.take('a', 100, policy);
    expect(buckets.take('a', 1, policy).allowed).toBe(false);
    expect(buckets.take('b', 1, policy).allowed).toBe(true);
  });

  it('remembers at most maxEntries identities, forgetting the least recently used', () => {
    const buckets = new TokenBuckets(2, manualClock().now);
    buckets.take('a', 100, policy);
    buckets.take('b', 100, policy);
    buckets.take('a', 0, policy);
    buckets.take('c', 100, policy);
    expect(buckets.size).toBe(2);
    expect(buckets.take('a', 1, policy).allowed).toBe(false);
    expect(buckets.take('b', 1, policy).allowed).toBe(true);
  });
});

describe('RateLimiter', () => {
  const limits: RateLimits = { anonymous: { capacity: 1000, refillPerSecond: 100 }, key: { capacity: 5000, refillPerSecond: 500 }, trustedProxies: 0 };
  const limiter = () => {
    const clock = manualClock();
    return { clock, limiter: new RateLimiter(limits, new TokenBuckets(100, clock.now)) };
  };

  it('takes one point on arrival and the rest of the cost when it is known', () => {
    const { limiter: rateLimiter } = limiter();
    const ticket = rateLimiter.admit({ kind: 'address', address: '192.0.2.1' });
    expect(ticket.allowed).toBe(true);
    expect(ticket.headers()['ratelimit-remaining']).toBe('999');
    ticket.charge(400);
    expect(ticket.headers()).toEqual({ 'ratelimit-limit': '1000', 'ratelimit-remaining': '600', 'ratelimit-reset': '4', 'ratelimit-policy': '1000;w=10' });
  });

  it('refuses a cost the bucket does not hold with RATE_LIMITED, HTTP 429 and Retry-After, taking nothing more', () => {
    const { limiter: rateLimiter } = limiter();
    rateLimiter.admit({ kind: 'address', address: '192.0.2.1' }).charge(800);
    const ticket = rateLimiter.admit({ kind: 'address', address: '192.0.2.1' });
    let refusal: unknown;
    try {
      ticket.charge(500);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    // A retry pays 500 again, arrival included: 301 more points, 4 s at 100 a second.
    expect((refusal as AppError).extensions).toMatchObject({ code: ErrorCode.RateLimited, cost: 500, remaining: 199, retryAfter: 4, http: { status: 429 } });
    expect(ticket.headers()).toMatchObject({ 'ratelimit-remaining': '199', 'retry-after': '4' });
    expect(rateLimiter.refused).toBe(1);
    expect(rateLimiter.admit({ kind: 'address', address: '192.0.2.1' }).headers()['ratelimit-remaining']).toBe('198');
  });

  it('refuses on arrival once the bucket is empty, and admits again after Retry-After', () => {
    const { limiter: rateLimiter, clock } = limiter();
    rateLimiter.admit({ kind: 'address', address: '192.0.2.1' }).charge(1000);
    const refused = rateLimiter.admit({ kind: 'address', address: '192.0.2.1' });
    expect(refused.allowed).toBe(false);
    expect(refused.refusal().extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: 1 });
    clock.advance(1000);
    expect(rateLimiter.admit({ kind: 'address', address: '192.0.2.1' }).allowed).toBe(true);
  });

  it('keeps keys apart from addresses, with the key budget or the key’s own rate', () => {
    const { limiter: rateLimiter } = limiter();
    rateLimiter.admit({ kind: 'address', address: '192.0.2.1' }).charge(1000);
    const keyed = rateLimiter.admit({ kind: 'key', viewer: { name: 'tool', role: 'reader' } });
    keyed.charge(3000);
    expect(keyed.headers()['ratelimit-limit']).toBe('5000');
    const own = rateLimiter.admit({ kind: 'key', viewer: { name: 'fast', role: 'reader', rate: 2000 } });
    expect(own.headers()).toMatchObject({ 'ratelimit-limit': '20000', 'ratelimit-policy': '20000;w=10' });
    const unlimited = rateLimiter.admit({ kind: 'key', viewer: { name: 'load', role: 'reader', rate: 'unlimited' } });
    for (let i = 0; i < 100; i++) unlimited.charge(1_000_000);
    expect(unlimited.headers()).toEqual({});
  });
});

describe('clientAddress', () => {
  it('uses the socket address unless proxies are trusted', () => {
    expect(clientAddress('192.0.2.1', '198.51.100.7', 0)).toBe('192.0.2.1');
    expect(clientAddress('10.0.0.2', '198.51.100.7', 1)).toBe('198.51.100.7');
  });

  it('takes the entry the trusted proxies appended, never one the client wrote', () => {
    // The client sent "X-Forwarded-For: 203.0.113.9"; its proxy appended the address it saw.
    expect(clientAddress('10.0.0.2', '203.0.113.9, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '203.0.113.9, 198.51.100.7, 10.0.0.1', 2)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', 'not-an-address', 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });

  it('counts an IPv6 /64 as one client and an IPv4-mapped address as its IPv4 address', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
  });
});
