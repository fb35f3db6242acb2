import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import type { DigestSchedulerOptions } from '../scheduler/digest-scheduler.ts';
import { formatDate, t } from '../i18n/ui.ts';
import { topicById, topics } from '../query/common.ts';
import { topicView } from '../query/topic-view.ts';
import { embedChars, LIMITS } from '../render/discord-limits.ts';
import { renderEmbedPages } from '../render/discord-render.ts';
import { picturePages, withPicture, type MessagePayload, type PictureUpload } from '../render/discord-payload.ts';
import type { Picture } from '../charts/types.ts';
import type { View } from '../query/view.ts';

/** The topics a `rotate` subscription walks through: the briefing's `presentation.digestRotation`, else every topic in order. */
export function rotationSections(b: Briefing): string[] {
  const declared = b.presentation.digestRotation;
  return declared.length > 0 ? [...declared] : topics(b).map((t) => t.id);
}

/** The chart a digest of this section carries, if the section has one. */
export function digestPicture(b: Briefing, section: string, lang: Lang): Picture | undefined {
  const topic = topicById(b, section);
  return topic ? topicView(b, topic, lang).picture : undefined;
}

/**
 * A digest is the `/brief` view of one section as a single channel message: a header line, then as many
 * pages as fit in one message's embeds (the first showing the section's chart, when given); anything left
 * over is pointed to with the command that shows it.
 */
export function digestMessage(b: Briefing, section: string, lang: Lang, picture?: PictureUpload | null, fresh?: ReadonlySet<string>): MessagePayload {
  const topic = topicById(b, section);
  if (!topic) throw new Error(`digest section "${section}" is not in briefing ${b.id}`);
  const pages = renderEmbedPages(markFresh(topicView(b, topic, lang), fresh));
  if (picture) pages[0] = picturePages([pages[0]!], picture)[0]!;
  const embeds = fitInOneMessage(pages);
  const header =
    lang === 'zh'
      ? `📰 **摘要 · ${topic.title.zh}**：${b.title.zh}（截至 ${formatDate(b.asOf, 'zh')}）`
      : `📰 **Digest · ${topic.title.en}**: ${b.title.en} (as of ${formatDate(b.asOf, 'en')})`;
  const more = embeds.length < pages.length ? (lang === 'zh' ? `\n完整内容：\`/brief ${topic.id}\`` : `\nThe rest: \`/brief ${topic.id}\``) : '';
  return withPicture({ content: `${header}${more}`.slice(0, LIMITS.content), embeds, components: [], allowed_mentions: { parse: [] } }, picture);
}

/** Marks with 🆕 the statements whose ids are in `fresh` (added since the channel's previous digest). */
export function markFresh(view: View, fresh: ReadonlySet<string> | undefined): View {
  if (!fresh || fresh.size === 0) return view;
  const mark = t('newMark', view.lang);
  return {
    ...view,
    blocks: view.blocks.map((block) => ({
      ...block,
      statements: block.statements.map((s) => (s.id !== undefined && fresh.has(s.id) ? { ...s, text: `${mark} ${s.text}` } : s)),
    })),
  };
}

/** As many pages as one channel message holds (Discord's embed count and total size), from the first. */
export function fitInOneMessage<E extends Parameters<typeof embedChars>[0]>(pages: readonly E[]): E[] {
  const embeds: E[] = [];
  let total = 0;
  for (const page of pages) {
    const size = embedChars(page);
    if (embeds.length >= LIMITS.embedsPerMessage || total + size > LIMITS.embedTotal) break;
    embeds.push(page);
    total += size;
  }
  return embeds;
}

/** What `/digest preview` shows: the digest's view, titled as a digest. */
export function digestPreviewView(b: Briefing, section: string, lang: Lang): View {
  const topic = topicById(b, section);
  if (!topic) throw new Error(`digest section "${section}" is not in briefing ${b.id}`);
  const view = topicView(b, topic, lang);
  return { ...view, title: lang === 'zh' ? `摘要预览 · ${view.title}` : `Digest preview · ${view.title}` };
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
