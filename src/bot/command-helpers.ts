import type { SlashCommandBooleanOption, SlashCommandStringOption } from '@discordjs/builders';
import type { Briefing, Lang } from '../briefing/schema.ts';
import { formatDate } from '../i18n/ui.ts';
import { completeName, resolveName, type Named } from '../query/resolve.ts';
import type { View } from '../query/view.ts';
import type { Choice, CommandContext, CommandOptions, CommandReply } from './command.ts';
import { noticeView } from './errors.ts';
import { userText } from '../query/user-text.ts';

export interface Texts {
  en: string;
  zh: string;
}

/** Sets an English description with en-US and zh-CN localizations (and a Chinese name when given). */
export function localize<T extends { setDescription(d: string): T; setDescriptionLocalizations(l: Record<string, string>): T; setNameLocalizations(l: Record<string, string>): T; name: string }>(
  builder: T,
  description: Texts,
  zhName?: string,
): T {
  builder.setDescription(description.en).setDescriptionLocalizations({ 'en-US': description.en, 'zh-CN': description.zh });
  if (zhName) builder.setNameLocalizations({ 'en-US': builder.name, 'zh-CN': zhName });
  return builder;
}

export const briefingOption = (o: SlashCommandStringOption) =>
  localize(o.setName('briefing').setAutocomplete(true), { en: 'Which briefing (default: the newest)', zh: '选择简报（默认最新一份）' }, '简报');

export const privateOption = (o: SlashCommandBooleanOption) =>
  localize(o.setName('private'), { en: 'Only you see the reply', zh: '仅自己可见' }, '仅自己可见');

/** The briefing the user picked, or the newest one; a friendly notice for an unknown id. */
export function pickBriefing(ctx: CommandContext, options: CommandOptions): { briefing: Briefing } | { reply: CommandReply } {
  const typed = options.getString('briefing');
  const briefing = ctx.briefings.get(typed);
  if (briefing) return { briefing };
  const id = userText(typed ?? '');
  const list = ctx.briefings.all.map((b) => `\`${b.id}\``).join(', ');
  return {
    reply: {
      ephemeral: true,
      failed: true,
      view: noticeView(
        ctx.lang,
        ctx.lang === 'zh' ? '找不到这份简报' : 'No such briefing',
        ctx.lang === 'zh' ? `没有编号为“${id}”的简报。现有简报：${list}` : `There is no briefing "${id}". Available: ${list}`,
      ),
    },
  };
}

export function briefingChoices(ctx: CommandContext, typed: string): Choice[] {
  const entries = ctx.briefings.all.map((b) => ({ id: b.id, names: [b.id, b.title.en, b.title.zh], b }));
  return completeName(entries, typed).map((e) => ({ name: `${e.b.title[ctx.lang]} (${formatDate(e.b.eventDate, ctx.lang)})`, value: e.id }));
}

/** The briefing the autocomplete is answering for: the one already typed in, else the newest. */
export function briefingForAutocomplete(ctx: CommandContext, options: CommandOptions): Briefing {
  return ctx.briefings.get(options.getString('briefing')) ?? ctx.briefings.default;
}

export function notFound(lang: Lang, kind: { en: string; zh: string }, typedText: string, suggestions: Array<{ id: string; title: string }>, command: string, all: Array<{ id: string; title: string }>): CommandReply {
  const prefix = command.endsWith(':') ? command : `${command} `;
  const list = (items: Array<{ id: string; title: string }>) => items.map((s) => ({ text: `\`${prefix}${s.id}\` ${s.title}` }));
  const typed = userText(typedText);
  const every = lang === 'zh' ? `可选的${kind.zh}如下：` : `Here are the ${kind.en}s this briefing covers:`;
  // Nothing typed (a bare `brief` in the console): the choices, as a menu rather than as a failed match.
  if (typed === '') {
    const view = noticeView(lang, lang === 'zh' ? `请选择${kind.zh}` : `Which ${kind.en}?`, every, 'info', [{ heading: lang === 'zh' ? '可选' : 'Choices', statements: list(all) }]);
    return { view, ephemeral: true, failed: true };
  }
  const view: View = noticeView(
    lang,
    lang === 'zh' ? `没有找到${kind.zh}“${typed}”` : `No ${kind.en} matches “${typed}”`,
    suggestions.length > 0 ? (lang === 'zh' ? '你是不是想找：' : 'Did you mean:') : every,
    'warning',
    suggestions.length > 0
      ? [{ heading: lang === 'zh' ? '建议' : 'Suggestions', statements: list(suggestions) }]
      : [{ heading: lang === 'zh' ? '全部' : `All ${kind.en}s`, statements: list(all) }],
  );
  return { view, ephemeral: true, failed: true };
}

export function isPrivate(options: CommandOptions): boolean {
  return options.getBoolean('private') ?? false;
}

export type { Named };

/** Resolves what the user typed, or answers with the closest suggestions (and the full list when none are close). */
export function resolveOrSuggest<E extends Named>(
  ctx: CommandContext,
  entries: readonly E[],
  typed: string,
  kind: { en: string; zh: string },
  command: string,
  link: (entry: E) => { id: string; title: string },
): { value: E } | { reply: CommandReply } {
  const found = resolveName(entries, typed);
  if (found.ok) return { value: found.value };
  return { reply: notFound(ctx.lang, kind, typed, found.suggestions.map(link), command, entries.map(link)) };
}
