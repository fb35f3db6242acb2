import { briefingItems, type ItemKind } from '../briefing/items.ts';
import { perBriefing } from '../briefing/memo.ts';
import { compareDates } from '../briefing/partial-date.ts';
import type {
  Briefing,
  CollectionName,
  Fact,
  Figure,
  Plan,
  Position,
  Provision,
  Risk,
  StickingPoint,
  TimelineEvent,
} from '../briefing/schema.ts';

/**
 * Everything that belongs to one topic, by the membership of `briefingItems` (own topic, `alsoUnder`/`topics`
 * tags, collection homes). Facts and positions filed under the topic itself come before those tagged for it.
 */
export interface TopicEntries {
  /** With the plan a fact is about, for a plan's own facts (their text reads in that plan's context). */
  facts: ReadonlyArray<{ fact: Fact; plan?: Plan }>;
  positions: ReadonlyArray<{ stickingPoint: StickingPoint; position: Position }>;
  /** Plan by plan, in each plan's order. */
  provisions: ReadonlyArray<{ plan: Plan; provision: Provision }>;
  /** By rank. */
  risks: readonly Risk[];
  signals: readonly Fact[];
  /** Oldest first. */
  events: readonly TimelineEvent[];
  figures: readonly Figure[];
  /** The collections this topic lists whole (`presentation.homes`). */
  homeOf: readonly CollectionName[];
}

type Filling<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };

/** What an item stands for, for the views: the statement itself and where it sits. */
type Origin =
  | { kind: 'fact'; fact: Fact; plan?: Plan }
  | { kind: 'position'; stickingPoint: StickingPoint; position: Position }
  | { kind: 'provision'; plan: Plan; provision: Provision }
  | { kind: 'risk'; risk: Risk }
  | { kind: 'signal'; fact: Fact }
  | { kind: 'event'; event: TimelineEvent }
  | { kind: 'figure'; figure: Figure };

interface TopicIndex {
  byTopic: ReadonlyMap<string, TopicEntries>;
  /** Topics any plan has a provision under: `presentation.compareOrder` first, then in order of appearance. */
  planTopics: readonly string[];
  planTopicRank: ReadonlyMap<string, number>;
  /** Per plan: topic → the plan's provisions under it (membership, plan order). */
  provisionsByPlan: ReadonlyMap<Plan, ReadonlyMap<string, readonly Provision[]>>;
}

const EMPTY: TopicEntries = Object.freeze({
  facts: [],
  positions: [],
  provisions: [],
  risks: [],
  signals: [],
  events: [],
  figures: [],
  homeOf: [],
});

function origins(b: Briefing): Map<string, Origin> {
  const map = new Map<string, Origin>();
  const put = (kind: ItemKind, id: string, origin: Origin) => map.set(`${kind}:${id}`, origin);
  for (const t of [...b.sections, ...b.stickingPoints]) for (const fact of t.facts) put('fact', fact.id, { kind: 'fact', fact });
  for (const stickingPoint of b.stickingPoints)
    for (const position of stickingPoint.positions) put('position', position.id, { kind: 'position', stickingPoint, position });
  for (const plan of b.plans) {
    for (const fact of plan.facts) put('fact', fact.id, { kind: 'fact', fact, plan });
    for (const provision of plan.provisions) put('provision', provision.id, { kind: 'provision', plan, provision });
  }
  for (const risk of b.risks) put('risk', risk.id, { kind: 'risk', risk });
  for (const fact of b.positiveSignals) put('signal', fact.id, { kind: 'signal', fact });
  for (const event of b.timeline) put('event', event.id, { kind: 'event', event });
  for (const figure of b.figures) put('figure', figure.id, { kind: 'figure', figure });
  return map;
}

