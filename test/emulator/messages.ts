import { EventEmitter } from 'node:events';
import { snowflake } from './snowflake.ts';
import type { RecordedFile } from './types.ts';

type Obj = Record<string, unknown>;

export const FLAG_EPHEMERAL = 1 << 6;
export const FLAG_LOADING = 1 << 7;
const FLAG_SUPPRESS_EMBEDS = 1 << 2;
const FLAG_COMPONENTS_V2 = 1 << 15;

/** A message as the emulator returns it over REST (snake_case, Discord shape). */
export interface EmulatedMessage {
  id: string;
  channel_id: string;
  author: Obj;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: unknown[];
  mention_roles: string[];
  attachments: Obj[];
  embeds: Obj[];
  components: Obj[];
  pinned: boolean;
  type: number;
  flags: number;
  nonce?: string | number;
  webhook_id?: string;
  application_id?: string;
  interaction_metadata?: Obj;
  [key: string]: unknown;
}

export interface CreateMessageInput {
  channelId: string;
  author: Obj;
  body: Obj;
  files?: RecordedFile[];
  type?: number;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: Obj;
  flags?: number;
}

let componentIdCounter = 0;

/** Discord assigns numeric `id`s to components that lack one and normalises embeds to `type: 'rich'`. */
function normaliseComponents(components: unknown): Obj[] {
  if (!Array.isArray(components)) return [];
  const walk = (c: Obj): Obj => {
    const out: Obj = { ...c, id: typeof c.id === 'number' ? c.id : ++componentIdCounter };
    if (Array.isArray(c.components)) out.components = (c.components as Obj[]).map(walk);
    return out;
  };
  return (components as Obj[]).map(walk);
}

function normaliseEmbeds(embeds: unknown): Obj[] {
  if (!Array.isArray(embeds)) return [];
  return (embeds as Obj[]).map((e) => {
    const out: Obj = { type: 'rich', ...e };
    if (Array.isArray(e.fields)) out.fields = (e.fields as Obj[]).map((f) => ({ inline: false, ...f }));
    if (typeof out.color !== 'number') delete out.color;
    return out;
  });
}

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  zip: 'application/zip',
};

