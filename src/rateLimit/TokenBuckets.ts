/** How big a bucket is and how fast it fills again. */
export interface BucketPolicy {
  /** Points a full bucket holds: the largest burst, and at least the costliest query allowed. */
  capacity: number;
  /** Points restored per second. */
  refillPerSecond: number;
}

/** The state of one bucket after a take, in whole points and seconds (what response headers show). */
export interface BucketState {
  allowed: boolean;
  /** Points left (rounded down). */
  remaining: number;
  /** Seconds until the points asked for are there (0 when allowed). */
  retryAfterSeconds: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
}

interface Bucket { points: number; at: number }

/**
 * Token buckets by identity (Shopify's leaky bucket, seen from the other side): each identity
 * starts full, every request takes its points, and points come back at a constant rate up to the
 * capacity. At most `maxEntries` identities are remembered; the least recently used is forgotten
 * first, which only ever hands it a full bucket again (so the bound costs memory, not safety).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly maxEntries = 100_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Takes `points` from `identity`'s bucket if it holds them all; otherwise takes nothing, and
   * `retryAfterSeconds` says when `retryPoints` (what a retry will ask for) will be there.
   */
  take(identity: string, points: number, policy: BucketPolicy, retryPoints = points): BucketState {
    const now = this.now();
    const bucket = this.refilled(identity, policy, now);
    const allowed = bucket.points >= points;
    if (allowed) bucket.points -= points;
    // Re-inserted so the Map's order is least recently used first.
    this.buckets.delete(identity);
    this.buckets.set(identity, bucket);
    this.forgetOldest();
    return {
      allowed,
      remaining: Math.floor(bucket.points),
      retryAfterSeconds: allowed ? 0 : secondsFor(retryPoints - bucket.points, policy),
      resetSeconds: secondsFor(policy.capacity - bucket.points, policy),
    };
  }

  /** Identities remembered (for tests of the bound). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(identity: string, policy: BucketPolicy, now: number): Bucket {
    const bucket = this.buckets.get(identity);
    if (!bucket) return { points: policy.capacity, at: now };
    const elapsedSeconds = Math.max(0, now - bucket.at) / 1000;
    return { points: Math.min(policy.capacity, bucket.points + elapsedSeconds * policy.refillPerSecond), at: now };
  }

  private forgetOldest(): void {
    while (this.buckets.size > this.maxEntries) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) return;
      this.buckets.delete(oldest.value);
    }
  }
}

/** Whole seconds until `points` have come back (at least 1 when any are missing: Retry-After is in seconds). */
function secondsFor(points: number, policy: BucketPolicy): number {
  if (points <= 0) return 0;
  if (policy.refillPerSecond <= 0) return Number.MAX_SAFE_INTEGER;
  return Math.max(1, Math.ceil(points / policy.refillPerSecond));
}
