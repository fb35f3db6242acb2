import type { Lang } from '../briefing/schema.ts';
import type { QaResult } from '../qa/engine.ts';
import { t } from '../i18n/catalogue.ts';
import { clip, type Run } from './rich-text.ts';
import type { View } from './view.ts';

/** Longest question echoed back (the title and headline have room for it with their own words). */
const QUESTION_CHARS = 200;

/** `/ask`: up to three answers with labels and citations, or a plain "not covered" with the closest topics. */
export function askView(result: QaResult, lang: Lang, footer: string): View {
  // A typed span: each renderer shows it exactly as typed, never as links, headers or spoilers.
  const question: Run = { typed: clip(result.question.replace(/\s+/g, ' ').trim(), QUESTION_CHARS) };
  const words = t(lang);
  const answers = result.answers.map((a, i) => ({
    heading: `${i + 1}. ${a.topicTitle}`,
    statements: [{ text: a.text, nature: a.nature, speaker: a.by, cite: a.citation }],
  }));
  const topicLinks = [
    ...new Map([
      ...result.answers.map((a) => [a.topic, { id: a.topic, title: a.topicTitle }] as const),
      ...result.suggestions.map((s) => [s.id, s] as const),
    ]).values(),
  ].slice(0, 5);
  if (result.status === 'answered') {
    return { lang, tone: 'info', title: [words.askTitle, question], blocks: answers, related: topicLinks, footer };
  }
  if (result.status === 'unsure') {
    return {
      lang,
      tone: 'warning',
      title: words.unsureTitle,
      headline: words.unsureHeadline(question),
      blocks: answers,
      related: topicLinks,
      footer,
    };
  }
  return {
    lang,
    tone: 'warning',
    title: words.notCoveredTitle,
    headline: words.notCoveredHeadline(question),
    blocks: [],
    related: topicLinks,
    footer,
  };
}
