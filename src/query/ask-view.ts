import type { Lang } from '../briefing/schema.ts';
import type { QaResult } from '../qa/engine.ts';
import { truncate } from '../render/discord-limits.ts';
import { userText } from './user-text.ts';
import type { View } from './view.ts';

/** `/ask`: up to three answers with labels and citations, or a plain "not covered" with the closest topics. */
export function askView(result: QaResult, lang: Lang, footer: string): View {
  // Echoed as typed: escaped, so a question cannot post links, headers or spoilers in a public reply.
  const question = userText(truncate(result.question.replace(/\s+/g, ' ').trim(), 200));
  const answers = result.answers.map((a, i) => ({
    heading: `${i + 1}. ${a.topicTitle}`,
    statements: [{ text: a.text, nature: a.nature, speaker: a.by, cite: a.citation }],
  }));
  const topicLinks = [...new Map([...result.answers.map((a) => [a.topic, { id: a.topic, title: a.topicTitle }] as const), ...result.suggestions.map((s) => [s.id, s] as const)]).values()].slice(0, 5);
  if (result.status === 'answered') {
    return { lang, tone: 'info', title: truncate(`${lang === 'zh' ? '问' : 'Q'}: ${question}`, 256), blocks: answers, related: topicLinks, footer };
  }
  if (result.status === 'unsure') {
    return {
      lang,
      tone: 'warning',
      title: lang === 'zh' ? '不确定：简报可能没有直接回答这个问题' : 'Not sure: the briefing may not answer this directly',
      headline: lang === 'zh' ? `“${question}”——以下是简报中最接近的内容，请自行判断是否相关。` : `“${question}”: these are the closest facts in the briefing; judge for yourself whether they answer it.`,
      blocks: answers,
      related: topicLinks,
      footer,
    };
  }
  return {
    lang,
    tone: 'warning',
    title: lang === 'zh' ? '简报没有涉及这个问题' : 'The briefing does not cover this',
    headline:
      lang === 'zh'
        ? `“${question}”——简报中没有能回答它的内容。可以试试下面的议题，或换个问法。`
        : `“${question}”: nothing in the briefing answers it. Try one of these topics, or ask another way.`,
    blocks: [],
    related: topicLinks,
    footer,
  };
}
