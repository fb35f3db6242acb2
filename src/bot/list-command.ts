import { SlashCommandBuilder } from '@discordjs/builders';
import type { Briefing, Lang } from '../briefing/schema.ts';
import type { View } from '../query/view.ts';
import type { CommandTextKey } from '../i18n/command-texts.ts';
import { briefingChoices, briefingOption, isPrivate, localize, pickBriefing, privateOption } from './command-helpers.ts';
import type { BotCommand } from './command.ts';

/** A command that shows one whole list of the briefing (risks, timeline): options are only briefing and private. */
export function listCommand(spec: { name: CommandTextKey; view: (b: Briefing, lang: Lang) => View }) {
  const data = localize(new SlashCommandBuilder().setName(spec.name), spec.name)
    .addStringOption(briefingOption)
    .addBooleanOption(privateOption);
  const execute: BotCommand['execute'] = (ctx, options) => {
    return { view: spec.view(pickBriefing(ctx, options), ctx.lang), ephemeral: isPrivate(options) };
  };
  const autocomplete: BotCommand['autocomplete'] = (ctx, focused) => briefingChoices(ctx, focused.value);
  return { data, execute, autocomplete };
}
