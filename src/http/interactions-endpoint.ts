import type { KeyObject } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from '../log.ts';
import { checkSignature } from './signature.ts';

/** Discord's interaction payloads stay far below this (a button click carries its whole message: a few KiB). */
export const MAX_INTERACTION_BYTES = 128 * 1024;
/** A signed request is accepted only this close to our clock, so a captured one cannot be replayed later. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

export interface EndpointResponse {
  status: number;
  body: unknown;
  /** Interaction type for metrics ('ping', 'command', …, or 'rejected'). */
  kind: string;
}

export interface InteractionsEndpointOptions {
  publicKey: KeyObject;
  /** Answers one verified, non-PING interaction (the Discord bridge). */
  handle(payload: { id: string; token: string; type: number }): Promise<{ status: number; body: unknown }>;
  log: Logger;
  maxBytes?: number;
  maxSkewSeconds?: number;
  now?: () => number;
}

/** Interaction ids remembered for replay detection, at most. */
const MAX_REMEMBERED = 50_000;

const KINDS: Record<number, string> = { 1: 'ping', 2: 'command', 3: 'component', 4: 'autocomplete', 5: 'modal' };

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * `POST /interactions`: what Discord sends to the Interactions Endpoint URL. The signature is checked
 * over the raw bytes before anything is parsed; a request Discord did not sign gets 401 and no work.
 */
export function interactionsEndpoint(opts: InteractionsEndpointOptions): (req: IncomingMessage) => Promise<EndpointResponse> {
  const max = opts.maxBytes ?? MAX_INTERACTION_BYTES;
  const maxSkewSeconds = opts.maxSkewSeconds ?? MAX_CLOCK_SKEW_SECONDS;
  // Interaction ids already served here within the skew window: the same signed request sent again is refused.
  // Entries are kept in arrival order, so the oldest (first to expire) are dropped from the front; under a flood
  // the memory stays bounded and only the oldest ids lose this protection (the timestamp check still holds).
  const seen = new Map<string, number>();
  const remember = (id: string, now: number): boolean => {
    for (const [k, until] of seen) {
      if (until > now && seen.size < MAX_REMEMBERED) break;
      seen.delete(k);
    }
    if ((seen.get(id) ?? 0) > now) return false;
    seen.set(id, now + 2 * maxSkewSeconds * 1000);
    return true;
  };

  return async (req) => {
    let body: Buffer;
    try {
      body = await readBody(req, max);
    } catch (err) {
      if (err instanceof BodyTooLarge) return { status: 413, body: { message: `request body over ${max} bytes` }, kind: 'rejected' };
      throw err;
    }
    const now = (opts.now ?? Date.now)();
    const check = checkSignature(
      opts.publicKey,
      { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp'), body },
      { now, maxSkewSeconds },
    );
    if (!check.ok) {
      opts.log.debug({ reason: check.reason, remote: req.socket.remoteAddress }, 'interaction request refused');
      return {
        status: 401,
        body: { message: check.reason === 'stale' ? 'request timestamp too old or too far ahead' : 'invalid request signature' },
        kind: 'rejected',
      };
    }
    let payload: { id?: unknown; token?: unknown; type?: unknown };
    try {
      payload = JSON.parse(body.toString('utf8')) as typeof payload;
    } catch {
      return { status: 400, body: { message: 'body is not JSON' }, kind: 'rejected' };
    }
    if (typeof payload !== 'object' || payload === null || typeof payload.type !== 'number')
      return { status: 400, body: { message: 'not an interaction' }, kind: 'rejected' };
    const kind = KINDS[payload.type] ?? `type-${payload.type}`;
    if (payload.type === 1) return { status: 200, body: { type: 1 }, kind };
    if (typeof payload.id !== 'string' || typeof payload.token !== 'string')
      return { status: 400, body: { message: 'interaction without id or token' }, kind: 'rejected' };
    if (!remember(payload.id, now)) {
      opts.log.warn({ interactionId: payload.id }, 'interaction request replayed');
      return { status: 409, body: { message: 'this interaction was already received' }, kind: 'rejected' };
    }
    const result = await opts.handle(payload as { id: string; token: string; type: number });
    return { ...result, kind };
  };
}
