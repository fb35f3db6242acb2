import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingForAutocomplete, briefingOption, isPrivate, localize, pickBriefing, privateOption, resolveOrSuggest } from '../src/bot/command-helpers.ts';
import type { BotCommand } from '../src/bot/command.ts';
import { topicNames } from '../src/query/common.ts';
import { completeName } from '../src/query/resolve.ts';
import { topicView } from '../src/query/topic-view.ts';

export const data = localize(new SlashCommandBuilder().setName('brief'), { en: 'Summary of one topic or section of the briefing', zh: '查看简报中某个议题或章节的摘要' }, '简报')
  .addStringOption((o) => localize(o.setName('topic').setRequired(true).setAutocomplete(true), { en: 'A topic (territory, nuclear plant…) or section (risks, timeline…)', zh: '议题（领土、核电站……）或章节（风险、时间线……）' }, '议题'))
  .addStringOption(briefingOption)
  .addBooleanOption(privateOption);

export const execute: BotCommand['execute'] = (ctx, options) => {
  const picked = pickBriefing(ctx, options);
  if ('reply' in picked) return picked.reply;
  const b = picked.briefing;
  const found = resolveOrSuggest(ctx, topicNames(b), options.getString('topic') ?? '', { en: 'topic', zh: '议题' }, '/brief', (e) => ({ id: e.id, title: e.topic.title[ctx.lang] }));
  if ('reply' in found) return found.reply;
  return { view: topicView(b, found.value.topic, ctx.lang), ephemeral: isPrivate(options) };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
  if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
  const entries = topicNames(briefingForAutocomplete(ctx, options));
  return completeName(entries, focused.value).map((e) => ({ name: `${e.topic.title[ctx.lang]} (${e.id})`, value: e.id }));
};
