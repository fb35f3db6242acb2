import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** The application's Ed25519 public key (64 hex characters, as the Developer Portal shows it). */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('an Ed25519 public key is 64 hexadecimal characters');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'invalid' };

export interface SignatureInput {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

/**
 * Discord signs `timestamp + raw body` with the application's key. A request older (or further in the
 * future) than `maxSkewSeconds` is refused even when correctly signed, so a captured request cannot be
 * replayed later.
 */
export function checkSignature(key: KeyObject, input: SignatureInput, opts: { now?: number; maxSkewSeconds: number }): SignatureCheck {
  const { signature, timestamp } = input;
  if (!signature || !timestamp) return { ok: false, reason: 'missing' };
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed' };
  const signed = verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), input.body]), key, Buffer.from(signature, 'hex'));
  if (!signed) return { ok: false, reason: 'invalid' };
  const seconds = Number(timestamp);
  const now = (opts.now ?? Date.now()) / 1000;
  if (Math.abs(now - seconds) > opts.maxSkewSeconds) return { ok: false, reason: 'stale' };
  return { ok: true, timestamp: seconds };
}
