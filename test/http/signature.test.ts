import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSignature, publicKeyFromHex } from '../../src/http/signature.ts';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const key = publicKeyFromHex(hex);
const NOW = 1_800_000_000_000;

function signed(body: string, timestamp = String(NOW / 1000), by = privateKey) {
  return { signature: sign(null, Buffer.from(timestamp + body), by).toString('hex'), timestamp, body: Buffer.from(body) };
}

describe('GIVEN the application public key in hex', () => {
  it('THEN a request signed over timestamp + body is accepted', () => {
    expect(checkSignature(key, signed('{"type":1}'), { now: NOW, maxSkewSeconds: 300 })).toEqual({ ok: true, timestamp: NOW / 1000 });
  });

  it('THEN a missing header, a malformed signature, another key or a changed byte is refused', () => {
    const good = signed('{"type":1}');
    const opts = { now: NOW, maxSkewSeconds: 300 };
    expect(checkSignature(key, { ...good, signature: undefined }, opts)).toEqual({ ok: false, reason: 'missing' });
    expect(checkSignature(key, { ...good, timestamp: undefined }, opts)).toEqual({ ok: false, reason: 'missing' });
    expect(checkSignature(key, { ...good, signature: 'not hex' }, opts)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkSignature(key, { ...good, timestamp: '12:00' }, opts)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkSignature(key, signed('{"type":1}', undefined, generateKeyPairSync('ed25519').privateKey), opts)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkSignature(key, { ...good, body: Buffer.from('{"type":2}') }, opts)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('THEN a correctly signed request outside the clock window is refused as stale', () => {
    const opts = { now: NOW, maxSkewSeconds: 300 };
    expect(checkSignature(key, signed('{}', String(NOW / 1000 - 301)), opts)).toEqual({ ok: false, reason: 'stale' });
    expect(checkSignature(key, signed('{}', String(NOW / 1000 + 301)), opts)).toEqual({ ok: false, reason: 'stale' });
    expect(checkSignature(key, signed('{}', String(NOW / 1000 - 299)), opts).ok).toBe(true);
  });

  it('THEN a key that is not 64 hex characters is refused', () => {
    expect(() => publicKeyFromHex('abc')).toThrow(/64 hexadecimal/);
  });
});
