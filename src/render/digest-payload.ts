import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import { digestView, rotationSections, type DigestView } from '../digest/digest-message.ts';
import type { DigestSchedulerOptions } from '../scheduler/digest-scheduler.ts';
import { embedChars, LIMITS } from './discord-limits.ts';
import { picturePages, withPicture, type MessagePayload, type PictureUpload } from './discord-payload.ts';
import { renderEmbedPages } from './discord-render.ts';
import { markdown } from './rich-markdown.ts';

/**
 * A digest as one channel message: the header line, then as many pages of the section's view as fit in
 * one message's embeds (the first showing the section's chart, when given); anything left over is pointed
 * to with the command that shows it.
 */
export function digestMessage(
  b: Briefing,
  section: string,
  lang: Lang,
  picture?: PictureUpload | null,
  fresh?: ReadonlySet<string>,
): MessagePayload {
  return digestViewMessage(digestView(b, section, lang, fresh), picture);
}

/** Any digest-like post (a digest, a change alert) as one channel message. */
export function digestViewMessage(digest: DigestView, picture?: PictureUpload | null): MessagePayload {
  const pages = renderEmbedPages(digest.view);
  if (picture) pages[0] = picturePages([pages[0]!], picture)[0]!;
  const embeds = [];
  let total = 0;
  for (const page of pages) {
    const size = embedChars(page);
    if (embeds.length >= LIMITS.embedsPerMessage || total + size > LIMITS.embedTotal) break;
    embeds.push(page);
    total += size;
  }
  const more = embeds.length < pages.length ? `\n${markdown(digest.rest)}` : '';
  return withPicture(
    { content: `${markdown(digest.header)}${more}`.slice(0, LIMITS.content), embeds, components: [], allowed_mentions: { parse: [] } },
    picture,
  );
}

/**
 * What the scheduler needs to post digests of any loaded briefing: a subscription's rotation and messages both
 * come from the briefing it follows (the default one if that briefing is no longer loaded).
 */
export function digestsFrom(briefings: BriefingRegistry): Pick<DigestSchedulerOptions, 'rotationFor' | 'render'> {
  return {
    rotationFor: (sub) => rotationSections(briefings.orDefault(sub.briefingId)),
    render: (sub, section) => digestMessage(briefings.orDefault(sub.briefingId), section, sub.language),
  };
}
