import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingForAutocomplete, briefingOption, isPrivate, localize, pickBriefing, privateOption, resolveOrSuggest } from '../src/bot/command-helpers.ts';
import type { BotCommand } from '../src/bot/command.ts';
import type { Briefing, Lang } from '../src/briefing/schema.ts';
import { t } from '../src/i18n/catalogue.ts';
import { topicById, topicTitle } from '../src/query/common.ts';
import { compareView, planTopics, planView } from '../src/query/plan-view.ts';
import { completeName } from '../src/query/resolve.ts';

export const data = localize(new SlashCommandBuilder().setName('plan'), 'plan')
  .addStringOption((o) => localize(o.setName('view').setRequired(true).setAutocomplete(true), 'plan.view'))
  .addStringOption((o) => localize(o.setName('topic').setAutocomplete(true), 'plan.topic'))
  .addStringOption(briefingOption)
  .addBooleanOption(privateOption);

const COMPARE = { id: 'compare', names: ['compare', 'comparison', 'vs', 'both', 'all', '对比', '比较', '两份', '全部'] };

type Entry = { id: string; names: readonly string[]; title: string };

/** Built once per briefing and language (briefings never change once loaded), frozen so lookups can cache. */
function perBriefing(build: (b: Briefing, lang: Lang) => Entry[]) {
  const cache = new WeakMap<Briefing, Partial<Record<Lang, readonly Entry[]>>>();
  return (b: Briefing, lang: Lang): readonly Entry[] => {
    const byLang = cache.get(b) ?? {};
    cache.set(b, byLang);
    return (byLang[lang] ??= Object.freeze(build(b, lang)));
  };
}

const viewEntries = perBriefing((b, lang) => [
  ...b.plans.map((p) => ({ id: p.id, names: [p.id, p.name.en, p.name.zh, String(p.points), `${p.points}-point`, `${p.points}点`, ...p.aliases], title: p.name[lang] })),
  { ...COMPARE, title: t(lang).compareTitle },
]);

const topicEntries = perBriefing((b, lang) =>
  planTopics(b).map((id) => {
    const topic = topicById(b, id);
    return { id, names: [id, ...(topic ? [topic.title.en, topic.title.zh, ...topic.aliases] : [])], title: topicTitle(b, id, lang) };
  }),
);

export const execute: BotCommand['execute'] = (ctx, options) => {
  const b = pickBriefing(ctx, options);
  const views = viewEntries(b, ctx.lang);
  const view = resolveOrSuggest(views, options.getString('view') ?? '', 'plan-view', '/plan view:', (e) => e);

  let topic: string | undefined;
  const typedTopic = options.getString('topic');
  if (typedTopic) {
    topic = resolveOrSuggest(topicEntries(b, ctx.lang), typedTopic, 'plan-topic', '/plan topic:', (e) => e).id;
  }
  const plan = b.plans.find((p) => p.id === view.id);
  return { view: plan ? planView(b, plan, ctx.lang, topic) : compareView(b, ctx.lang, topic), ephemeral: isPrivate(options) };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
  if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
  const b = briefingForAutocomplete(ctx, options);
  const entries = focused.name === 'topic' ? topicEntries(b, ctx.lang) : viewEntries(b, ctx.lang);
  return completeName(entries, focused.value).map((e) => ({ name: e.title, value: e.id }));
};
