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
import type { Lang } from '../src/briefing/schema.ts';
import { perBriefing } from '../src/briefing/memo.ts';
import { t } from '../src/i18n/catalogue.ts';
import { topicById, topicTitle } from '../src/query/common.ts';
import { compareView, planTopics, planView } from '../src/query/plan-view.ts';
import { completeName, withNameKeys } from '../src/query/resolve.ts';

export const data = localize(new SlashCommandBuilder().setName('plan'), 'plan')
  .addStringOption((o) => localize(o.setName('view').setRequired(true).setAutocomplete(true), 'plan.view'))
  .addStringOption((o) => localize(o.setName('topic').setAutocomplete(true), 'plan.topic'))
  .addStringOption(briefingOption)
  .addBooleanOption(privateOption);

const COMPARE = { id: 'compare', names: ['compare', 'comparison', 'vs', 'both', 'all', '对比', '比较', '两份', '全部'] };

/** A plan view or plan topic, its names normalised once per briefing; its title in the reader's language. */
const viewEntries = perBriefing((b) => [
  ...b.plans.map((p) =>
    withNameKeys({
      id: p.id,
      names: [p.id, p.name.en, p.name.zh, String(p.points), `${p.points}-point`, `${p.points}点`, ...p.aliases],
      title: (lang: Lang) => p.name[lang],
    }),
  ),
  withNameKeys({ ...COMPARE, title: (lang: Lang) => t(lang).compareTitle }),
]);

const topicEntries = perBriefing((b) =>
  planTopics(b).map((id) => {
    const topic = topicById(b, id);
    return withNameKeys({
      id,
      names: [id, ...(topic ? [topic.title.en, topic.title.zh, ...topic.aliases] : [])],
      title: (lang: Lang) => topicTitle(b, id, lang),
    });
  }),
);

export const execute: BotCommand['execute'] = (ctx, options) => {
  const b = pickBriefing(ctx, options);
  const shown = (e: { id: string; title: (lang: Lang) => string }) => ({ id: e.id, title: e.title(ctx.lang) });
  const view = resolveOrSuggest(viewEntries(b), options.getString('view') ?? '', 'plan-view', '/plan view:', shown);

  let topic: string | undefined;
  const typedTopic = options.getString('topic');
  if (typedTopic) {
    topic = resolveOrSuggest(topicEntries(b), typedTopic, 'plan-topic', '/plan topic:', shown).id;
  }
  const plan = b.plans.find((p) => p.id === view.id);
  return { view: plan ? planView(b, plan, ctx.lang, topic) : compareView(b, ctx.lang, topic), ephemeral: isPrivate(options) };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
  if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
  const b = briefingForAutocomplete(ctx, options);
  const entries = focused.name === 'topic' ? topicEntries(b) : viewEntries(b);
  return completeName(entries, focused.value).map((e) => ({ name: e.title(ctx.lang), value: e.id }));
};
