import type { Lang } from '../briefing/schema.ts';
import { t } from '../i18n/catalogue.ts';
import { clip, type Run } from '../query/rich-text.ts';
import type { Statement, View, ViewBlock } from '../query/view.ts';
import type { AskLogEntry, AskLogFilter } from '../store/types.ts';

/** Longest question and answer excerpt shown per entry (the export has them whole). */
const QUESTION_CHARS = 300;
const ANSWER_CHARS = 200;

function reason(e: AskLogEntry, lang: Lang): string {
  const words = t(lang).askLog;
  const parts: string[] = [];
  if (e.status === 'not-covered') parts.push(words.refused);
  if (e.status === 'unsure') parts.push(words.unsure);
  if (e.unhelpful > 0) parts.push(`👎 ${e.unhelpful}`);
  return parts.join(' · ') || words.answered;
}

function where(e: AskLogEntry, lang: Lang): string {
  const words = t(lang).askLog;
  if (e.origin === 'console') return words.console;
  return e.guildId ? words.server(e.guildId) : words.directMessage;
}

function entryBlock(e: AskLogEntry, lang: Lang, showWhere: boolean): ViewBlock {
  const words = t(lang).askLog;
  // What a user typed (and what we answered, which may quote it) goes in typed spans: shown exactly as typed.
  const statements: Statement[] = [{ text: [words.question, { typed: clip(e.question.replace(/\s+/g, ' ').trim(), QUESTION_CHARS) }] }];
  if (e.answerItemIds.length > 0) {
    const ids: Run[] = e.answerItemIds.flatMap((id, i) => (i > 0 ? [', ', { code: id }] : [{ code: id }]));
    statements.push({ text: [`${e.status === 'answered' ? words.answeredWith : words.closestShown}: `, ...ids] });
  }
  if (e.answerText) statements.push({ text: [`${words.firstAnswer}: `, { typed: clip(e.answerText, ANSWER_CHARS) }] });
  const meta: Run[] = [{ time: e.createdAt }, ` · ${t(lang).languageNames[e.language]} · 👍 ${e.helpful} · 👎 ${e.unhelpful}`];
  if (showWhere) meta.push(` · ${where(e, lang)}`);
  statements.push({ text: meta });
  return { heading: `#${e.id} · ${reason(e, lang)}`, statements };
}

/**
 * `/ask-log`: recent questions worth an analyst's look, newest first. `everywhere` (the console) also
 * says where each was asked.
 */
export function askLogView(entries: AskLogEntry[], opts: { lang: Lang; filter: AskLogFilter; everywhere: boolean }): View {
  const { lang, filter } = opts;
  const words = t(lang).askLog;
  const kind = words.filters[filter];
  if (entries.length === 0) return { lang, tone: 'info', title: words.emptyTitle, headline: words.emptyHeadline(kind), blocks: [] };
  return {
    lang,
    tone: 'info',
    title: words.title(entries.length),
    headline: words.headline(kind),
    blocks: entries.map((e) => entryBlock(e, lang, opts.everywhere)),
  };
}
