import { formatCitation } from '../briefing/items.ts';
import type { Briefing, Lang, Plan, Provision } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/catalogue.ts';
import { actorName, briefingFooter, factStatement, topicTitle, labelled } from './common.ts';
import { planTopicOrder, planTopicRank, provisionsByTopic } from './topic-index.ts';
import type { Statement, View, ViewBlock } from './view.ts';

/** Topics any plan has provisions under: `presentation.compareOrder` first, then in order of appearance (a fresh copy). */
export function planTopics(b: Briefing): string[] {
  return [...planTopicOrder(b)];
}

/**
 * The topics `plan` is shown under, in comparison order: with `topic`, that topic alone (every provision that
 * belongs to it); without, each provision once, under its own topic.
 */
function topicsOfPlan(b: Briefing, plan: Plan, topic: string | undefined): Array<{ id: string; provisions: readonly Provision[] }> {
  const byTopic = provisionsByTopic(b, plan);
  if (topic !== undefined) {
    const provisions = byTopic.get(topic) ?? [];
    return provisions.length > 0 ? [{ id: topic, provisions }] : [];
  }
  const ranked: Array<{ id: string; provisions: readonly Provision[]; rank: number }> = [];
  for (const [id, list] of byTopic) {
    const provisions = list.filter((v) => v.topic === id);
    if (provisions.length > 0) ranked.push({ id, provisions, rank: planTopicRank(b, id) ?? Infinity });
  }
  return ranked.sort((x, y) => x.rank - y.rank);
}

/** `/plan view:<plan>`: who drafted it, when, and its provisions by topic. */
export function planView(b: Briefing, plan: Plan, lang: Lang, topic?: string): View {
  const names = (ids: string[]) => ids.map((id) => actorName(b, id, lang)).join(', ');
  const about: Statement[] = [{ text: `${t(lang).draftedBy}: ${names(plan.draftedBy)}` }];
  if (plan.publishedBy)
    about.push({
      text: `${t(lang).publishedBy}: ${names([plan.publishedBy])}${plan.published ? ` (${formatDate(plan.published, lang)})` : ''}`,
    });
  if (plan.dateNote) about.push({ text: plan.dateNote[lang] });
  const blocks: ViewBlock[] = [{ heading: t(lang).origin, statements: about }];
  for (const { id, provisions } of topicsOfPlan(b, plan, topic)) {
    blocks.push({
      heading: topicTitle(b, id, lang),
      statements: provisions.map((v) => ({ text: v.text[lang], nature: 'claim', speaker: plan.name[lang], cite: formatCitation(v.cite) })),
    });
  }
  if (topic === undefined && plan.facts.length > 0) {
    blocks.push({ heading: t(lang).context, statements: plan.facts.map((f) => factStatement(b, f, lang)) });
  }
  return { lang, tone: 'info', title: plan.name[lang], headline: plan.summary[lang], blocks, footer: briefingFooter(b, lang) };
}

/** `/plan view:compare`: each plan's provisions side by side, topic by topic (every provision under each topic it belongs to). */
export function compareView(b: Briefing, lang: Lang, topic?: string): View {
  const ids = topic === undefined ? planTopicOrder(b) : planTopicRank(b, topic) !== undefined ? [topic] : [];
  const blocks: ViewBlock[] = ids.map((id) => ({
    heading: topicTitle(b, id, lang),
    statements: b.plans.map((plan) => {
      const provisions = provisionsByTopic(b, plan).get(id) ?? [];
      if (provisions.length === 0) return { text: labelled(plan.name[lang], t(lang).notInPlan) };
      return {
        text: labelled(plan.name[lang], provisions.map((v) => v.text[lang]).join(' ')),
        nature: 'claim' as const,
        cite: [...new Set(provisions.map((v) => formatCitation(v.cite)))].join(', '),
      };
    }),
  }));
  const title = b.plans.map((p) => p.name[lang]).join(t(lang).versus);
  return {
    lang,
    tone: 'info',
    title,
    headline: b.presentation.labels.compareHeadline?.[lang] ?? t(lang).compareHeadline,
    blocks,
    footer: briefingFooter(b, lang),
  };
}
