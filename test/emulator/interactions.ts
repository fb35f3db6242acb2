import { EventEmitter } from 'node:events';
import { ERR, invalidFormBody, type Issue } from './errors.ts';
import { checkMessageBody } from './message-rules.ts';
import { FLAG_EPHEMERAL, FLAG_LOADING, isEmptyMessage, type EmulatedMessage, type MessageStore } from './messages.ts';
import { fail, noContent, ok, type RouteContext, type RouteResult } from './route-types.ts';
import type { Json, Store, StoredUser } from './store.ts';

export const INTERACTION = { APPLICATION_COMMAND: 2, MESSAGE_COMPONENT: 3, AUTOCOMPLETE: 4, MODAL_SUBMIT: 5 } as const;
export const CALLBACK = { REPLY: 4, DEFERRED_REPLY: 5, DEFERRED_UPDATE: 6, UPDATE: 7, AUTOCOMPLETE: 8, MODAL: 9 } as const;

const ALLOWED_CALLBACKS: Record<number, number[]> = {
  [INTERACTION.APPLICATION_COMMAND]: [CALLBACK.REPLY, CALLBACK.DEFERRED_REPLY, CALLBACK.MODAL],
  [INTERACTION.MESSAGE_COMPONENT]: [CALLBACK.REPLY, CALLBACK.DEFERRED_REPLY, CALLBACK.DEFERRED_UPDATE, CALLBACK.UPDATE, CALLBACK.MODAL],
  [INTERACTION.AUTOCOMPLETE]: [CALLBACK.AUTOCOMPLETE],
  [INTERACTION.MODAL_SUBMIT]: [CALLBACK.REPLY, CALLBACK.DEFERRED_REPLY, CALLBACK.DEFERRED_UPDATE, CALLBACK.UPDATE],
};

/** Interaction tokens stay valid for follow-ups/edits for 15 minutes. */
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  commandName?: string;
  commandType?: number;
  user: StoredUser;
  guildId: string | null;
  channelId: string;
  createdAt: number;
  payload: Json;
  callback?: { type: number; data?: Json; at: number };
  /** Every callback attempt with the status it got (rejected duplicates included). */
  callbackAttempts: { type: number; status: number; code?: number }[];
  /** What `@original` refers to: the reply (types 4/5), or for components before that the message clicked on. */
  originalMessageId?: string;
  /** Components: the message the clicked component is on. */
  sourceMessageId?: string;
  followUpIds: string[];
  originalEdits: number;
  choices?: Json[];
  modal?: Json;
  /** Delivered over HTTP: settles once the bot's HTTP response has been applied. */
  httpResponse?: Promise<void>;
  httpDelivery?: { url: string; status: number; body: unknown; ms: number; error?: string };
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});

