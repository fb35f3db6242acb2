import type { Lang } from '../briefing/schema.ts';
import { discordTime } from '../digest/subscription-view.ts';
import type { View, ViewBlock } from '../query/view.ts';
import { truncate } from '../render/discord-limits.ts';
import { escapeMarkdown } from '../render/escape.ts';
import type { AskLogEntry, AskLogFilter } from '../store/types.ts';

/** Longest question and answer excerpt shown per entry (the export has them whole). */
const QUESTION_CHARS = 300;
const ANSWER_CHARS = 200;

const say = (lang: Lang, en: string, zh: string) => (lang === 'zh' ? zh : en);

function reason(e: AskLogEntry, lang: Lang): string {
  const parts: string[] = [];
  if (e.status === 'not-covered') parts.push(say(lang, 'Refused', '未回答'));
  if (e.status === 'unsure') parts.push(say(lang, 'Not sure', '不确定'));
  if (e.unhelpful > 0) parts.push(`👎 ${e.unhelpful}`);
  return parts.join(' · ') || say(lang, 'Answered', '已回答');
}

function where(e: AskLogEntry, lang: Lang): string {
  if (e.origin === 'console') return say(lang, 'console', '控制台');
  return e.guildId ? say(lang, `server ${e.guildId}`, `服务器 ${e.guildId}`) : say(lang, 'direct message', '私信');
}

function entryBlock(e: AskLogEntry, lang: Lang, showWhere: boolean): ViewBlock {
  // The question is what a user typed: escaped, so Markdown and mentions in it read as typed.
  const statements = [{ text: `${say(lang, 'Q: ', '问：')}${escapeMarkdown(truncate(e.question.replace(/\s+/g, ' ').trim(), QUESTION_CHARS))}` }];
  if (e.answerItemIds.length > 0) {
    const shown = e.status === 'answered' ? say(lang, 'Answered with', '回答') : say(lang, 'Closest facts shown', '列出的最接近内容');
    statements.push({ text: `${shown}: ${e.answerItemIds.map((id) => `\`${id}\``).join(', ')}` });
  }
  if (e.answerText) statements.push({ text: `${say(lang, 'First answer', '第一条回答')}: ${escapeMarkdown(truncate(e.answerText, ANSWER_CHARS))}` });
  const meta = [discordTime(e.createdAt), e.language === 'zh' ? say(lang, 'Chinese', '中文') : say(lang, 'English', '英文'), `👍 ${e.helpful}`, `👎 ${e.unhelpful}`];
  if (showWhere) meta.push(where(e, lang));
  statements.push({ text: meta.join(' · ') });
  return { heading: `#${e.id} · ${reason(e, lang)}`, statements };
}

const FILTER_LABEL: Record<AskLogFilter, { en: string; zh: string }> = {
  all: { en: 'refused, not sure or rated 👎', zh: '未回答、不确定或被点 👎' },
  'not-covered': { en: 'refused', zh: '未回答' },
  unsure: { en: '“not sure”', zh: '“不确定”' },
  unhelpful: { en: 'rated 👎', zh: '被点 👎' },
};

/**
 * `/ask-log`: recent questions worth an analyst's look, newest first. `everywhere` (the console) also
 * says where each was asked.
 */
export function askLogView(entries: AskLogEntry[], opts: { lang: Lang; filter: AskLogFilter; everywhere: boolean }): View {
  const { lang, filter } = opts;
  const kind = FILTER_LABEL[filter][lang];
  if (entries.length === 0) {
    return {
      lang,
      tone: 'info',
      title: say(lang, 'No questions logged yet', '暂无记录的提问'),
      headline: say(lang, `No /ask question has been ${kind} here so far.`, `目前还没有${kind}的 /ask 提问。`),
      blocks: [],
    };
  }
  return {
    lang,
    tone: 'info',
    title: say(lang, `/ask questions to look at (${entries.length})`, `值得关注的 /ask 提问（${entries.length}）`),
    headline: say(
      lang,
      `Newest first: questions ${kind}. Use them to extend the briefing or the evaluation set; \`npm run --silent cli -- ask-log --json\` exports them.`,
      `按时间倒序：${kind}的提问。可据此补充简报或评测集；\`npm run --silent cli -- ask-log --json\` 可导出。`,
    ),
    blocks: entries.map((e) => entryBlock(e, lang, opts.everywhere)),
  };
}
