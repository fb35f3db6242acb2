import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingForAutocomplete, briefingOption, isPrivate, localize, pickBriefing, privateOption, resolveOrSuggest } from '../src/bot/command-helpers.ts';
import type { BotCommand } from '../src/bot/command.ts';
import { actorView } from '../src/query/actor-view.ts';
import { actorNames } from '../src/query/common.ts';
import { completeName } from '../src/query/resolve.ts';

export const data = localize(new SlashCommandBuilder().setName('actor'), { en: 'Who someone is and where they stand', zh: '查看人物或国家的身份与立场' }, '人物')
  .addStringOption((o) => localize(o.setName('name').setRequired(true).setAutocomplete(true), { en: 'A person, state or bloc (any spelling)', zh: '人物、国家或集团（任意拼写）' }, '名称'))
  .addStringOption(briefingOption)
  .addBooleanOption(privateOption);

export const execute: BotCommand['execute'] = (ctx, options) => {
  const picked = pickBriefing(ctx, options);
  if ('reply' in picked) return picked.reply;
  const b = picked.briefing;
  const found = resolveOrSuggest(ctx, actorNames(b), options.getString('name') ?? '', { en: 'actor', zh: '人物' }, '/actor', (e) => ({ id: e.id, title: e.actor.name[ctx.lang] }));
  if ('reply' in found) return found.reply;
  return { view: actorView(b, found.value.actor, ctx.lang), ephemeral: isPrivate(options) };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
  if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
  const entries = actorNames(briefingForAutocomplete(ctx, options));
  return completeName(entries, focused.value).map((e) => ({ name: `${e.actor.name[ctx.lang]}: ${e.actor.role[ctx.lang]}`, value: e.id }));
};
