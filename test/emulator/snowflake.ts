import { createHash, randomBytes } from 'node:crypto';

export const DISCORD_EPOCH = 1_420_070_400_000n;

let lastMs = 0n;
let increment = 0n;

/** Generates a Discord-style snowflake (19 digits for current timestamps), unique within this process. */
export function snowflake(at: number = Date.now()): string {
  const ms = BigInt(at) - DISCORD_EPOCH;
  if (ms === lastMs) {
    increment = (increment + 1n) & 0xfffn;
  } else {
    lastMs = ms;
    increment = 0n;
  }
  const workerId = 1n;
  const processId = 0n;
  return ((ms << 22n) | (workerId << 17n) | (processId << 12n) | increment).toString();
}

export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Interaction tokens look like `aW50ZXJhY3Rpb246…` (base64 of "interaction:<id>:…"). URL-safe, no '/' or '?'. */
export function interactionToken(interactionId: string): string {
  const raw = Buffer.concat([Buffer.from(`interaction:${interactionId}:`), randomBytes(96)]);
  return raw.toString('base64url');
}

export function sessionId(): string {
  return randomBytes(16).toString('hex');
}

/** Stable 32-hex bucket hash for a route, like the opaque values Discord sends in X-RateLimit-Bucket. */
export function bucketHash(key: string): string {
  return createHash('md5').update(key).digest('hex');
}
