import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { InteractionRecord, InteractionRegistry } from './interactions.ts';

/** What one HTTP delivery of an interaction came to. */
export interface HttpDeliveryResult {
  url: string;
  /** HTTP status, or 0 when the request failed or timed out. */
  status: number;
  body: unknown;
  ms: number;
  error?: string;
}

export interface SignOptions {
  /** Unix seconds (default: now). */
  timestamp?: number;
  /** Sign with another key (a forger's). */
  key?: KeyObject;
}

/**
 * Discord's "Interactions Endpoint URL" delivery: each interaction is POSTed to the bot, signed with the
 * application's Ed25519 key (over timestamp + body), and the HTTP response is the interaction's first
 * callback. With several URLs the emulator spreads interactions round-robin, as a load balancer would.
 */
export class HttpInteractionDelivery {
  private readonly privateKey: KeyObject;
  /** The application's public key, hex, as the Developer Portal shows it (DISCORD_PUBLIC_KEY). */
  readonly publicKeyHex: string;
  private urls: string[] = [];
  private next = 0;
  readonly deliveries: HttpDeliveryResult[] = [];

  constructor(
    private readonly registry: InteractionRegistry,
    private readonly timeoutMs: number,
  ) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    this.privateKey = privateKey;
    this.publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  }

  get active(): boolean {
    return this.urls.length > 0;
  }

  get endpoints(): readonly string[] {
    return this.urls;
  }

  /** Headers Discord would send with `body`. */
  sign(body: string, opts: SignOptions = {}): Record<string, string> {
    const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), opts.key ?? this.privateKey).toString('hex');
    return { 'Content-Type': 'application/json', 'X-Signature-Ed25519': signature, 'X-Signature-Timestamp': timestamp };
  }

  /** A signed POST of `body` to `url`, answered or not. */
  async post(url: string, body: string, headers: Record<string, string>): Promise<HttpDeliveryResult> {
    const started = performance.now();
    try {
      const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: kept as text
      }
      return { url, status: res.status, body: parsed, ms: performance.now() - started };
    } catch (err) {
      return { url, status: 0, body: undefined, ms: performance.now() - started, error: err instanceof Error ? err.message : String(err) };
    }
  }

  /**
   * Sets the endpoint(s) as Discord does when the URL is saved in the Developer Portal: a signed PING must
   * be answered with `{ type: 1 }` and a PING with a bad signature refused with 401, or the URL is refused.
   */
  async setEndpoints(urls: string[], opts: { validate?: boolean } = {}): Promise<void> {
    if (opts.validate ?? true) {
      for (const url of urls) {
        const ping = JSON.stringify({ id: '1', application_id: '1', type: 1, token: 'ping', version: 1 });
        const good = await this.post(url, ping, this.sign(ping));
        if (good.status !== 200 || (good.body as { type?: number } | undefined)?.type !== 1) {
          throw new Error(
            `emulator: ${url} did not answer a signed PING with {"type":1} (got ${good.status} ${JSON.stringify(good.body)})`,
          );
        }
        const forger = generateKeyPairSync('ed25519').privateKey;
        const bad = await this.post(url, ping, this.sign(ping, { key: forger }));
        if (bad.status !== 401)
          throw new Error(`emulator: ${url} accepted a PING with a bad signature (got ${bad.status}); Discord refuses such an endpoint`);
      }
    }
    this.urls = [...urls];
    this.next = 0;
  }

  /** Delivers one interaction; its HTTP response becomes the interaction's callback. */
  deliver(rec: InteractionRecord): Promise<void> {
    const url = this.urls[this.next++ % this.urls.length]!;
    const body = JSON.stringify(rec.payload);
    const done = this.post(url, body, this.sign(body)).then((result) => {
      this.deliveries.push(result);
      rec.httpDelivery = result;
      if (result.status === 200 && typeof result.body === 'object' && result.body !== null) {
        this.registry.httpCallback(rec, result.body as Record<string, unknown>);
      } else {
        // Discord shows "This interaction failed"; the record keeps why.
        this.registry.httpFailed(rec, result.status);
      }
    });
    rec.httpResponse = done;
    return done;
  }
}
