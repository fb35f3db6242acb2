import { formatCitation } from '../briefing/items.ts';
import { pictureFor, topicChartId } from '../charts/catalog.ts';
import type { Briefing, CollectionName, Lang } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/catalogue.ts';
import {
  actorName,
  briefingFooter,
  delegationLabel,
  factStatement,
  figureSpeaker,
  figureValue,
  risksByRank,
  timelineByDate,
  topicTitle,
  type Topic,
  labelled,
  strongNameWithRole,
} from './common.ts';
import { topicEntries } from './topic-index.ts';
import { trendText } from './trend.ts';
import type { Statement, View, ViewBlock } from './view.ts';

/**
 * `/brief <topic>`: headline, then everything that belongs to the topic (`topicEntries`): key points, each
 * party's position, plan provisions, figures, dated events, positive signals, related risks. A topic that is
 * the home of a collection (`presentation.homes`) lists that collection whole instead.
 */
export function topicView(b: Briefing, topic: Topic, lang: Lang): View {
  const entries = topicEntries(b, topic.id);
  const home = (name: CollectionName) => entries.homeOf.includes(name);
  const blocks: ViewBlock[] = [];
  const push = (heading: string, statements: Statement[]) => {
    if (statements.length > 0) blocks.push({ heading, statements });
  };
  push(
    t(lang).keyPoints,
    entries.facts.map(({ fact, plan }) => {
      const statement = factStatement(b, fact, lang);
      return plan ? { ...statement, text: labelled(plan.name[lang], fact.text[lang]) } : statement;
    }),
  );
  push(
    t(lang).positions,
    entries.positions.map(({ position: p }) => ({
      id: p.id,
      text: p.stance[lang],
      nature: p.nature,
      speaker: actorName(b, p.actor, lang),
      cite: formatCitation(p.cite),
    })),
  );
  push(
    t(lang).plansOnTopic,
    entries.provisions.map(({ plan, provision: v }) => ({
      id: v.id,
      text: v.text[lang],
      nature: 'claim' as const,
      speaker: plan.name[lang],
      cite: formatCitation(v.cite),
    })),
  );
  if (home('actors')) for (const block of actorDirectory(b, lang)) push(block.heading, block.statements);
  if (home('plans'))
    push(
      t(lang).provisions,
      b.plans.map((p) => ({
        id: `plan-${p.id}`,
        text: labelled(p.name[lang], p.summary[lang]),
        cite: formatCitation(p.provisions[0]!.cite),
      })),
    );
  // The risk list ends with every positive signal, so a topic that lists the risks shows no second signal list.
  if (home('risks')) for (const block of riskBlocks(b, lang)) push(block.heading, block.statements);
  else
    push(
      t(lang).positiveSignals,
      (home('positiveSignals') ? b.positiveSignals : entries.signals).map((f) => factStatement(b, f, lang)),
    );
  push(
    home('timeline') ? t(lang).events : t(lang).datedEvents,
    eventStatements(b, home('timeline') ? timelineByDate(b) : entries.events, lang),
  );
  push(
    t(lang).figures,
    entries.figures.map((f) => ({
      id: f.id,
      text: `${f.measures[lang]}: ${figureValue(f, lang)}`,
      nature: f.nature,
      speaker: figureSpeaker(b, f, lang),
      cite: formatCitation(f.cite),
    })),
  );
  if (!home('risks'))
    push(
      t(lang).relatedRisks,
      entries.risks.map((r) => ({ id: r.id, text: `${r.rank}. ${r.title[lang]}`, nature: r.nature, cite: formatCitation(r.cite) })),
    );
  return {
    lang,
    tone: 'info',
    title: topic.title[lang],
    // The analysts' trend sits beside the topic, under its headline.
    headline: topic.trend ? [topic.headline[lang], '\n', { strong: trendText(topic.trend, lang) }] : topic.headline[lang],
    blocks,
    related: topic.related.map((id) => ({ id, title: topicTitle(b, id, lang) })),
    footer: briefingFooter(b, lang),
    picture: pictureFor(b, topicChartId(topic.id), lang),
  };
}

function actorDirectory(b: Briefing, lang: Lang): ViewBlock[] {
  const groups = new Map<string, ViewBlock>();
  const delegation = delegationLabel(b, lang);
  for (const a of b.actors) {
    const heading =
      a.delegation !== undefined
        ? `${delegation}: ${actorName(b, a.delegation, lang)}`
        : a.kind === 'person'
          ? t(lang).otherPeople
          : t(lang).statesAndBodies;
    const group = groups.get(heading) ?? { heading, statements: [] };
    group.statements.push({ id: `actor-${a.id}`, text: strongNameWithRole(a, lang), cite: formatCitation(a.cite) });
    groups.set(heading, group);
  }
  return [...groups.values()];
}

/** Every risk by rank with its drivers and what to watch, then the positive signals. */
export function riskBlocks(b: Briefing, lang: Lang): ViewBlock[] {
  const ranked = risksByRank(b);
  return [
    ...ranked.map((r) => ({
      heading: `${r.rank}. ${r.title[lang]}`,
      statements: [
        ...r.drivers.map((d, i) => ({ ...(i === 0 ? { id: r.id } : {}), text: d[lang], nature: r.nature, cite: formatCitation(r.cite) })),
        ...r.watch.map((w) => ({ text: `${t(lang).watch}: ${w[lang]}` })),
      ],
    })),
    { heading: t(lang).positiveSignals, statements: b.positiveSignals.map((f) => factStatement(b, f, lang)) },
  ];
}

function eventStatements(b: Briefing, events: ReadonlyArray<Briefing['timeline'][number]>, lang: Lang): Statement[] {
  return events.map((e) => ({
    id: e.id,
    text: [{ strong: formatDate(e.date, lang) }, `${e.planned ? ` (${t(lang).planned})` : ''}: ${e.text[lang]}`],
    nature: e.nature,
    speaker: actorName(b, e.by, lang),
    cite: formatCitation(e.cite),
  }));
}

/** The whole timeline, oldest first. */
export function timelineBlock(b: Briefing, lang: Lang): ViewBlock {
  // Not "Timeline": the view around it is already titled so (/timeline, /brief timeline).
  return { heading: t(lang).events, statements: eventStatements(b, timelineByDate(b), lang) };
}
