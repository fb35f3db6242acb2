import { createHash } from 'node:crypto';

export const scheduledKey = (subscriptionId: number, fireTime: Date): string => `${subscriptionId}:${fireTime.toISOString()}`;

/**
 * Key of a manual send: per request time (one run per millisecond), or per caller-supplied request id
 * (e.g. a Discord interaction id), so a retried request finds its first run instead of posting again.
 */
export const manualKey = (subscriptionId: number, request: Date | string): string =>
  `${subscriptionId}:manual:${typeof request === 'string' ? request : request.toISOString()}`;

/**
 * Discord message nonce for a delivery key: the first 63 bits of its SHA-256 as a decimal string
 * (≤ 19 digits; Discord allows 25). Deterministic, so every process and every retry of the same run
 * sends the same nonce and `enforce_nonce` dedups them.
 */
export function nonceFor(deliveryKey: string): string {
  const digest = createHash('sha256').update(deliveryKey).digest();
  return (digest.readBigUInt64BE(0) >> 1n).toString();
}
