import { formatCitation } from '../briefing/items.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/ui.ts';
import { actorName, briefingFooter, factStatement, figureValue, nameWithRole, risksByRank, timelineByDate, topicById, topicEntries, topicTitle, type Topic } from './common.ts';
import type { View, ViewBlock } from './view.ts';

/**
 * `/brief <topic>`: headline, key points, each party's position, plan provisions, figures.
 * Plans' provisions, figures and risks come from the per-briefing topic index (`topicEntries`).
 */
export function topicView(b: Briefing, topic: Topic, lang: Lang): View {
  const entries = topicEntries(b, topic.id);
  const blocks: ViewBlock[] = [];
  const push = (heading: string, statements: ViewBlock['statements']) => {
    if (statements.length > 0) blocks.push({ heading, statements });
  };
  push(t('keyPoints', lang), topic.facts.map((f) => factStatement(b, f, lang)));
  if (topic.kind === 'sticking-point') {
    push(
      t('positions', lang),
      topic.positions.map((p) => ({ text: p.stance[lang], nature: p.nature, speaker: actorName(b, p.actor, lang), cite: formatCitation(p.cite) })),
    );
  }
  push(
    t('plansOnTopic', lang),
    entries.provisions.map(({ plan, provision: v }) => ({ text: v.text[lang], nature: 'claim' as const, speaker: plan.name[lang], cite: formatCitation(v.cite) })),
  );
  for (const block of sectionBlocks(b, topic.id, lang)) push(block.heading, block.statements);
  push(
    t('figures', lang),
    entries.figures.map((f) => ({
      text: `${f.measures[lang]}: ${figureValue(f, lang)}`,
      nature: f.nature,
      speaker: actorName(b, f.by, lang),
      cite: formatCitation(f.cite),
    })),
  );
  push(
    t('relatedRisks', lang),
    topic.kind === 'sticking-point'
      ? entries.risks.map((r) => ({ text: `${r.rank}. ${r.title[lang]}`, nature: r.nature, cite: formatCitation(r.cite) }))
      : [],
  );
  return {
    lang,
    tone: 'info',
    title: topic.title[lang],
    headline: topic.headline[lang],
    blocks,
    related: topic.related.map((id) => ({ id, title: topicTitle(b, id, lang) })),
    footer: briefingFooter(b, lang),
  };
}

/** The list-like sections draw on the briefing's collections rather than their own facts. */
function sectionBlocks(b: Briefing, id: string, lang: Lang): ViewBlock[] {
  switch (id) {
    case 'actors':
      return actorDirectory(b, lang);
    case 'plans':
      return [{ heading: t('provisions', lang), statements: b.plans.map((p) => ({ text: `**${p.name[lang]}**: ${p.summary[lang]}`, cite: formatCitation(p.provisions[0]!.cite) })) }];
    case 'risks':
      return riskBlocks(b, lang);
    case 'timeline':
      return [timelineBlock(b, lang)];
    case 'outlook':
      return [{ heading: t('positiveSignals', lang), statements: b.positiveSignals.map((f) => factStatement(b, f, lang)) }];
    default:
      return [];
  }
}

function actorDirectory(b: Briefing, lang: Lang): ViewBlock[] {
  const groups = new Map<string, ViewBlock>();
  for (const a of b.actors) {
    const heading =
      a.delegation !== undefined
        ? `${t('delegation', lang)}: ${actorName(b, a.delegation, lang)}`
        : a.kind === 'person'
          ? (lang === 'zh' ? '其他人物' : 'Other people')
          : (lang === 'zh' ? '国家、集团与机构' : 'States, blocs and organisations');
    const group = groups.get(heading) ?? { heading, statements: [] };
    group.statements.push({ text: nameWithRole(a, lang, { bold: true }), cite: formatCitation(a.cite) });
    groups.set(heading, group);
  }
  return [...groups.values()];
}

export function riskBlocks(b: Briefing, lang: Lang): ViewBlock[] {
  const ranked = risksByRank(b);
  return [
    ...ranked.map((r) => ({
      heading: `${r.rank}. ${r.title[lang]}`,
      statements: [
        ...r.drivers.map((d) => ({ text: d[lang], nature: r.nature, cite: formatCitation(r.cite) })),
        ...r.watch.map((w) => ({ text: `${t('watch', lang)}: ${w[lang]}` })),
      ],
    })),
    { heading: t('positiveSignals', lang), statements: b.positiveSignals.map((f) => factStatement(b, f, lang)) },
  ];
}

export function timelineBlock(b: Briefing, lang: Lang): ViewBlock {
  const events = timelineByDate(b);
  // Not "Timeline": the view around it is already titled so (/timeline, /brief timeline).
  return {
    heading: t('events', lang),
    statements: events.map((e) => ({
      text: `**${formatDate(e.date, lang)}**${e.planned ? ` (${t('planned', lang)})` : ''}: ${e.text[lang]}`,
      nature: e.nature,
      speaker: actorName(b, e.by, lang),
      cite: formatCitation(e.cite),
    })),
  };
}

export function topicOrThrow(b: Briefing, id: string): Topic {
  const topic = topicById(b, id);
  if (!topic) throw new Error(`unknown topic ${id}`);
  return topic;
}
