import type { Briefing, Lang } from '../briefing/schema.ts';
import type { Picture } from '../charts/types.ts';
import { formatDate, t } from '../i18n/catalogue.ts';
import { topicById, topics } from '../query/common.ts';
import { plainRuns, runs, type RichText } from '../query/rich-text.ts';
import { topicView } from '../query/topic-view.ts';
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

/** A digest: a header line naming the section and briefing, the section's `/brief` view, and the command showing all of it. */
export interface DigestView {
  header: RichText;
  view: View;
  /** Where the rest is, when a message cannot hold the whole view. */
  rest: RichText;
}

/** `fresh`: ids of statements added since the channel's previous digest, marked 🆕. */
export function digestView(b: Briefing, section: string, lang: Lang, fresh?: ReadonlySet<string>): DigestView {
  const topic = topicById(b, section);
  if (!topic) throw new Error(`digest section "${section}" is not in briefing ${b.id}`);
  const words = t(lang).digest;
  return {
    header: words.header(topic.title[lang], b.title[lang], formatDate(b.asOf, lang)),
    view: markFresh(topicView(b, topic, lang), fresh),
    rest: words.rest(`/brief ${topic.id}`),
  };
}

/** Marks with 🆕 the statements whose ids are in `fresh`. */
export function markFresh(view: View, fresh: ReadonlySet<string> | undefined): View {
  if (!fresh || fresh.size === 0) return view;
  const mark = t(view.lang).living.newMark;
  return {
    ...view,
    blocks: view.blocks.map((block) => ({
      ...block,
      statements: block.statements.map((s) => (s.id !== undefined && fresh.has(s.id) ? { ...s, text: [`${mark} `, ...runs(s.text)] } : s)),
    })),
  };
}

/** What `/digest preview` shows: the digest's view, titled as a digest. */
export function digestPreviewView(b: Briefing, section: string, lang: Lang): View {
  const { view } = digestView(b, section, lang);
  return { ...view, title: t(lang).digest.previewTitle(plainRuns(view.title)) };
}
