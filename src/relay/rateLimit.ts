export interface RateLimitOptions {
  /** Requests one address may make at once. Default 10. */
  burst?: number | undefined;
  /** Requests per minute one address may make over time. Default 30. */
  perMinute?: number | undefined;
  /** Addresses remembered at most; the longest idle are forgotten first. Default 10,000. */
  maxAddresses?: number | undefined;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key (a client address): `burst` requests at once, then
 * `perMinute` per minute. Memory is bounded by `maxAddresses`; a key left
 * alone long enough to refill completely is the same as a forgotten one.
 */
export class RateLimiter {
  private readonly burst: number;
  private readonly perMs: number;
  private readonly maxKeys: number;
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions = {}) {
    this.burst = Math.max(1, options.burst ?? 10);
    this.perMs = Math.max(1, options.perMinute ?? 30) / 60_000;
    this.maxKeys = Math.max(1, options.maxAddresses ?? 10_000);
  }

  /** Takes one request for `key`: 0 when allowed, otherwise the ms until one would be. */
  take(key: string, now = performance.now()): number {
    const old = this.buckets.get(key);
    const tokens = old ? Math.min(this.burst, old.tokens + (now - old.at) * this.perMs) : this.burst;
    // Re-inserting keeps the map in order of last use, so the first entry is the longest idle.
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return Math.ceil((1 - tokens) / this.perMs);
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return 0;
  }
}
