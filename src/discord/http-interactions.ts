import {
  DefaultRestOptions,
  DiscordAPIError,
  Events,
  RESTJSONErrorCodes,
  Routes,
  type Client,
  type Interaction,
  type RawFile,
  type ResponseLike,
} from 'discord.js';
import type { Logger } from '../log.ts';

/** Discord waits this long for the HTTP response to an interaction, then shows "The application did not respond". */
export const DISCORD_RESPONSE_WINDOW_MS = 3000;

type Handler = (i: Interaction) => Promise<void>;

export type BridgeResult =
  | { status: 200; body: unknown }
  /** No handler answered (an interaction type the bot does not serve, or the handler ended without answering). */
  | { status: 400 | 500 | 503; body: { message: string } };

interface Pending {
  id: string;
  token: string;
  applicationId: string;
  answered: boolean;
  started: boolean;
  respond(result: BridgeResult): void;
}

const CALLBACK_PATH = /\/interactions\/(\d+)\/([^/?]+)\/callback(?:\?|$)/;

const jsonResponse = (status: number, body: unknown): ResponseLike =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * Runs interactions that arrive as HTTP requests through the very handler the gateway uses.
 *
 * discord.js answers an interaction by POSTing to `/interactions/{id}/{token}/callback`. Over HTTP, Discord
 * expects that first answer in the response to its request instead, so this bridge sits in the REST
 * client's transport (`makeRequest`): the first callback of an interaction that arrived here becomes the
 * HTTP response and discord.js sees the 204 Discord would have sent. Everything after it (edits of a
 * deferred reply, follow-ups) goes over REST as usual. The interaction objects are built by discord.js's
 * own InteractionCreate action, exactly as for a gateway event, so `i.deferred`, `i.replied` and every
 * reply method behave the same in both modes.
 */
export class HttpInteractionBridge {
  private readonly pending = new Map<string, Pending>();
  private client: Client | undefined;
  private handler: Handler | undefined;

  constructor(
    private readonly log: Logger,
    private readonly windowMs = DISCORD_RESPONSE_WINDOW_MS,
  ) {}

  /** For the REST client's options: every request goes through here. */
  readonly makeRequest = async (url: string, init: Parameters<typeof DefaultRestOptions.makeRequest>[1]): Promise<ResponseLike> => {
    const m = CALLBACK_PATH.exec(url);
    const entry = m ? this.pending.get(m[1]!) : undefined;
    if (!m || !entry || entry.token !== decodeURIComponent(m[2]!)) return DefaultRestOptions.makeRequest(url, init);
    // What Discord answers to a second callback, or to one after its 3-second window.
    if (entry.answered) return jsonResponse(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    if (init.body instanceof FormData) return this.answerWithFiles(entry, init.body);
    const body: unknown = JSON.parse(bodyText(init.body));
    entry.answered = true;
    entry.respond({ status: 200, body });
    return new Response(null, { status: 204 });
  };

  /**
   * An answer that uploads files (a chart) cannot be an HTTP response: Discord takes only JSON there. So the
   * HTTP response defers (type 5, with the answer's visibility; or 6 for a page turn) and the message, files
   * and all, is then set as the interaction's original message over REST, as a deferred gateway reply would be.
   */
  private async answerWithFiles(entry: Pending, form: FormData): Promise<ResponseLike> {
    const callback = JSON.parse(String(form.get('payload_json'))) as { type: number; data?: Record<string, unknown> };
    const { flags, ...message } = callback.data ?? {};
    if (callback.type !== 4 && callback.type !== 7) throw new Error(`interaction callback type ${callback.type} cannot carry files`);
    const files: RawFile[] = [];
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') continue;
      files.push({ key, name: value.name, contentType: value.type || undefined, data: Buffer.from(await value.arrayBuffer()) });
    }
    entry.answered = true;
    entry.respond({ status: 200, body: callback.type === 4 ? { type: 5, data: { flags: Number(flags ?? 0) & 64 } } : { type: 6 } });
    await this.editOriginal(entry, message, files);
    return new Response(null, { status: 204 });
  }

  /** Retried briefly while Discord may not have taken in the HTTP response yet (no original message so far). */
  private async editOriginal(entry: Pending, body: Record<string, unknown>, files: RawFile[]): Promise<void> {
    const route = Routes.webhookMessage(entry.applicationId, entry.token, '@original');
    for (let attempt = 0; ; attempt++) {
      try {
        await this.client!.rest.patch(route, { body, files, auth: false });
        return;
      } catch (err) {
        const notYet =
          err instanceof DiscordAPIError &&
          (err.code === RESTJSONErrorCodes.UnknownWebhook || err.code === RESTJSONErrorCodes.UnknownMessage);
        if (!notYet || attempt >= 3) throw err;
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }

  /** Serves interactions with `handler` (the gateway mode's) on `client`, whose REST uses {@link makeRequest}. */
  attach(client: Client, handler: Handler): void {
    this.client = client;
    this.handler = handler;
    client.on(Events.InteractionCreate, (i) => {
      const entry = this.pending.get(i.id);
      if (!entry) return;
      entry.started = true;
      void handler(i).finally(() => {
        if (entry.answered) return;
        entry.answered = true;
        this.log.error({ interactionId: i.id, type: i.type }, 'interaction handler ended without answering');
        entry.respond({ status: 500, body: { message: 'the bot did not answer this interaction' } });
      });
    });
  }

  /** Resolves with the HTTP response for one verified interaction payload (not PING). */
  handle(payload: { id: string; token: string; type: number; application_id?: string }): Promise<BridgeResult> {
    const client = this.client;
    if (!client || !this.handler) throw new Error('HttpInteractionBridge.attach() was not called');
    return new Promise<BridgeResult>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const entry: Pending = {
        id: payload.id,
        token: payload.token,
        applicationId: String(payload.application_id ?? ''),
        answered: false,
        started: false,
        respond: (result) => {
          clearTimeout(timer);
          resolve(result);
          // Kept until the window has passed, so a late or second callback gets Discord's answer.
          setTimeout(() => this.pending.delete(payload.id), this.windowMs).unref();
        },
      };
      this.pending.set(payload.id, entry);
      timer = setTimeout(() => {
        if (entry.answered) return;
        entry.answered = true;
        this.log.warn({ interactionId: payload.id, type: payload.type }, "no answer within Discord's 3-second window");
        entry.respond({ status: 503, body: { message: 'no answer in time' } });
      }, this.windowMs);
      try {
        // discord.js's own gateway path: builds the interaction object and emits InteractionCreate.
        (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions.InteractionCreate.handle(
          payload,
        );
      } catch (err) {
        // Signed by Discord yet not an interaction discord.js can read: nothing sensible to run.
        this.log.warn({ err, interactionId: payload.id, type: payload.type }, 'unreadable interaction payload');
        if (!entry.answered) {
          entry.answered = true;
          entry.respond({ status: 400, body: { message: 'unreadable interaction payload' } });
        }
        return;
      }
      if (!entry.started && !entry.answered) {
        entry.answered = true;
        entry.respond({ status: 400, body: { message: `interaction type ${payload.type} is not served by this bot` } });
      }
    });
  }
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  throw new Error('unexpected interaction callback body');
}
