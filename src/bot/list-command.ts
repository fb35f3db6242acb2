import { SlashCommandBuilder } from '@discordjs/builders';
import type { Briefing, Lang } from '../briefing/schema.ts';
import type { View } from '../query/view.ts';
import { briefingChoices, briefingOption, isPrivate, localize, pickBriefing, privateOption, type Texts } from './command-helpers.ts';
import type { BotCommand } from './command.ts';

/** A command that shows one whole list of the briefing (risks, timeline): options are only briefing and private. */
export function listCommand(spec: { name: string; zhName: string; description: Texts; view: (b: Briefing, lang: Lang) => View }) {
  const data = localize(new SlashCommandBuilder().setName(spec.name), spec.description, spec.zhName)
    .addStringOption(briefingOption)
    .addBooleanOption(privateOption);
  const execute: BotCommand['execute'] = (ctx, options) => {
    const picked = pickBriefing(ctx, options);
    if ('reply' in picked) return picked.reply;
    return { view: spec.view(picked.briefing, ctx.lang), ephemeral: isPrivate(options) };
  };
  const autocomplete: BotCommand['autocomplete'] = (ctx, focused) => briefingChoices(ctx, focused.value);
  return { data, execute, autocomplete };
}