function build(b: Briefing): TopicIndex {
  const byTopic = new Map<string, Filling<TopicEntries>>();
  const entries = (id: string) => {
    let e = byTopic.get(id);
    if (!e)
      byTopic.set(id, (e = { facts: [], positions: [], provisions: [], risks: [], signals: [], events: [], figures: [], homeOf: [] }));
    return e;
  };
  /** Statement → the topic it is filed under: listed first there, after the topic's own in others. */
  const home = new Map<object, string>();
  const from = origins(b);
  for (const item of briefingItems(b)) {
    const origin = from.get(`${item.kind}:${item.id}`);
    if (!origin) continue; // actor profiles and plan summaries: their home lists the whole collection
    item.topics.forEach((topic, i) => {
      const e = entries(topic);
      switch (origin.kind) {
        case 'fact':
          e.facts.push(origin.plan ? { fact: origin.fact, plan: origin.plan } : { fact: origin.fact });
          if (i === 0) home.set(origin.fact, topic);
          break;
        case 'position':
          e.positions.push({ stickingPoint: origin.stickingPoint, position: origin.position });
          if (i === 0) home.set(origin.position, topic);
          break;
        case 'provision':
          e.provisions.push({ plan: origin.plan, provision: origin.provision });
          break;
        case 'risk':
          e.risks.push(origin.risk);
          break;
        case 'signal':
          e.signals.push(origin.fact);
          break;
        case 'event':
          e.events.push(origin.event);
          break;
        case 'figure':
          e.figures.push(origin.figure);
          break;
      }
    });
  }
  for (const [name, id] of Object.entries(b.presentation.homes)) if (id !== undefined) entries(id).homeOf.push(name as CollectionName);
  for (const [topic, e] of byTopic) {
    const ownFirst = (x: object, y: object) => Number(home.get(x) !== topic) - Number(home.get(y) !== topic);
    e.facts.sort((x, y) => ownFirst(x.fact, y.fact));
    e.positions.sort((x, y) => ownFirst(x.position, y.position));
    e.risks.sort((x, y) => x.rank - y.rank);
    e.events.sort((x, y) => compareDates(x.date, y.date));
  }

  const provisionsByPlan = new Map<Plan, Map<string, Provision[]>>();
  const used: string[] = [];
  for (const [id, e] of byTopic) {
    for (const { plan, provision } of e.provisions) {
      const byPlanTopic = provisionsByPlan.get(plan) ?? new Map<string, Provision[]>();
      provisionsByPlan.set(plan, byPlanTopic);
      byPlanTopic.set(id, [...(byPlanTopic.get(id) ?? []), provision]);
    }
  }
  for (const plan of b.plans) for (const v of plan.provisions) used.push(v.topic, ...v.alsoUnder);
  const inPlans = new Set(used);
  const declared = b.presentation.compareOrder.filter((id) => inPlans.has(id));
  const planTopics = [...new Set([...declared, ...used])];
  return { byTopic, planTopics, planTopicRank: new Map(planTopics.map((id, i) => [id, i])), provisionsByPlan };
}

const indexOf = perBriefing(build);

/** What belongs to this topic (see {@link TopicEntries}); shared, do not mutate. */
export function topicEntries(b: Briefing, topicId: string): TopicEntries {
  return indexOf(b).byTopic.get(topicId) ?? EMPTY;
}

/** Topics any plan has provisions under, in comparison order (shared: do not mutate). */
export function planTopicOrder(b: Briefing): readonly string[] {
  return indexOf(b).planTopics;
}

/** Where a topic comes in `planTopicOrder`, or undefined when no plan has a provision under it. */
export function planTopicRank(b: Briefing, topicId: string): number | undefined {
  return indexOf(b).planTopicRank.get(topicId);
}

/** A plan's provisions under each topic they belong to (a provision tagged for two topics is under both). */
export function provisionsByTopic(b: Briefing, plan: Plan): ReadonlyMap<string, readonly Provision[]> {
  return indexOf(b).provisionsByPlan.get(plan) ?? new Map();
}
