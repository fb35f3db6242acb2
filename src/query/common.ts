import { formatCitation } from '../briefing/items.ts';
import { compareDates } from '../briefing/partial-date.ts';
import type { RichText } from './rich-text.ts';
import type {
  Actor,
  Briefing,
  Fact,
  Figure,
  Lang,
  Plan,
  Position,
  Risk,
  Section,
  StickingPoint,
  TimelineEvent,
} from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/catalogue.ts';
import { perBriefing } from '../briefing/memo.ts';
import { withNameKeys, type Named } from './resolve.ts';
import type { Statement } from './view.ts';

export type Topic = (Section & { kind: 'section' }) | (StickingPoint & { kind: 'sticking-point' });

/** Lookups built once per briefing (see perBriefing), so views never rescan it. */
interface Index {
  topics: Topic[];
  topicById: Map<string, Topic>;
  actorById: Map<string, Briefing['actors'][number]>;
  topicNames: ReadonlyArray<Named & { topic: Topic }>;
  actorNames: ReadonlyArray<Named & { actor: Briefing['actors'][number] }>;
}

const indexOf = perBriefing((b): Index => {
  const all = orderedTopics(b);
  return {
    topics: all,
    topicById: new Map(all.map((t) => [t.id, t])),
    actorById: new Map(b.actors.map((a) => [a.id, a])),
    topicNames: all.map((topic) =>
      withNameKeys({ id: topic.id, names: [topic.id, topic.title.en, topic.title.zh, ...topic.aliases], topic }),
    ),
    actorNames: b.actors.map((actor) =>
      withNameKeys({ id: actor.id, names: [actor.id, actor.name.en, actor.name.zh, ...actor.aliases, ...actor.sourceSpellings], actor }),
    ),
  };
});

/** Everything in a briefing that involves one actor, each list in the briefing file's order. */
export interface ActorEntries {
  /** Actors whose `affiliation` or `delegation` is this actor. */
  members: readonly Actor[];
  /** This actor's positions, sticking point by sticking point. */
  positions: ReadonlyArray<{ stickingPoint: StickingPoint; position: Position }>;
  /** Sticking points on which this actor has a position (each once). */
  stickingPoints: readonly StickingPoint[];
  /** Facts `by` this actor: every topic's (sticking points, then sections), then every plan's. */
  topicFacts: readonly Fact[];
  planFacts: readonly Fact[];
  /** Plans this actor drafted or published (each once). */
  plans: readonly Plan[];
  timeline: readonly TimelineEvent[];
  figures: readonly Figure[];
}

