import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import type { DigestSender, SchedulerLogger, SendResult } from '../scheduler/types.ts';
import { silentLogger } from '../scheduler/types.ts';

/** Discord JSON error codes that mean "this bot cannot post in this channel". */
const NO_ACCESS_CODES = new Set([
  50001, // Missing Access
  50013, // Missing Permissions
  50008, // Cannot send messages in a non-text channel
  50083, // Operation on an archived thread
]);
const NOT_FOUND_CODES = new Set([10003 /* Unknown Channel */]);

export type RestLike = Pick<REST, 'post'> & { readonly options?: Pick<REST['options'], 'rejectOnRateLimit'> };

/**
 * Posts digests through discord.js's REST client (normally `client.rest`), whose queue already
 * waits out 429s and retries 5xx/timeouts a few times; what still fails is classified here.
 */
export class DiscordDigestSender implements DigestSender {
  constructor(
    private readonly rest: RestLike,
    log: SchedulerLogger = silentLogger,
  ) {
    if (rest.options?.rejectOnRateLimit) {
      // Such a REST throws RateLimitError instead of queueing; we still survive it (as retryable),
      // but digests then fail noisily under load instead of just waiting.
      log.warn({}, 'REST is configured with rejectOnRateLimit; digest sends will be retried instead of queued');
    }
  }

  async send(channelId: string, payload: object, nonce: string): Promise<SendResult> {
    // Files (a digest's chart) go as multipart parts beside the JSON body, which names them in `attachments`.
    const { files, ...body } = payload as { files?: Array<{ name: string; data: Buffer; contentType?: string }> };
    try {
      const message = (await this.rest.post(Routes.channelMessages(channelId), {
        body: { ...body, nonce, enforce_nonce: true },
        ...(files && files.length > 0 ? { files: files.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType })) } : {}),
      })) as { id?: unknown };
      if (typeof message?.id !== 'string') return { ok: false, kind: 'fatal', message: 'Discord returned no message id' };
      return { ok: true, messageId: message.id };
    } catch (err) {
      return classifyError(err);
    }
  }
}

export function classifyError(err: unknown): Extract<SendResult, { ok: false }> {
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : undefined;
    const base = { status: err.status, ...(code !== undefined ? { code } : {}), message: err.message };
    if (err.status === 403 || (code !== undefined && NO_ACCESS_CODES.has(code))) return { ok: false, kind: 'forbidden', ...base };
    if (err.status === 404 || (code !== undefined && NOT_FOUND_CODES.has(code))) return { ok: false, kind: 'not-found', ...base };
    if (err.status === 408 || err.status === 429 || err.status >= 500) return { ok: false, kind: 'retryable', ...base };
    return { ok: false, kind: 'fatal', ...base };
  }
  if (err instanceof HTTPError) {
    const kind = err.status >= 500 || err.status === 408 ? 'retryable' : 'fatal';
    return { ok: false, kind, status: err.status, message: err.message };
  }
  if (err instanceof RateLimitError) {
    return { ok: false, kind: 'retryable', status: 429, message: `rate limited for ${err.retryAfter} ms` };
  }
  // AbortError (REST timeout) and network failures (ECONNRESET, fetch failed, …).
  return { ok: false, kind: 'retryable', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}
