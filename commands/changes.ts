import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingForAutocomplete, briefingOption, isPrivate, localize, pickBriefing, privateOption, resolveOrSuggest } from '../src/bot/command-helpers.ts';
import type { BotCommand, CommandContext, CommandReply } from '../src/bot/command.ts';
import { noticeView } from '../src/bot/errors.ts';
import { compareWith, labelOf, parseSince } from '../src/editions/history.ts';
import { formatDate, t, tf } from '../src/i18n/ui.ts';
import { changesView } from '../src/query/changes-view.ts';
import { topicNames } from '../src/query/common.ts';
import { completeName } from '../src/query/resolve.ts';
import { userText } from '../src/query/user-text.ts';

export const data = localize(new SlashCommandBuilder().setName('changes'), { en: 'What changed in the briefing since an earlier edition', zh: '查看简报自较早版本以来的变化' }, '更新')
  .addStringOption(briefingOption)
  .addStringOption((o) =>
    localize(o.setName('since').setAutocomplete(true), { en: 'An edition id or a date like 2031-03-10 (default: the previous edition)', zh: '版本编号或日期，如 2031-03-10（默认：上一版本）' }, '自'),
  )
  .addStringOption((o) => localize(o.setName('topic').setAutocomplete(true), { en: 'Only this topic (type to search)', zh: '只看某个议题（输入以搜索）' }, '议题'))
  .addBooleanOption(privateOption);

const notice = (ctx: CommandContext, title: string, text: string): CommandReply => ({ ephemeral: true, failed: true, view: noticeView(ctx.lang, title, text) });

export const execute: BotCommand['execute'] = async (ctx, options) => {
  const picked = pickBriefing(ctx, options);
  if ('reply' in picked) return picked.reply;
  const b = picked.briefing;
  const lang = ctx.lang;
  const typedTopic = options.getString('topic');
  let topic: string | undefined;
  if (typedTopic !== null && typedTopic.trim() !== '') {
    const found = resolveOrSuggest(ctx, topicNames(b), typedTopic, { en: 'topic', zh: '议题' }, '/changes topic:', (e) => ({ id: e.id, title: e.topic.title[lang] }));
    if ('reply' in found) return found.reply;
    topic = found.value.id;
  }
  if (!ctx.editions) return notice(ctx, t('whatChanged', lang), t('changesNeedStore', lang));
  const tracker = await ctx.editions.open();
  const result = await compareWith(tracker, b, parseSince(options.getString('since')));
  if (!result.ok) {
    if (result.reason === 'only-one-edition') return { ephemeral: true, view: noticeView(lang, t('whatChanged', lang), t('onlyOneEdition', lang), 'info') };
    const list = result.editions.map((e) => `\`${e.editionId}\` (${formatDate(e.asOf, lang)})`).join(', ');
    return notice(ctx, t('noSuchEdition', lang), tf('noSuchEditionText', lang, { typed: userText(result.typed), list }));
  }
  const note = result.beforeFirst ? tf('beforeFirstEdition', lang, { date: formatDate(result.beforeFirst, lang) }) : undefined;
  const view = changesView({ before: result.before, after: result.after, diff: result.diff, from: labelOf(result.from), to: labelOf(result.to), ...(topic ? { topic } : {}), ...(note ? { note } : {}) }, lang);
  return { view, ephemeral: isPrivate(options) };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
  if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
  const b = briefingForAutocomplete(ctx, options);
  if (focused.name === 'topic') return completeName(topicNames(b), focused.value).map((e) => ({ name: `${e.topic.title[ctx.lang]} (${e.id})`, value: e.id }));
  // Newest first: the edition one usually wants to compare with is a recent one.
  const typed = focused.value.trim().toLowerCase();
  return [...(ctx.editions?.ready()?.knownEditions(b.id) ?? [])]
    .reverse()
    .filter((e) => typed === '' || e.editionId.startsWith(typed) || e.asOf.startsWith(typed))
    .slice(0, 25)
    .map((e) => ({ name: `${e.editionId} · ${formatDate(e.asOf, ctx.lang)}`, value: e.editionId }));
};
