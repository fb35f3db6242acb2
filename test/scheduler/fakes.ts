import type { DigestSender, SendResult } from '../../src/scheduler/types.ts';

export class FakeClock {
  constructor(private t: Date) {}
  now = (): Date => new Date(this.t);
  set(t: Date | string): void {
    this.t = new Date(t);
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}

export interface PostedMessage {
  id: string;
  channelId: string;
  payload: object;
  nonce: string;
}

type Failure = Extract<SendResult, { ok: false }>;

/**
 * Records posted messages. Like Discord with `enforce_nonce`, a repeated nonce returns the original
 * message instead of posting again (unless `dedupByNonce` is off). Failures can be queued per channel.
 */
export class FakeSender implements DigestSender {
  readonly messages: PostedMessage[] = [];
  calls = 0;
  inFlight = 0;
  maxInFlight = 0;
  private failures = new Map<string, (Failure | 'throw')[]>();
  private seq = 0;

  constructor(private readonly opts: { dedupByNonce?: boolean; delayMs?: () => number } = {}) {}

  failNext(channelId: string, ...results: (Failure | 'throw')[]): void {
    this.failures.set(channelId, [...(this.failures.get(channelId) ?? []), ...results]);
  }

  inChannel(channelId: string): PostedMessage[] {
    return this.messages.filter((m) => m.channelId === channelId);
  }

  async send(channelId: string, payload: object, nonce: string): Promise<SendResult> {
    this.calls++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const delay = this.opts.delayMs?.() ?? 0;
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      const failure = this.failures.get(channelId)?.shift();
      if (failure === 'throw') throw new Error('socket hang up');
      if (failure) return failure;
      if (this.opts.dedupByNonce !== false) {
        const original = this.messages.find((m) => m.channelId === channelId && m.nonce === nonce);
        if (original) return { ok: true, messageId: original.id };
      }
      const id = `msg-${++this.seq}`;
      this.messages.push({ id, channelId, payload, nonce });
      return { ok: true, messageId: id };
    } finally {
      this.inFlight--;
    }
  }
}

export const http500: Failure = { ok: false, kind: 'retryable', status: 500, message: 'Internal Server Error' };
export const missingPermissions: Failure = { ok: false, kind: 'forbidden', status: 403, code: 50013, message: 'Missing Permissions' };
export const unknownChannel: Failure = { ok: false, kind: 'not-found', status: 404, code: 10003, message: 'Unknown Channel' };
export const invalidBody: Failure = { ok: false, kind: 'fatal', status: 400, code: 50035, message: 'Invalid Form Body' };

/** Local wall time of an instant, e.g. "2025-03-09 09:00". */
export function local(d: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * A sender whose channels each take one message per `intervalMs` (real time), like a per-channel
 * rate-limit bucket that the REST client waits out: a send to a channel that is not free yet waits
 * until it is. Records the order sends start in and how many are in flight, overall and per channel.
 */
export class ChannelLimitedSender implements DigestSender {
  /** Channel of each send, in the order the sends started. */
  readonly starts: string[] = [];
  /** Channel of each send, in the order the sends finished. */
  readonly finishes: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Highest number of sends in flight to any one channel at once. */
  maxInFlightPerChannel = 0;
  private readonly perChannel = new Map<string, number>();
  private readonly freeAt = new Map<string, number>();
  private seq = 0;

  constructor(private readonly intervalMs: number) {}

  async send(channelId: string): Promise<SendResult> {
    this.starts.push(channelId);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const n = (this.perChannel.get(channelId) ?? 0) + 1;
    this.perChannel.set(channelId, n);
    this.maxInFlightPerChannel = Math.max(this.maxInFlightPerChannel, n);
    try {
      const now = Date.now();
      const at = Math.max(now, this.freeAt.get(channelId) ?? 0);
      this.freeAt.set(channelId, at + this.intervalMs);
      await new Promise((r) => setTimeout(r, at - now + 1)); // bucket wait + 1 ms of "network"
      return { ok: true, messageId: `msg-${++this.seq}` };
    } finally {
      this.finishes.push(channelId);
      this.inFlight--;
      this.perChannel.set(channelId, (this.perChannel.get(channelId) ?? 1) - 1);
    }
  }
}
