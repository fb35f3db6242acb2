import { formatCitation } from '../briefing/items.ts';
import type { Briefing, Lang, Plan } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/ui.ts';
import { actorName, briefingFooter, factStatement, planTopicOrder, planTopicRank, provisionsByTopic, topicTitle } from './common.ts';
import type { Statement, View, ViewBlock } from './view.ts';

export { COMPARE_ORDER } from './common.ts';

/** Topics any plan has provisions on: COMPARE_ORDER first, then the others in order of appearance (a fresh copy). */
export function planTopics(b: Briefing): string[] {
  return [...planTopicOrder(b)];
}

/** The topics of `plan` that are among the briefing's plan topics (only `topic`, if given), in comparison order. */
function topicsOfPlan(b: Briefing, plan: Plan, topic: string | undefined): string[] {
  if (topic !== undefined) return planTopicRank(b, topic) !== undefined && provisionsByTopic(plan).has(topic) ? [topic] : [];
  const ranked: Array<[string, number]> = [];
  for (const id of provisionsByTopic(plan).keys()) {
    const rank = planTopicRank(b, id);
    if (rank !== undefined) ranked.push([id, rank]);
  }
  return ranked.sort((x, y) => x[1] - y[1]).map(([id]) => id);
}

/** `/plan view:<plan>`: who drafted it, when, and its provisions by topic. */
export function planView(b: Briefing, plan: Plan, lang: Lang, topic?: string): View {
  const names = (ids: string[]) => ids.map((id) => actorName(b, id, lang)).join(', ');
  const about: Statement[] = [{ text: `${t('draftedBy', lang)}: ${names(plan.draftedBy)}` }];
  if (plan.publishedBy) about.push({ text: `${t('publishedBy', lang)}: ${names([plan.publishedBy])}${plan.published ? ` (${formatDate(plan.published, lang)})` : ''}` });
  if (plan.dateNote) about.push({ text: plan.dateNote[lang] });
  const blocks: ViewBlock[] = [{ heading: lang === 'zh' ? '来历' : 'Origin', statements: about }];
  const byTopic = provisionsByTopic(plan);
  for (const id of topicsOfPlan(b, plan, topic)) {
    const provisions = byTopic.get(id) ?? [];
    blocks.push({
      heading: topicTitle(b, id, lang),
      statements: provisions.map((v) => ({ text: v.text[lang], nature: 'claim', speaker: plan.name[lang], cite: formatCitation(v.cite) })),
    });
  }
  if (topic === undefined && plan.facts.length > 0) {
    blocks.push({ heading: lang === 'zh' ? '背景与评价' : 'Context', statements: plan.facts.map((f) => factStatement(b, f, lang)) });
  }
  return { lang, tone: 'info', title: plan.name[lang], headline: plan.summary[lang], blocks, footer: briefingFooter(b, lang) };
}

/** `/plan view:compare`: each plan's provision side by side, topic by topic. */
export function compareView(b: Briefing, lang: Lang, topic?: string): View {
  const ids = topic === undefined ? planTopicOrder(b) : planTopicRank(b, topic) !== undefined ? [topic] : [];
  const blocks: ViewBlock[] = ids
    .map((id) => ({
      heading: topicTitle(b, id, lang),
      statements: b.plans.map((plan) => {
        const provisions = provisionsByTopic(plan).get(id) ?? [];
        if (provisions.length === 0) return { text: `**${plan.name[lang]}**: ${t('notInPlan', lang)}` };
        return {
          text: `**${plan.name[lang]}**: ${provisions.map((v) => v.text[lang]).join(' ')}`,
          nature: 'claim' as const,
          cite: [...new Set(provisions.map((v) => formatCitation(v.cite)))].join(', '),
        };
      }),
    }));
  const title = b.plans.map((p) => p.name[lang]).join(lang === 'zh' ? ' 与 ' : ' vs ');
  return {
    lang,
    tone: 'info',
    title,
    headline: lang === 'zh' ? '两份方案逐项对比。' : 'The two plans side by side, topic by topic.',
    blocks,
    footer: briefingFooter(b, lang),
  };
}
