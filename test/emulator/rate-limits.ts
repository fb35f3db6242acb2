import { bucketHash } from './snowflake.ts';

export interface BucketRule {
  limit: number;
  windowMs: number;
}

interface BucketState {
  remaining: number;
  resetAt: number;
}

export interface BucketResult {
  limited: boolean;
  /** Seconds, when limited. */
  retryAfter: number;
  headers: Record<string, string>;
}

const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

/** Headers Discord sends on a 429. Retry-After is whole seconds (rounded up); the body has the precise float. */
export function rateLimitedBody(retryAfterSec: number, global: boolean): { message: string; retry_after: number; global: boolean } {
  return { message: 'You are being rate limited.', retry_after: Number(retryAfterSec.toFixed(3)), global };
}

export function retryAfterHeader(retryAfterSec: number): string {
  return String(Math.max(1, Math.ceil(retryAfterSec)));
}

/**
 * Fixed-window buckets keyed by (route bucket hash, major parameter), plus the global per-second limit.
 * A window opens on the first request after the previous one expired, like Discord's buckets.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, BucketState>();
  private globalWindow = { start: 0, count: 0 };

  constructor(private readonly globalPerSecond: number) {}

  /** Counts one request against the global limit; returns seconds to wait if exceeded. */
  takeGlobal(now = Date.now()): number | null {
    if (now - this.globalWindow.start >= 1000) this.globalWindow = { start: now, count: 0 };
    if (this.globalWindow.count >= this.globalPerSecond) return (this.globalWindow.start + 1000 - now) / 1000;
    this.globalWindow.count++;
    return null;
  }

  static hashFor(routeKey: string): string {
    return bucketHash(routeKey);
  }

  take(routeKey: string, major: string, rule: BucketRule, now = Date.now()): BucketResult {
    const hash = bucketHash(routeKey);
    const key = `${hash}:${major}`;
    let state = this.buckets.get(key);
    if (!state || now >= state.resetAt) {
      state = { remaining: rule.limit, resetAt: now + rule.windowMs };
      this.buckets.set(key, state);
    }
    const limited = state.remaining <= 0;
    if (!limited) state.remaining--;
    const resetAfterMs = state.resetAt - now;
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(rule.limit),
      'X-RateLimit-Remaining': String(state.remaining),
      'X-RateLimit-Reset': (state.resetAt / 1000).toFixed(3),
      'X-RateLimit-Reset-After': seconds(resetAfterMs),
      'X-RateLimit-Bucket': hash,
    };
    if (limited) {
      headers['X-RateLimit-Scope'] = 'user';
      headers['Retry-After'] = retryAfterHeader(resetAfterMs / 1000);
    }
    return { limited, retryAfter: resetAfterMs / 1000, headers };
  }

  /** Headers for an injected route 429: the bucket looks exhausted for `retryAfter` seconds. */
  static exhaustedHeaders(routeKey: string, rule: BucketRule, retryAfterSec: number, now = Date.now()): Record<string, string> {
    return {
      'X-RateLimit-Limit': String(rule.limit),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': ((now + retryAfterSec * 1000) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': retryAfterSec.toFixed(3),
      'X-RateLimit-Bucket': bucketHash(routeKey),
      'X-RateLimit-Scope': 'user',
      'Retry-After': retryAfterHeader(retryAfterSec),
    };
  }

  static globalHeaders(retryAfterSec: number): Record<string, string> {
    return { 'X-RateLimit-Global': 'true', 'X-RateLimit-Scope': 'global', 'Retry-After': retryAfterHeader(retryAfterSec) };
  }
}
