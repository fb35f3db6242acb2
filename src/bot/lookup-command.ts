import { SlashCommandBuilder } from '@discordjs/builders';
import type { Briefing, Lang } from '../briefing/schema.ts';
import type { View } from '../query/view.ts';
import { completeName, type Named } from '../query/resolve.ts';
import type { LookupKind } from '../errors/failure.ts';
import type { CommandTextKey } from '../i18n/command-texts.ts';
import {
  briefingChoices,
  briefingForAutocomplete,
  briefingOption,
  isPrivate,
  localize,
  pickBriefing,
  privateOption,
  resolveOrSuggest,
} from './command-helpers.ts';
import type { BotCommand } from './command.ts';

/**
 * A command that looks one thing up by name (a topic, an actor): one required, autocompleted option,
 * typo-tolerant resolution with suggestions, then a view. Options: briefing and private.
 */
export function lookupCommand<E extends Named>(spec: {
  name: CommandTextKey;
  option: { name: string; texts: CommandTextKey };
  kind: LookupKind;
  entries: (b: Briefing) => readonly E[];
  /** How an entry is named in suggestions and autocomplete. */
  title: (entry: E, lang: Lang) => string;
  choiceName: (entry: E, lang: Lang) => string;
  view: (b: Briefing, entry: E, lang: Lang) => View;
}) {
  const data = localize(new SlashCommandBuilder().setName(spec.name), spec.name)
    .addStringOption((o) => localize(o.setName(spec.option.name).setRequired(true).setAutocomplete(true), spec.option.texts))
    .addStringOption(briefingOption)
    .addBooleanOption(privateOption);

  const execute: BotCommand['execute'] = (ctx, options) => {
    const b = pickBriefing(ctx, options);
    const typed = options.getString(spec.option.name) ?? '';
    const found = resolveOrSuggest(spec.entries(b), typed, spec.kind, `/${spec.name}`, (e) => ({
      id: e.id,
      title: spec.title(e, ctx.lang),
    }));
    return { view: spec.view(b, found, ctx.lang), ephemeral: isPrivate(options) };
  };

  const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
    if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
    return completeName(spec.entries(briefingForAutocomplete(ctx, options)), focused.value).map((e) => ({
      name: spec.choiceName(e, ctx.lang),
      value: e.id,
    }));
  };
  return { data, execute, autocomplete };
}
