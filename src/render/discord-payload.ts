import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import type { Lang } from '../briefing/schema.ts';
import { voteCustomId, type VoteTarget } from '../feedback/vote-id.ts';
import { t } from '../i18n/catalogue.ts';

/** A file uploaded with a message (multipart), described by the `attachments` entry with the same index. */
export interface PayloadFile {
  name: string;
  data: Buffer;
  contentType: string;
  description: string;
}

/**
 * A message body exactly as the bot sends it to Discord's API; `files` travel beside the JSON body as
 * multipart parts, each announced in `attachments` with its alt text.
 */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
  allowed_mentions: { parse: [] };
  flags?: number;
  attachments?: Array<{ id: number; filename: string; description: string }>;
  files?: PayloadFile[];
}

/** A rendered picture to upload: what `withPicture` needs from a chart. */
export interface PictureUpload {
  filename: string;
  description: string;
  png: Buffer;
}

/** Every page shows the picture (it stays on the message as pages are turned), referenced as `attachment://`. */
export function picturePages(pages: APIEmbed[], picture: PictureUpload | null | undefined): APIEmbed[] {
  if (!picture) return pages;
  return pages.map((page) => ({ ...page, image: { url: `attachment://${picture.filename}` } }));
}

/** The message that first carries the picture: its file and the attachment entry with its alt text. */
export function withPicture(payload: MessagePayload, picture: PictureUpload | null | undefined): MessagePayload {
  if (!picture) return payload;
  return {
    ...payload,
    attachments: [{ id: 0, filename: picture.filename, description: picture.description }],
    files: [{ name: picture.filename, data: picture.png, contentType: 'image/png', description: picture.description }],
  };
}

/** The payload for printing as JSON: each file as its name, alt text and size instead of its bytes. */
export function payloadForJson(payload: MessagePayload): object {
  const { files, ...rest } = payload;
  return files
    ? { ...rest, files: files.map((f) => ({ name: f.name, description: f.description, contentType: f.contentType, size: f.data.length })) }
    : rest;
}

export const PAGER_PREFIX = 'pager';

export function pagerCustomId(sessionId: string, page: number): string {
  return `${PAGER_PREFIX}:${sessionId}:${page}`;
}

export function parsePagerCustomId(customId: string): { sessionId: string; page: number } | null {
  const m = /^pager:([A-Za-z0-9_-]{1,40}):(\d{1,4})$/.exec(customId);
  return m ? { sessionId: m[1]!, page: Number(m[2]) } : null;
}

/**
 * One page of a reply, with Previous/Next buttons when there are several pages, and 👍/👎 under it when
 * the reply can be rated (`feedback`).
 */
export function pagePayload(
  pages: APIEmbed[],
  index: number,
  opts: { lang: Lang; ephemeral?: boolean; pagerId?: string; feedback?: VoteTarget },
): MessagePayload {
  const payload: MessagePayload = { embeds: [pages[index]!], components: [], allowed_mentions: { parse: [] } };
  if (opts.ephemeral) payload.flags = MessageFlags.Ephemeral;
  if (pages.length > 1 && opts.pagerId) {
    const button = (label: string, page: number, disabled: boolean, id?: string): APIButtonComponent => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label,
      custom_id: id ?? pagerCustomId(opts.pagerId!, page),
      disabled,
    });
    payload.components = [
      {
        type: ComponentType.ActionRow,
        components: [
          button(`◀ ${t(opts.lang).previous}`, index - 1, index === 0),
          button(`${index + 1}/${pages.length}`, index, true, `${PAGER_PREFIX}:${opts.pagerId}:indicator`),
          button(`${t(opts.lang).next} ▶`, index + 1, index === pages.length - 1),
        ],
      },
    ];
  }
  if (opts.feedback) payload.components.push(feedbackRow(opts.feedback, opts.lang));
  return payload;
}

function feedbackRow(target: VoteTarget, lang: Lang): APIActionRowComponent<APIButtonComponent> {
  const button = (vote: 'up' | 'down'): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    emoji: { name: vote === 'up' ? '👍' : '👎' },
    label: vote === 'up' ? t(lang).helpful : t(lang).unhelpful,
    custom_id: voteCustomId(vote, target),
  });
  return { type: ComponentType.ActionRow, components: [button('up'), button('down')] };
}
