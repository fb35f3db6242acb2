import { SlashCommandBuilder } from '@discordjs/builders';
import { briefingChoices, briefingForAutocomplete, briefingOption, isPrivate, localize, pickBriefing, privateOption, resolveOrSuggest } from '../src/bot/command-helpers.ts';
import type { BotCommand } from '../src/bot/command.ts';
import { perBriefing } from '../src/briefing/memo.ts';
import type { LocalizedText } from '../src/briefing/schema.ts';
import { topicById } from '../src/query/common.ts';
import { compareView, planTopics, planView } from '../src/query/plan-view.ts';
import { completeName, withNameKeys } from '../src/query/resolve.ts';

export const data = localize(new SlashCommandBuilder().setName('plan'), { en: 'A plan’s provisions, or the plans compared', zh: '查看方案条款或逐项对比各方案' }, '方案')
  .addStringOption((o) => localize(o.setName('view').setRequired(true).setAutocomplete(true), { en: 'A plan of the briefing, or "compare"', zh: '简报中的某个方案，或“对比”' }, '视图'))
  .addStringOption((o) => localize(o.setName('topic').setAutocomplete(true), { en: 'Only this topic', zh: '只看某个议题' }, '议题'))
  .addStringOption(briefingOption)
  .addBooleanOption(privateOption);

const COMPARE = { id: 'compare', names: ['compare', 'comparison', 'vs', 'both', 'all', '对比', '比较', '两份', '全部'] };

const viewEntries = perBriefing((b) => [
  ...b.plans.map((p) => withNameKeys({ id: p.id, names: [p.id, p.name.en, p.name.zh, String(p.points), `${p.points}-point`, `${p.points}点`, ...p.aliases], title: p.name })),
  withNameKeys({ ...COMPARE, title: { en: 'Compare the plans', zh: '对比各方案' } }),
]);

const topicEntries = perBriefing((b) =>
  planTopics(b).map((id) => {
    const topic = topicById(b, id);
    return withNameKeys({ id, names: [id, ...(topic ? [topic.title.en, topic.title.zh, ...topic.aliases] : [])], title: topic?.title ?? { en: id, zh: id } });
  }),
);

export const execute: BotCommand['execute'] = (ctx, options) => {
  const picked = pickBriefing(ctx, options);
  if ('reply' in picked) return picked.reply;
  const b = picked.briefing;
  const shown = (e: { id: string; title: LocalizedText }) => ({ id: e.id, title: e.title[ctx.lang] });
  const view = resolveOrSuggest(ctx, viewEntries(b), options.getString('view') ?? '', { en: 'plan view', zh: '方案视图' }, '/plan view:', shown);
  if ('reply' in view) return view.reply;

  let topic: string | undefined;
  const typedTopic = options.getString('topic');
  if (typedTopic) {
    const found = resolveOrSuggest(ctx, topicEntries(b), typedTopic, { en: 'plan topic', zh: '方案议题' }, '/plan topic:', shown);
    if ('reply' in found) return found.reply;
    topic = found.value.id;
  }
  const plan = b.plans.find((p) => p.id === view.value.id);
  return { view: plan ? planView(b, plan, ctx.lang, topic) : compareView(b, ctx.lang, topic), ephemeral: isPrivate(options) };
};

export const autocomplete: BotCommand['autocomplete'] = (ctx, focused, options) => {
  if (focused.name === 'briefing') return briefingChoices(ctx, focused.value);
  const b = briefingForAutocomplete(ctx, options);
  const entries = focused.name === 'topic' ? topicEntries(b) : viewEntries(b);
  return completeName(entries, focused.value).map((e) => ({ name: e.title[ctx.lang], value: e.id }));
};
