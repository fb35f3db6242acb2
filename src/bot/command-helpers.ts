import type { SlashCommandBooleanOption, SlashCommandStringOption } from '@discordjs/builders';
import type { Briefing } from '../briefing/schema.ts';
import { ExpectedFailure, failure, type LookupKind, type Offer } from '../errors/failure.ts';
import { formatDate } from '../i18n/catalogue.ts';
import { commandTexts, type CommandTextKey } from '../i18n/command-texts.ts';
import { completeName, resolveName, type Named } from '../query/resolve.ts';
import type { Choice, CommandContext, CommandOptions } from './command.ts';

type Describable = {
  setDescription(d: string): unknown;
  setDescriptionLocalizations(l: Record<string, string>): unknown;
  setNameLocalizations(l: Record<string, string>): unknown;
  name: string;
};

/** Sets a command's or option's description, and its name in other languages, from the command texts. */
export function localize<T extends Describable>(builder: T, key: CommandTextKey): T {
  const texts = commandTexts(key);
  builder.setDescription(texts.en.description);
  builder.setDescriptionLocalizations({ 'en-US': texts.en.description, 'zh-CN': texts.zh.description });
  if (texts.zh.name) builder.setNameLocalizations({ 'en-US': builder.name, 'zh-CN': texts.zh.name });
  return builder;
}

export const briefingOption = (o: SlashCommandStringOption) => localize(o.setName('briefing').setAutocomplete(true), 'option.briefing');

export const privateOption = (o: SlashCommandBooleanOption) => localize(o.setName('private'), 'option.private');

/** The briefing the user picked, or the newest one; an unknown id is an {@link ExpectedFailure}. */
export function pickBriefing(ctx: CommandContext, options: CommandOptions): Briefing {
  const typed = options.getString('briefing');
  const briefing = ctx.briefings.get(typed);
  if (briefing) return briefing;
  throw new ExpectedFailure(failure('unknown-briefing', { typed: typed ?? '', available: ctx.briefings.all.map((b) => b.id) }));
}

export function briefingChoices(ctx: CommandContext, typed: string): Choice[] {
  const entries = ctx.briefings.all.map((b) => ({ id: b.id, names: [b.id, ...Object.values(b.title)], b }));
  return completeName(entries, typed).map((e) => ({
    name: `${e.b.title[ctx.lang]} (${formatDate(e.b.eventDate, ctx.lang)})`,
    value: e.id,
  }));
}

/** The briefing the autocomplete is answering for: the one already typed in, else the newest. */
export function briefingForAutocomplete(ctx: CommandContext, options: CommandOptions): Briefing {
  return ctx.briefings.get(options.getString('briefing')) ?? ctx.briefings.default;
}

export function isPrivate(options: CommandOptions): boolean {
  return options.getBoolean('private') ?? false;
}

export type { Named };

/** Resolves what the user typed; otherwise fails with the closest suggestions (and the full list when none are close). */
export function resolveOrSuggest<E extends Named>(
  entries: readonly E[],
  typed: string,
  kind: LookupKind,
  command: string,
  link: (entry: E) => { id: string; title: string },
): E {
  const found = resolveName(entries, typed);
  if (found.ok) return found.value;
  const prefix = command.endsWith(':') ? command : `${command} `;
  const offer = (e: { id: string; title: string }): Offer => ({ command: `${prefix}${e.id}`, title: e.title });
  throw new ExpectedFailure(
    failure('not-found', { kind, typed, suggestions: found.suggestions.map(link).map(offer), all: entries.map(link).map(offer) }),
  );
}
