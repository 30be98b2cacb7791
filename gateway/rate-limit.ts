/**
 * A token bucket per caller: `perSecond` requests a second on average, bursts up to twice that.
 * Kept in memory: each gateway instance limits what reaches it (several instances behind a load
 * balancer each allow their share). Idle buckets are forgotten, so memory stays bounded.
 */
export interface RateLimiter {
  /** True when the caller may send one more request now. */
  take(caller: string, now?: number): boolean;
}

export function createRateLimiter(perSecond: number, maxCallers = 100_000): RateLimiter {
  const burst = perSecond * 2;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(caller, now = Date.now()) {
      const bucket = buckets.get(caller) ?? { tokens: burst, at: now };
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
      bucket.at = now;
      // Re-inserted so the map's order is least recently used first: the oldest go when it is full.
      buckets.delete(caller);
      if (buckets.size >= maxCallers) buckets.delete(buckets.keys().next().value as string);
      buckets.set(caller, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
