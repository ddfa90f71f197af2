// Per-client rate limiting, in memory only: the client address is never written anywhere. A
// token bucket per address; buckets that have refilled are forgotten.
export function rateLimiter(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = perMinute / 60_000;
  let swept = now();
  return {
    /** 0 when allowed; otherwise the seconds to wait. */
    take(client: string): number {
      const t = now();
      if (t - swept > 60_000) {
        for (const [key, b] of buckets) if (b.tokens + (t - b.at) * rate >= perMinute) buckets.delete(key);
        swept = t;
      }
      const bucket = buckets.get(client) ?? { tokens: perMinute, at: t };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.at) * rate);
      bucket.at = t;
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000));
    },
    get size() {
      return buckets.size;
    },
  };
}