/** Discord derives content_type from the file; discord.js leaves it blank when magic bytes don't match. */
function contentTypeOf(f: RecordedFile): string {
  const ext = f.filename.split('.').pop()?.toLowerCase() ?? '';
  if (f.contentType && f.contentType !== 'application/octet-stream') return f.contentType;
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** Width and height from a PNG's header, as Discord reports them for image attachments. */
function pngSize(data: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature) return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/**
 * An embed's `attachment://name` image or thumbnail becomes that attachment's CDN URL, as Discord does;
 * a name matching no attachment of the message is left as it was sent.
 */
function resolveAttachmentRefs(embeds: Obj[], attachments: Obj[]): Obj[] {
  const resolve = (media: unknown): unknown => {
    if (!isObj(media) || typeof media.url !== 'string' || !media.url.startsWith('attachment://')) return media;
    const a = attachments.find((x) => x.filename === (media.url as string).slice('attachment://'.length));
    return a
      ? { ...media, url: a.url, proxy_url: a.proxy_url, ...(a.width !== undefined ? { width: a.width, height: a.height } : {}) }
      : media;
  };
  return embeds.map((e) => ({
    ...e,
    ...(e.image ? { image: resolve(e.image) } : {}),
    ...(e.thumbnail ? { thumbnail: resolve(e.thumbnail) } : {}),
  }));
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function attachmentsFor(channelId: string, files: RecordedFile[], body: Obj): Obj[] {
  const described = Array.isArray(body.attachments) ? (body.attachments as Obj[]) : [];
  return files.map((f, index) => {
    const id = snowflake();
    const meta = described.find((a) => String(a.id) === String(index));
    return {
      id,
      filename: f.filename,
      size: f.size,
      url: `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(f.filename)}`,
      proxy_url: `https://media.discordapp.net/attachments/${channelId}/${id}/${encodeURIComponent(f.filename)}`,
      content_type: contentTypeOf(f),
      ...(pngSize(f.data) ?? {}),
      ...(meta?.description ? { description: meta.description } : {}),
    };
  });
}

export function isEmptyMessage(m: EmulatedMessage): boolean {
  return !(
    m.content.trim().length > 0 ||
    m.embeds.length > 0 ||
    m.components.length > 0 ||
    m.attachments.length > 0 ||
    m.poll ||
    m.sticker_items
  );
}

export interface MessageEvent {
  kind: 'create' | 'update' | 'delete';
  message: EmulatedMessage;
}

/** All messages the bot created, per channel, plus nonce memory for `enforce_nonce`. */
export class MessageStore extends EventEmitter {
  readonly byId = new Map<string, EmulatedMessage>();
  private readonly byChannel = new Map<string, string[]>();
  private readonly deleted = new Set<string>();
  private readonly nonces = new Map<string, { messageId: string; at: number }>();

  constructor(private readonly nonceTtlMs: number) {
    super();
  }

  /** Forgets every message (long load runs keep memory flat this way). */
  clear(): void {
    this.byId.clear();
    this.byChannel.clear();
    this.deleted.clear();
    this.nonces.clear();
  }

  create(input: CreateMessageInput): EmulatedMessage {
    const { body } = input;
    const id = snowflake();
    const requestedFlags = typeof body.flags === 'number' ? body.flags : 0;
    const attachments = attachmentsFor(input.channelId, input.files ?? [], body);
    const flags = (input.flags ?? 0) | (requestedFlags & (FLAG_EPHEMERAL | FLAG_SUPPRESS_EMBEDS | FLAG_COMPONENTS_V2 | (1 << 12)));
    const message: EmulatedMessage = {
      type: input.type ?? 0,
      content: typeof body.content === 'string' ? body.content : '',
      mentions: [],
      mention_roles: [],
      attachments,
      embeds: resolveAttachmentRefs(normaliseEmbeds(body.embeds), attachments),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags,
      components: normaliseComponents(body.components),
      id,
      channel_id: input.channelId,
      author: input.author,
      pinned: false,
      mention_everyone: false,
      tts: body.tts === true,
      ...(body.nonce !== undefined && body.nonce !== null ? { nonce: body.nonce as string | number } : {}),
      ...(input.webhookId ? { webhook_id: input.webhookId } : {}),
      ...(input.applicationId ? { application_id: input.applicationId } : {}),
      ...(input.interactionMetadata ? { interaction_metadata: input.interactionMetadata } : {}),
      ...(body.message_reference ? { message_reference: body.message_reference, referenced_message: null } : {}),
      ...(body.poll ? { poll: body.poll } : {}),
    };
    this.byId.set(id, message);
    const list = this.byChannel.get(input.channelId) ?? [];
    list.push(id);
    this.byChannel.set(input.channelId, list);
    this.emit('message', { kind: 'create', message } satisfies MessageEvent);
    return message;
  }

  /** Returns the message previously created with this nonce in this channel, if still remembered. */
  findByNonce(channelId: string, nonce: string | number): EmulatedMessage | undefined {
    const hit = this.nonces.get(`${channelId}:${nonce}`);
    if (!hit || Date.now() - hit.at > this.nonceTtlMs) return undefined;
    return this.get(hit.messageId);
  }

  rememberNonce(channelId: string, nonce: string | number, messageId: string): void {
    this.nonces.set(`${channelId}:${nonce}`, { messageId, at: Date.now() });
  }

  get(id: string): EmulatedMessage | undefined {
    return this.deleted.has(id) ? undefined : this.byId.get(id);
  }

  /** Applies a PATCH body; `clearLoading` turns a deferred "thinking" message into a real one. */
  edit(id: string, body: Obj, files: RecordedFile[] = [], clearLoading = false): EmulatedMessage {
    const current = this.get(id);
    if (!current) throw new Error(`emulator: edit of unknown message ${id}`);
    const wasLoading = (current.flags & FLAG_LOADING) !== 0;
    const next: EmulatedMessage = { ...current };
    if ('content' in body) next.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) next.embeds = normaliseEmbeds(body.embeds);
    if ('components' in body) next.components = normaliseComponents(body.components);
    if ('attachments' in body || files.length) {
      const kept = Array.isArray(body.attachments)
        ? current.attachments.filter((a) => (body.attachments as Obj[]).some((b) => String(b.id) === String(a.id)))
        : current.attachments;
      next.attachments = [...kept, ...attachmentsFor(current.channel_id, files, body)];
    }
    if ('embeds' in body || 'attachments' in body || files.length) next.embeds = resolveAttachmentRefs(next.embeds, next.attachments);
    if (typeof body.flags === 'number') {
      const mutable = FLAG_SUPPRESS_EMBEDS | FLAG_COMPONENTS_V2;
      next.flags = (next.flags & ~mutable) | (body.flags & mutable);
    }
    if (clearLoading && wasLoading) next.flags &= ~FLAG_LOADING;
    else next.edited_timestamp = new Date().toISOString();
    this.byId.set(id, next);
    this.emit('message', { kind: 'update', message: next } satisfies MessageEvent);
    return next;
  }

  delete(id: string): boolean {
    const m = this.get(id);
    if (!m) return false;
    this.deleted.add(id);
    this.emit('message', { kind: 'delete', message: m } satisfies MessageEvent);
    return true;
  }

  list(channelId: string, opts: { includeEphemeral?: boolean } = {}): EmulatedMessage[] {
    const include = opts.includeEphemeral ?? true;
    return (this.byChannel.get(channelId) ?? [])
      .map((id) => this.get(id))
      .filter((m): m is EmulatedMessage => !!m && (include || (m.flags & FLAG_EPHEMERAL) === 0));
  }
}
