import { CALLBACK, type InteractionRecord, type InteractionRegistry } from './interactions.ts';
import { FLAG_LOADING, type EmulatedMessage, type MessageStore } from './messages.ts';
import type { Json } from './store.ts';
import { waitForQuiet, waitUntil } from './wait.ts';

export interface InteractionCallback {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete result, 9 modal. */
  type: number;
  data?: Json;
}

export interface FinalOptions {
  /** How long @original must stay unchanged before it counts as final (default 250 ms). */
  settleMs?: number;
  timeoutMs?: number;
}

/** What a test holds after dispatching an interaction: waits on the bot's responses to it. */
export class InteractionHandle {
  constructor(
    private readonly registry: InteractionRegistry,
    private readonly messages: MessageStore,
    readonly record: InteractionRecord,
    private readonly defaultTimeoutMs: number,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get token(): string {
    return this.record.token;
  }

  /** The raw INTERACTION_CREATE payload sent to the bot. */
  get payload(): Json {
    return this.record.payload;
  }

  private describe(what: string): () => string {
    return () =>
      `${what} for interaction ${this.record.commandName ?? this.record.type} (${this.id}); callback attempts: ${JSON.stringify(this.record.callbackAttempts)}`;
  }

  /** Resolves with the bot's initial callback body; rejects if the bot's callback was refused (e.g. 400/404). */
  reply(timeoutMs = this.defaultTimeoutMs): Promise<InteractionCallback> {
    return waitUntil(
      this.registry,
      'change',
      () => {
        const cb = this.record.callback;
        if (cb) return { type: cb.type, ...(cb.data !== undefined ? { data: cb.data } : {}) };
        const last = this.record.callbackAttempts.at(-1);
        if (last && last.status >= 400 && last.status !== 429) {
          throw new Error(`emulator: the bot's interaction callback was rejected with ${last.status} (code ${last.code ?? '?'})`);
        }
        return undefined;
      },
      timeoutMs,
      this.describe('the initial response'),
    );
  }

  /** Current state of `@original` (reply message, or for components the clicked message), if any. */
  original(): EmulatedMessage | undefined {
    return this.record.originalMessageId ? this.messages.get(this.record.originalMessageId) : undefined;
  }

  /**
   * Waits for the response to be complete: replied, or deferred and then edited, then quiet for `settleMs`.
   * Returns the latest `@original`.
   */
  async final(opts: FinalOptions = {}): Promise<EmulatedMessage> {
    const timeoutMs = opts.timeoutMs ?? 15_000;
    const cb = await this.reply(timeoutMs);
    if (cb.type === CALLBACK.AUTOCOMPLETE || cb.type === CALLBACK.MODAL) {
      throw new Error(`emulator: interaction ${this.id} was answered with callback type ${cb.type}, which has no message`);
    }
    await waitUntil(
      this.registry,
      'change',
      () => {
        const m = this.original();
        if (!m) return undefined;
        if (m.flags & FLAG_LOADING) return undefined;
        if (cb.type === CALLBACK.DEFERRED_UPDATE && this.record.originalEdits === 0) return undefined;
        return m;
      },
      timeoutMs,
      this.describe('the final response (deferred responses need an edit of @original)'),
    );
    await waitForQuiet(this.registry, 'change', opts.settleMs ?? 250, timeoutMs);
    const latest = this.original();
    if (!latest) throw new Error(`emulator: @original of interaction ${this.id} was deleted`);
    return latest;
  }

  followUps(): EmulatedMessage[] {
    return this.record.followUpIds.map((id) => this.messages.get(id)).filter((m): m is EmulatedMessage => !!m);
  }

  waitForFollowUp(predicate: (m: EmulatedMessage) => boolean = () => true, timeoutMs = 15_000): Promise<EmulatedMessage> {
    return waitUntil(this.registry, 'change', () => this.followUps().find(predicate), timeoutMs, this.describe('a follow-up'));
  }

  /** Autocomplete choices the bot responded with. */
  async choices(timeoutMs = this.defaultTimeoutMs): Promise<Json[]> {
    const cb = await this.reply(timeoutMs);
    if (cb.type !== CALLBACK.AUTOCOMPLETE) throw new Error(`emulator: expected an autocomplete result, got callback type ${cb.type}`);
    return this.record.choices ?? [];
  }
}
