import { formatCitation } from '../briefing/items.ts';
import type { Briefing, Lang, Plan } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/ui.ts';
import { actorName, briefingFooter, factStatement, topicTitle } from './common.ts';
import type { Statement, View, ViewBlock } from './view.ts';

/** Topics in the order a reader compares plans; topics a plan adds later are appended. */
export const COMPARE_ORDER = ['territory', 'ceasefire-line', 'army-size', 'nuclear-plant', 'nato', 'security-guarantees', 'reconstruction'];

export function planTopics(b: Briefing): string[] {
  const used = new Set(b.plans.flatMap((p) => p.provisions.map((v) => v.topic)));
  return [...COMPARE_ORDER.filter((id) => used.has(id)), ...[...used].filter((id) => !COMPARE_ORDER.includes(id))];
}

/** `/plan view:<plan>`: who drafted it, when, and its provisions by topic. */
export function planView(b: Briefing, plan: Plan, lang: Lang, topic?: string): View {
  const names = (ids: string[]) => ids.map((id) => actorName(b, id, lang)).join(', ');
  const about: Statement[] = [{ text: `${t('draftedBy', lang)}: ${names(plan.draftedBy)}` }];
  if (plan.publishedBy) about.push({ text: `${t('publishedBy', lang)}: ${names([plan.publishedBy])}${plan.published ? ` (${formatDate(plan.published, lang)})` : ''}` });
  if (plan.dateNote) about.push({ text: plan.dateNote[lang] });
  const blocks: ViewBlock[] = [{ heading: lang === 'zh' ? '来历' : 'Origin', statements: about }];
  for (const id of planTopics(b).filter((id) => topic === undefined || id === topic)) {
    const provisions = plan.provisions.filter((v) => v.topic === id);
    if (provisions.length === 0) continue;
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
  const blocks: ViewBlock[] = planTopics(b)
    .filter((id) => topic === undefined || id === topic)
    .map((id) => ({
      heading: topicTitle(b, id, lang),
      statements: b.plans.map((plan) => {
        const provisions = plan.provisions.filter((v) => v.topic === id);
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
