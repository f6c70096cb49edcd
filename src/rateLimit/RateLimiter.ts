import type { Viewer } from '../auth/ApiKeys';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../errors';
import { BucketPolicy, BucketState, TokenBuckets } from './TokenBuckets';

/** Budgets in cost points (see costLimitPlugin): per client address when anonymous, per API key otherwise. */
export interface RateLimits {
  anonymous: BucketPolicy;
  key: BucketPolicy;
  /** Reverse proxies in front of the server whose X-Forwarded-For entry is trusted (see clientAddress). */
  trustedProxies: number;
}

/**
 * Defaults. An anonymous address gets a burst of 100,000 points and 10,000 points a second back
 * (about ten headline theme queries a second, sustained): the dashboard's costliest pages ask for
 * 12,000–25,000 points per query, and its whole end-to-end suite spent at most 77,000 points in
 * any ten seconds, never below 18,000 left of a 50,000 burst. The costliest query allowed
 * (GRAPHQL_MAX_COST) must fit a full bucket. A key gets twice the burst and four times the rate;
 * a key entry may carry its own rate or `unlimited` (API_KEYS; e.g. `npm run load`'s key).
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  anonymous: { capacity: 100_000, refillPerSecond: 10_000 },
  key: { capacity: 200_000, refillPerSecond: 40_000 },
  trustedProxies: 0,
};

/** Who a request's points are taken from. */
export type RateIdentity = { kind: 'key'; viewer: Viewer } | { kind: 'address'; address: string };

/**
 * Admits requests and charges their cost. Every request pays 1 point on arrival, before its body
 * is read (so refused, malformed and failing requests are paid for too); once its cost is known,
 * the rest is charged or the request is refused with nothing run.
 */
export class RateLimiter {
  private readonly buckets: TokenBuckets;
  /** Requests refused since start (shown in /health). */
  refused = 0;

  constructor(readonly limits: RateLimits = DEFAULT_RATE_LIMITS, buckets?: TokenBuckets) {
    this.buckets = buckets ?? new TokenBuckets();
  }

  /** Takes the arrival point; the ticket says whether the request may go on and carries its headers. */
  admit(identity: RateIdentity): RateLimitTicket {
    const policy = this.policyOf(identity);
    const key = identity.kind === 'key' ? `key:${identity.viewer.name}` : `address:${identity.address}`;
    return new RateLimitTicket(this, key, policy);
  }

  /** @internal used by tickets */
  take(key: string, points: number, policy: BucketPolicy | 'unlimited', retryPoints = points): BucketState {
    if (policy === 'unlimited') return { allowed: true, remaining: Number.MAX_SAFE_INTEGER, retryAfterSeconds: 0, resetSeconds: 0 };
    const state = this.buckets.take(key, points, policy, retryPoints);
    if (!state.allowed) this.refused += 1;
    return state;
  }

  private policyOf(identity: RateIdentity): BucketPolicy | 'unlimited' {
    if (identity.kind === 'address') return this.limits.anonymous;
    const own = identity.viewer.rate;
    if (own === undefined) return this.limits.key;
    if (own === 'unlimited') return 'unlimited';
    // A key's own rate keeps the key burst, or a burst of ten seconds at its rate if that is larger.
    return { capacity: Math.max(this.limits.key.capacity, own * 10), refillPerSecond: own };
  }
}

/** One request's account: its arrival point is taken on creation; `charge` takes its cost. */
export class RateLimitTicket {
  private state: BucketState;

  constructor(private readonly limiter: RateLimiter, private readonly key: string, private readonly policy: BucketPolicy | 'unlimited') {
    this.state = limiter.take(key, 1, policy);
  }

  get allowed(): boolean {
    return this.state.allowed;
  }

  /**
   * Charges the operation's cost (less the arrival point already paid). Throws RATE_LIMITED (HTTP
   * 429) when the bucket holds fewer points: nothing is taken and nothing runs.
   */
  charge(cost: number): void {
    // Retry-After tells when the whole request, arrival point included, can be paid for.
    this.state = this.limiter.take(this.key, Math.max(0, cost - 1), this.policy, cost);
    if (!this.state.allowed) {
      throw new AppError(`Rate limit: this query costs ${cost} points and ${this.state.remaining} are left; retry in ${this.state.retryAfterSeconds} s.`, ErrorCode.RateLimited, {
        cost, remaining: this.state.remaining, retryAfter: this.state.retryAfterSeconds, http: { status: 429 },
      });
    }
  }

  /** The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers), and Retry-After when refused. */
  headers(): Record<string, string> {
    if (this.policy === 'unlimited') return {};
    const { capacity, refillPerSecond } = this.policy;
    const headers: Record<string, string> = {
      'ratelimit-limit': String(capacity),
      'ratelimit-remaining': String(this.state.remaining),
      'ratelimit-reset': String(this.state.resetSeconds),
      'ratelimit-policy': `${capacity};w=${Math.ceil(capacity / refillPerSecond)}`,
    };
    if (!this.state.allowed) headers['retry-after'] = String(this.state.retryAfterSeconds);
    return headers;
  }

  /** The client error for a request refused on arrival. */
  refusal(): { message: string; extensions: { code: ErrorCode; retryAfter: number } } {
    return {
      message: `Rate limit: no points left; retry in ${this.state.retryAfterSeconds} s.`,
      extensions: { code: ErrorCode.RateLimited, retryAfter: this.state.retryAfterSeconds },
    };
  }
}

/** The cost plugin's `onCost`: charges the request's ticket, if the HTTP front gave it one. */
export function chargeRateLimit(cost: number, context: Context): void {
  context.request?.rateLimit?.charge(cost);
}
