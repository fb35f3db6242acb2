import { SlashCommandBuilder } from '@discordjs/builders';
import type { Briefing, Lang } from '../briefing/schema.ts';
import type { View } from '../query/view.ts';
import { completeName, type Named } from '../query/resolve.ts';
import { briefingChoices, briefingForAutocomplete, briefingOption, isPrivate, localize, pickBriefing, privateOption, resolveOrSuggest, type Texts } from './command-helpers.ts';
import type { BotCommand } from './command.ts';

/**
 * A command that looks one thing up by name (a topic, an actor): one required, autocompleted option,
 * typo-tolerant resolution with suggestions, then a view. Options: briefing and private.
 */
export function lookupCommand<E extends Named>(spec: {
  name: string;
  zhName: string;
  description: Texts;
  option: { name: string; zhName: string; description: Texts };
  /** What the user looks up, for "No topic matches …". */
  kind: Texts;
  entries: (b: Briefing) => readonly E[];
  /** How an entry is named in suggestions and autocomplete. */
  title: (entry: E, lang: Lang) => string;
  choiceName: (entry: E, lang: Lang) => string;
  view: (b: Briefing, entry: E, lang: Lang) => View;
}) {
  const data = localize(new SlashCommandBuilder().setName(spec.name), spec.description, spec.zhName)
    .addStringOption((o) => localize(o.setName(spec.option.name).setRequired(true).setAutocomplete(true), spec.option.description, spec.option.zhName))
    .addStringOption(briefingOption)
    .addBooleanOption(privateOption);

  const execute: BotCommand['execute'] = (ctx, options) => {
    const picked = pickBriefing(ctx, options);
    if ('reply' in picked) return picked.reply;
    const b = picked.briefing;
    const typed = options.getString(spec.option.name) ?? '';
    const found = resolveOrSuggest(ctx, spec.entries(b), typed, spec.kind, `/${spec.name}`, (e) => ({ id: e.id, title: spec.title(e, ctx.lang) }));
    if ('reply' in found) return found.reply;
    return { view: spec.view(b, found.value, ctx.lang), ephemeral: isPrivate(options) };
  };

  const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
    if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
    return completeName(spec.entries(briefingForAutocomplete(ctx, options)), focused.value).map((e) => ({ name: spec.choiceName(e, ctx.lang), value: e.id }));
  };
  return { data, execute, autocomplete };
}
