import type { Delivery, Subscription } from '../store/index.ts';

export type SendResult =
  | { ok: true; messageId: string }
  | {
      ok: false;
      /** forbidden/not-found disable the subscription; retryable is retried with backoff; fatal fails this run only. */
      kind: 'forbidden' | 'not-found' | 'retryable' | 'fatal';
      status?: number;
      code?: number;
      message: string;
    };

export interface DigestSender {
  /** Must not throw; `nonce` is sent with `enforce_nonce: true` so a retry returns the original message. */
  send(channelId: string, payload: object, nonce: string): Promise<SendResult>;
}

/** Builds the Discord message body for one run (`delivery.content` says whether a digest or a change alert). */
export type RenderDigest = (sub: Subscription, section: string, fireTime: Date, delivery: Delivery) => object | Promise<object>;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
