import { SlashCommandBuilder } from '@discordjs/builders';
import {
  briefingChoices,
  briefingForAutocomplete,
  briefingOption,
  isPrivate,
  localize,
  pickBriefing,
  privateOption,
  resolveOrSuggest,
} from '../src/bot/command-helpers.ts';
import type { BotCommand } from '../src/bot/command.ts';
import { compareWith, labelOf, parseSince } from '../src/editions/history.ts';
import { ExpectedFailure, failure } from '../src/errors/failure.ts';
import { formatDate, t } from '../src/i18n/catalogue.ts';
import { changesView } from '../src/query/changes-view.ts';
import { topicNames } from '../src/query/common.ts';
import { completeName } from '../src/query/resolve.ts';

export const data = localize(new SlashCommandBuilder().setName('changes'), 'changes')
  .addStringOption(briefingOption)
  .addStringOption((o) => localize(o.setName('since').setAutocomplete(true), 'changes.since'))
  .addStringOption((o) => localize(o.setName('topic').setAutocomplete(true), 'changes.topic'))
  .addBooleanOption(privateOption);

export const execute: BotCommand['execute'] = async (ctx, options) => {
  const b = pickBriefing(ctx, options);
  const lang = ctx.lang;
  const typedTopic = options.getString('topic');
  const topic =
    typedTopic !== null && typedTopic.trim() !== ''
      ? resolveOrSuggest(topicNames(b), typedTopic, 'topic', '/changes topic:', (e) => ({ id: e.id, title: e.topic.title[lang] })).id
      : undefined;
  if (!ctx.editions) throw new ExpectedFailure(failure('changes-need-store'));
  const tracker = await ctx.editions.open();
  const result = await compareWith(tracker, b, parseSince(options.getString('since')));
  if (!result.ok) {
    if (result.reason === 'only-one-edition')
      return {
        ephemeral: true,
        view: { lang, tone: 'info', title: t(lang).living.whatChanged, headline: t(lang).living.onlyOneEdition, blocks: [] },
      };
    throw new ExpectedFailure(
      failure('no-such-edition', {
        typed: result.typed,
        editions: result.editions.map((e) => ({ id: e.editionId, asOf: formatDate(e.asOf, lang) })),
      }),
    );
  }
  const note = result.beforeFirst ? t(lang).living.beforeFirstEdition(formatDate(result.beforeFirst, lang)) : undefined;
  const view = changesView(
    {
      before: result.before,
      after: result.after,
      diff: result.diff,
      from: labelOf(result.from),
      to: labelOf(result.to),
      ...(topic ? { topic } : {}),
      ...(note ? { note } : {}),
    },
    lang,
  );
  return { view, ephemeral: isPrivate(options) };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
  if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
  const b = briefingForAutocomplete(ctx, options);
  if (focused.name === 'topic')
    return completeName(topicNames(b), focused.value).map((e) => ({ name: `${e.topic.title[ctx.lang]} (${e.id})`, value: e.id }));
  // Newest first: the edition one usually wants to compare with is a recent one.
  const typed = focused.value.trim().toLowerCase();
  return [...(ctx.editions?.ready()?.knownEditions(b.id) ?? [])]
    .reverse()
    .filter((e) => typed === '' || e.editionId.startsWith(typed) || e.asOf.startsWith(typed))
    .slice(0, 25)
    .map((e) => ({ name: `${e.editionId} · ${formatDate(e.asOf, ctx.lang)}`, value: e.editionId }));
};