/** Interaction lifecycle and the REST routes that act on it (callback + interaction webhook). */
export class InteractionRegistry extends EventEmitter {
  readonly records = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly store: Store,
    private readonly messages: MessageStore,
    private readonly callbackTimeoutMs: number,
  ) {
    super();
  }

  /** Forgets every interaction (long load runs keep memory flat this way). */
  clear(): void {
    this.records.clear();
    this.byToken.clear();
  }

  register(rec: InteractionRecord): void {
    this.records.set(rec.id, rec);
    this.byToken.set(rec.token, rec);
  }

  private changed(rec: InteractionRecord): void {
    this.emit('change', rec);
  }

  private metadata(rec: InteractionRecord): Obj {
    const owners = rec.guildId ? { '0': rec.guildId } : { '1': rec.user.id };
    const base = { id: rec.id, type: rec.type, user: this.store.userObject(rec.user), authorizing_integration_owners: owners };
    if (rec.type === INTERACTION.APPLICATION_COMMAND) return { ...base, name: rec.commandName, command_type: rec.commandType ?? 1 };
    if (rec.type === INTERACTION.MESSAGE_COMPONENT) return { ...base, interacted_message_id: rec.sourceMessageId };
    return base;
  }

  private createMessage(rec: InteractionRecord, body: Obj, ctx: RouteContext, extraFlags = 0): EmulatedMessage {
    const isCommand = rec.type === INTERACTION.APPLICATION_COMMAND;
    const message = this.messages.create({
      channelId: rec.channelId,
      author: this.store.userObject(this.store.botUser),
      body,
      files: ctx.files,
      type: isCommand ? 20 : 0,
      webhookId: this.store.application.id,
      applicationId: this.store.application.id,
      interactionMetadata: this.metadata(rec),
      flags: extraFlags,
    });
    if (isCommand) {
      message.interaction = { id: rec.id, type: rec.type, name: rec.commandName, user: this.store.userObject(rec.user) };
    }
    return message;
  }

  private messageIssues(body: Obj, ctx: RouteContext): RouteResult | null {
    const check = checkMessageBody(body, ctx.files);
    if (check.issues.length) return fail(400, invalidFormBody(check.issues));
    if (check.empty) return fail(400, ERR.emptyMessage);
    return null;
  }

  /** The HTTP response to an interaction delivered over HTTP, applied as its callback. */
  httpCallback(rec: InteractionRecord, body: Obj): RouteResult {
    const ctx: RouteContext = {
      method: 'POST',
      path: '',
      params: { interaction_id: rec.id, token: rec.token },
      query: new URLSearchParams(),
      body,
      files: [],
      headers: {},
    };
    return this.callback(ctx);
  }

  /** An HTTP delivery answered with an error status (0: no answer): recorded as a refused callback. */
  httpFailed(rec: InteractionRecord, status: number): void {
    rec.callbackAttempts.push({ type: -1, status: status === 0 ? 504 : status });
    this.changed(rec);
  }

  /** Waits until an HTTP-delivered interaction's response is in, so a quick edit finds its message (Discord orders them too). */
  async settled(token: string | undefined): Promise<void> {
    const rec = token ? this.byToken.get(token) : undefined;
    await rec?.httpResponse;
  }

  /** POST /interactions/{id}/{token}/callback */
  callback(ctx: RouteContext): RouteResult {
    const rec = this.records.get(ctx.params.interaction_id ?? '');
    const body = asObj(ctx.body);
    const type = typeof body.type === 'number' ? body.type : -1;
    const result = this.callbackInner(rec, ctx, body, type);
    if (rec) {
      const code = result.status >= 400 ? (asObj(result.body).code as number | undefined) : undefined;
      rec.callbackAttempts.push({ type, status: result.status, ...(code !== undefined ? { code } : {}) });
      this.changed(rec);
    }
    return result;
  }

  private callbackInner(rec: InteractionRecord | undefined, ctx: RouteContext, body: Obj, type: number): RouteResult {
    if (!rec || rec.token !== ctx.params.token) return fail(404, ERR.unknownInteraction);
    if (rec.callback) return fail(400, ERR.alreadyAcknowledged);
    if (Date.now() - rec.createdAt > this.callbackTimeoutMs) return fail(404, ERR.unknownInteraction);
    if (!(ALLOWED_CALLBACKS[rec.type] ?? []).includes(type)) {
      const issue: Issue = {
        path: ['type'],
        code: 'INTERACTION_RESPONSE_TYPE_INVALID',
        message: `Interaction response type ${type} is not valid for interaction type ${rec.type}.`,
      };
      return fail(400, invalidFormBody([issue]));
    }
    const data = asObj(body.data);
    let message: EmulatedMessage | undefined;
    switch (type) {
      case CALLBACK.REPLY: {
        const bad = this.messageIssues(data, ctx);
        if (bad) return bad;
        message = this.createMessage(rec, data, ctx);
        rec.originalMessageId = message.id;
        break;
      }
      case CALLBACK.DEFERRED_REPLY: {
        const ephemeral = typeof data.flags === 'number' ? data.flags & FLAG_EPHEMERAL : 0;
        message = this.createMessage(rec, { content: '' }, { ...ctx, files: [] }, FLAG_LOADING | ephemeral);
        rec.originalMessageId = message.id;
        break;
      }
      case CALLBACK.DEFERRED_UPDATE:
        break;
      case CALLBACK.UPDATE: {
        const check = checkMessageBody(data, ctx.files);
        if (check.issues.length) return fail(400, invalidFormBody(check.issues));
        const target = rec.sourceMessageId ? this.messages.get(rec.sourceMessageId) : undefined;
        if (!target) return fail(404, ERR.unknownMessage);
        message = this.messages.edit(target.id, data, ctx.files);
        rec.originalEdits++;
        break;
      }
      case CALLBACK.AUTOCOMPLETE: {
        const issues = autocompleteIssues(data);
        if (issues.length) return fail(400, invalidFormBody(issues));
        rec.choices = (data.choices as Json[]) ?? [];
        break;
      }
      case CALLBACK.MODAL:
        if (typeof data.custom_id !== 'string' || typeof data.title !== 'string') {
          return fail(
            400,
            invalidFormBody([{ path: ['data'], code: 'BASE_TYPE_REQUIRED', message: 'Modal requires custom_id and title.' }]),
          );
        }
        rec.modal = data;
        break;
    }
    rec.callback = { type, data: body.data === undefined ? undefined : data, at: Date.now() };
    if (ctx.query.get('with_response') !== 'true') return noContent();
    const interaction: Obj = { id: rec.id, type: rec.type };
    if (message && type !== CALLBACK.UPDATE) {
      interaction.response_message_id = message.id;
      interaction.response_message_loading = (message.flags & FLAG_LOADING) !== 0;
      interaction.response_message_ephemeral = (message.flags & FLAG_EPHEMERAL) !== 0;
    }
    return ok({ interaction, resource: { type, ...(message ? { message } : {}) } });
  }

  private webhookRecord(ctx: RouteContext): InteractionRecord | undefined {
    const rec = this.byToken.get(ctx.params.token ?? '');
    if (!rec || ctx.params.webhook_id !== this.store.application.id) return undefined;
    if (Date.now() - rec.createdAt > TOKEN_LIFETIME_MS) return undefined;
    return rec;
  }

  private targetMessageId(rec: InteractionRecord, messageId: string): string | undefined {
    if (messageId === '@original') return rec.originalMessageId;
    if (messageId === rec.originalMessageId || rec.followUpIds.includes(messageId)) return messageId;
    return undefined;
  }

  /** POST /webhooks/{application_id}/{token} — follow-up message. */
  followUp(ctx: RouteContext): RouteResult {
    const rec = this.webhookRecord(ctx);
    if (!rec?.callback) return fail(404, ERR.unknownWebhook);
    const body = asObj(ctx.body);
    const bad = this.messageIssues(body, ctx);
    if (bad) return bad;
    // As on Discord: the first follow-up after a deferred response that was never edited *becomes* that
    // response (keeping its visibility, whatever flags the follow-up asks for).
    const original = rec.originalMessageId ? this.messages.get(rec.originalMessageId) : undefined;
    if (original && (original.flags & FLAG_LOADING) !== 0 && rec.originalEdits === 0) {
      const edited = this.messages.edit(original.id, body, ctx.files, true);
      rec.originalEdits++;
      this.changed(rec);
      return ctx.query.get('wait') === 'true' ? ok(edited) : noContent();
    }
    const message = this.createMessage(rec, body, ctx);
    rec.followUpIds.push(message.id);
    this.changed(rec);
    return ctx.query.get('wait') === 'true' ? ok(message) : noContent();
  }

  /** GET /webhooks/{application_id}/{token}/messages/{message_id} */
  getMessage(ctx: RouteContext): RouteResult {
    const rec = this.webhookRecord(ctx);
    if (!rec) return fail(404, ERR.unknownWebhook);
    const id = this.targetMessageId(rec, ctx.params.message_id ?? '');
    const message = id ? this.messages.get(id) : undefined;
    return message ? ok(message) : fail(404, ERR.unknownMessage);
  }

  /** PATCH /webhooks/{application_id}/{token}/messages/{message_id} */
  editMessage(ctx: RouteContext): RouteResult {
    const rec = this.webhookRecord(ctx);
    if (!rec) return fail(404, ERR.unknownWebhook);
    const id = this.targetMessageId(rec, ctx.params.message_id ?? '');
    const current = id ? this.messages.get(id) : undefined;
    if (!id || !current) return fail(404, ERR.unknownMessage);
    const body = asObj(ctx.body);
    const check = checkMessageBody(body, ctx.files);
    if (check.issues.length) return fail(400, invalidFormBody(check.issues));
    const preview: EmulatedMessage = {
      ...current,
      ...('content' in body ? { content: typeof body.content === 'string' ? body.content : '' } : {}),
      ...('embeds' in body ? { embeds: Array.isArray(body.embeds) ? (body.embeds as Obj[]) : [] } : {}),
      ...('components' in body ? { components: Array.isArray(body.components) ? (body.components as Obj[]) : [] } : {}),
      ...(ctx.files.length ? { attachments: [...current.attachments, {}] } : {}),
    };
    if (isEmptyMessage(preview)) return fail(400, ERR.emptyMessage);
    const message = this.messages.edit(id, body, ctx.files, true);
    if (id === rec.originalMessageId) rec.originalEdits++;
    this.changed(rec);
    return ok(message);
  }

  /** DELETE /webhooks/{application_id}/{token}/messages/{message_id} */
  deleteMessage(ctx: RouteContext): RouteResult {
    const rec = this.webhookRecord(ctx);
    if (!rec) return fail(404, ERR.unknownWebhook);
    const id = this.targetMessageId(rec, ctx.params.message_id ?? '');
    if (!id || !this.messages.delete(id)) return fail(404, ERR.unknownMessage);
    this.changed(rec);
    return noContent();
  }
}

function autocompleteIssues(data: Obj): Issue[] {
  const issues: Issue[] = [];
  const choices = Array.isArray(data.choices) ? data.choices : null;
  if (!choices) return [{ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  if (choices.length > 25)
    issues.push({ path: ['data', 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  choices.forEach((c: unknown, i) => {
    const o = asObj(c);
    const n = typeof o.name === 'string' ? [...o.name].length : 0;
    if (n < 1 || n > 100)
      issues.push({ path: ['data', 'choices', i, 'name'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    const v = o.value;
    if (typeof v === 'string' ? [...v].length > 100 : typeof v !== 'number') {
      issues.push({ path: ['data', 'choices', i, 'value'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
    }
  });
  return issues;
}