/** The same, with arrays to fill while the index is built. */
type Filling<T> = { [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };

/** Lookups for the per-actor and per-topic views, built on the first such view of a briefing. */
interface EntryIndex {
  byActor: ReadonlyMap<string, ActorEntries>;
  risksByRank: readonly Risk[];
  timelineByDate: readonly TimelineEvent[];
}

const EMPTY_ACTOR: ActorEntries = Object.freeze({
  members: [],
  positions: [],
  stickingPoints: [],
  topicFacts: [],
  planFacts: [],
  plans: [],
  timeline: [],
  figures: [],
});

const entryIndexOf = perBriefing(buildEntryIndex);

function buildEntryIndex(b: Briefing): EntryIndex {
  const byActor = new Map<string, Filling<ActorEntries>>();
  const actor = (id: string): Filling<ActorEntries> => {
    let entries = byActor.get(id);
    if (!entries) {
      entries = { members: [], positions: [], stickingPoints: [], topicFacts: [], planFacts: [], plans: [], timeline: [], figures: [] };
      byActor.set(id, entries);
    }
    return entries;
  };
  /** Calls `add` once per distinct id, in order of first appearance (a filter over the whole list yields each item once). */
  const eachOnce = (ids: Iterable<string | undefined>, add: (id: string) => void) => {
    for (const id of new Set(ids)) if (id !== undefined) add(id);
  };

  for (const a of b.actors) eachOnce([a.affiliation, a.delegation], (id) => actor(id).members.push(a));
  for (const s of b.stickingPoints) {
    for (const p of s.positions) actor(p.actor).positions.push({ stickingPoint: s, position: p });
    eachOnce(
      s.positions.map((p) => p.actor),
      (id) => actor(id).stickingPoints.push(s),
    );
  }
  for (const t of [...b.stickingPoints, ...b.sections]) for (const f of t.facts) if (f.by !== undefined) actor(f.by).topicFacts.push(f);
  for (const p of b.plans) for (const f of p.facts) if (f.by !== undefined) actor(f.by).planFacts.push(f);
  for (const p of b.plans) eachOnce([...p.draftedBy, p.publishedBy], (id) => actor(id).plans.push(p));
  for (const e of b.timeline) if (e.by !== undefined) actor(e.by).timeline.push(e);
  const plans = new Map(b.plans.map((p) => [p.id, p]));
  for (const f of b.figures) {
    // a plan's number belongs to everyone who drafted the plan
    const plan = f.plan !== undefined ? plans.get(f.plan) : undefined;
    eachOnce(plan ? plan.draftedBy : [f.by], (id) => actor(id).figures.push(f));
  }

  return {
    byActor,
    risksByRank: [...b.risks].sort((x, y) => x.rank - y.rank),
    timelineByDate: [...b.timeline].sort((x, y) => compareDates(x.date, y.date)),
  };
}

/** What involves this actor (by id), each list in briefing order. */
export function actorEntries(b: Briefing, actorId: string): ActorEntries {
  return entryIndexOf(b).byActor.get(actorId) ?? EMPTY_ACTOR;
}

/** Risks by rank (shared: do not mutate). */
export function risksByRank(b: Briefing): readonly Risk[] {
  return entryIndexOf(b).risksByRank;
}

/** Timeline events in chronological order, a month after the days in it (shared: do not mutate). */
export function timelineByDate(b: Briefing): readonly TimelineEvent[] {
  return entryIndexOf(b).timelineByDate;
}

/** Every topic: `presentation.topicOrder` first, then the other sticking points and sections in file order. */
function orderedTopics(b: Briefing): Topic[] {
  const all: Topic[] = [
    ...b.stickingPoints.map((s) => ({ ...s, kind: 'sticking-point' as const })),
    ...b.sections.map((s) => ({ ...s, kind: 'section' as const })),
  ];
  const rank = new Map(b.presentation.topicOrder.map((id, i) => [id, i]));
  const last = rank.size;
  return all
    .map((t, i) => ({ t, i }))
    .sort((x, y) => (rank.get(x.t.id) ?? last) - (rank.get(y.t.id) ?? last) || x.i - y.i)
    .map(({ t }) => t);
}

export function topics(b: Briefing): readonly Topic[] {
  return indexOf(b).topics;
}

export function topicById(b: Briefing, id: string): Topic | undefined {
  return indexOf(b).topicById.get(id);
}

export function topicTitle(b: Briefing, id: string, lang: Lang): string {
  return topicById(b, id)?.title[lang] ?? id;
}

export function actorName(b: Briefing, id: string | undefined, lang: Lang): string | undefined {
  if (id === undefined) return undefined;
  return indexOf(b).actorById.get(id)?.name[lang] ?? id;
}

export function topicNames(b: Briefing): ReadonlyArray<Named & { topic: Topic }> {
  return indexOf(b).topicNames;
}

export function actorNames(b: Briefing): ReadonlyArray<Named & { actor: Briefing['actors'][number] }> {
  return indexOf(b).actorNames;
}

/**
 * An actor's name with its role, the role left out when the name already glosses it
 * ("Verkhovna Rada (Ukraine's parliament)" is not followed by ": Ukraine's parliament" again).
 */
export function nameWithRole(a: Actor, lang: Lang, style: { separator?: string } = {}): string {
  return a.name[lang].includes(a.role[lang]) ? a.name[lang] : `${a.name[lang]}${style.separator ?? ': '}${a.role[lang]}`;
}

/** The same, the name in bold: how a list of people shows each one. */
export function strongNameWithRole(a: Actor, lang: Lang): RichText {
  return a.name[lang].includes(a.role[lang]) ? [{ strong: a.name[lang] }] : [{ strong: a.name[lang] }, `: ${a.role[lang]}`];
}

/** "**label**: text", the label in bold (a plan's name before what it says, a date before its event). */
export function labelled(label: string, text: string): RichText {
  return [{ strong: label }, `: ${text}`];
}

/** The role to show under an actor's name, unless the name already says it. */
export function roleBesideName(a: Actor, lang: Lang): string | undefined {
  return a.name[lang].includes(a.role[lang]) ? undefined : a.role[lang];
}

export function factStatement(b: Briefing, f: Pick<Fact, 'text' | 'nature' | 'by' | 'cite'> & { id?: string }, lang: Lang): Statement {
  return {
    text: f.text[lang],
    nature: f.nature,
    speaker: actorName(b, f.by, lang),
    cite: formatCitation(f.cite),
    ...(f.id !== undefined ? { id: f.id } : {}),
  };
}

/** Who a figure comes from, as shown beside it: its plan, or the party that gives it. */
export function figureSpeaker(b: Briefing, f: Figure, lang: Lang): string | undefined {
  if (f.plan !== undefined) return b.plans.find((p) => p.id === f.plan)?.name[lang];
  return actorName(b, f.by, lang);
}

/** The heading over a delegation's members: the briefing's own label, else a plain "Delegation". */
export function delegationLabel(b: Briefing, lang: Lang): string {
  return b.presentation.labels.delegation?.[lang] ?? t(lang).delegation;
}

export function briefingFooter(b: Briefing, lang: Lang): string {
  const sep = ' · ';
  return `${b.title[lang]}${sep}${t(lang).asOf} ${formatDate(b.asOf, lang)}${sep}${t(lang).source}: ${formatDate(b.source.date, lang)}`;
}

/** A figure's value as shown: its display form, or that the source gives no number (with the reason, unless `why: false`). */
export function figureValue(f: Figure, lang: Lang, opts: { why?: boolean } = {}): string {
  if (f.value !== null) return f.display[lang];
  return `${t(lang).noNumber}${opts.why !== false && f.missing ? ` (${f.missing[lang]})` : ''}`;
}
