import { markdown } from '../../src/render/rich-markdown.ts';
import { plainRuns } from '../../src/query/rich-text.ts';
import { describe, expect, it } from 'vitest';
import { scaleBriefing } from '../fixtures/scaled-briefing.ts';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import type { Briefing, Lang } from '../../src/briefing/schema.ts';
import { t } from '../../src/i18n/catalogue.ts';
import { actorView } from '../../src/query/actor-view.ts';
import { compareDates } from '../../src/briefing/partial-date.ts';
import { actorEntries, actorNames, topicById, topics } from '../../src/query/common.ts';
import { compareView, planTopics, planView } from '../../src/query/plan-view.ts';
import { topicEntries } from '../../src/query/topic-index.ts';
import { resolveName } from '../../src/query/resolve.ts';
import { riskBlocks, timelineBlock, topicView } from '../../src/query/topic-view.ts';
import type { View } from '../../src/query/view.ts';

/**
 * The views read per-briefing indexes (by actor id, by topic id, plan topic order) instead of scanning the
 * briefing. These tests pin what they show against plain scans of the briefing file, in the file's order.
 */
const b = BriefingRegistry.fromDir().default;
const big = scaleBriefing(b, 3);
const LANGS: Lang[] = ['en', 'zh'];

const actorById = (br: Briefing, id: string) => br.actors.find((a) => a.id === id)!;
const block = (view: View, heading: string) => view.blocks.find((x) => x.heading === heading);
const texts = (view: View, heading: string) => block(view, heading)?.statements.map((s) => markdown(s.text)) ?? [];

/** The plain scans the indexes replace, in the order the views list things. */
function scanActor(br: Briefing, id: string) {
  return {
    members: br.actors.filter((a) => a.affiliation === id || a.delegation === id),
    positions: br.stickingPoints.flatMap((s) =>
      s.positions.filter((p) => p.actor === id).map((position) => ({ stickingPoint: s, position })),
    ),
    stickingPoints: br.stickingPoints.filter((s) => s.positions.some((p) => p.actor === id)),
    topicFacts: [...br.stickingPoints, ...br.sections].flatMap((s) => s.facts.filter((f) => f.by === id)),
    planFacts: br.plans.flatMap((p) => p.facts.filter((f) => f.by === id)),
    plans: br.plans.filter((p) => p.draftedBy.includes(id) || p.publishedBy === id),
    timeline: br.timeline.filter((e) => e.by === id),
    figures: br.figures.filter(
      (f) => f.by === id || (f.plan !== undefined && br.plans.find((p) => p.id === f.plan)!.draftedBy.includes(id)),
    ),
  };
}

/** What belongs to a topic: filed under it, tagged for it (`alsoUnder`, `topics`), or in a collection it is the home of. */
function scanTopic(br: Briefing, id: string) {
  const homes = br.presentation.homes;
  const ownFirst = <T>(list: Array<{ item: T; own: boolean }>) =>
    [...list.filter((x) => x.own), ...list.filter((x) => !x.own)].map((x) => x.item);
  const facts = [
    ...[...br.sections, ...br.stickingPoints].flatMap((t) => t.facts.map((fact) => ({ item: { fact }, own: t.id === id }))),
    ...br.plans.flatMap((plan) => plan.facts.map((fact) => ({ item: { fact, plan }, own: homes.plans === id }))),
  ].filter(({ item, own }) => own || item.fact.alsoUnder.includes(id));
  const positions = br.stickingPoints
    .flatMap((s) => s.positions.map((position) => ({ item: { stickingPoint: s, position }, own: s.id === id })))
    .filter(({ item, own }) => own || item.position.alsoUnder.includes(id));
  return {
    facts: ownFirst(facts),
    positions: ownFirst(positions),
    provisions: br.plans.flatMap((plan) =>
      plan.provisions.filter((v) => v.topic === id || v.alsoUnder.includes(id)).map((provision) => ({ plan, provision })),
    ),
    risks: br.risks.filter((r) => r.topics.includes(id) || homes.risks === id).sort((x, y) => x.rank - y.rank),
    signals: br.positiveSignals.filter((f) => homes.positiveSignals === id || f.alsoUnder.includes(id)),
    events: br.timeline.filter((e) => e.topics.includes(id) || homes.timeline === id).sort((x, y) => compareDates(x.date, y.date)),
    figures: br.figures.filter((f) => f.topics.includes(id) || homes.figures === id),
    homeOf: Object.entries(homes)
      .filter(([, topic]) => topic === id)
      .map(([name]) => name),
  };
}

describe('GIVEN the actor view of Putin', () => {
  const putin = actorById(b, 'putin');

  it.each(LANGS)('THEN (%s) it lists his positions in the order of the briefing file, and the sticking points they are on', (lang) => {
    const view = actorView(b, putin, lang);
    const expected = b.stickingPoints.flatMap((s) =>
      s.positions.filter((p) => p.actor === 'putin').map((p) => `**${s.title[lang]}**: ${p.stance[lang]}`),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(texts(view, t(lang).positionsOnIssues)).toEqual(expected);
    expect(block(view, t(lang).positionsOnIssues)?.statements.every((s) => s.speaker === putin.name[lang])).toBe(true);
    expect(view.related?.map((r) => r.id)).toEqual(
      b.stickingPoints.filter((s) => s.positions.some((p) => p.actor === 'putin')).map((s) => s.id),
    );
    expect(view.blocks[0]?.statements[0]?.text).toBe(putin.profile[lang]);
  });

  it('THEN what he said or did is exactly what the briefing attributes to him (nothing, in this briefing)', () => {
    const said = scanActor(b, 'putin');
    const count = said.topicFacts.length + said.planFacts.length + said.plans.length + said.timeline.length + said.figures.length;
    expect(block(actorView(b, putin, 'en'), t('en').inTheSource) === undefined).toBe(count === 0);
  });
});

describe('GIVEN actors with several positions and statements', () => {
  it.each(['zelensky', 'russia', 'ukraine', 'analysts'])(
    'THEN the view of %s lists positions, statements and people in briefing order',
    (id) => {
      const actor = actorById(b, id);
      const scan = scanActor(b, id);
      for (const lang of LANGS) {
        const view = actorView(b, actor, lang);
        expect(texts(view, t(lang).positionsOnIssues)).toEqual(
          scan.positions.map(({ stickingPoint: s, position: p }) => `**${s.title[lang]}**: ${p.stance[lang]}`),
        );
        expect(texts(view, lang === 'zh' ? '相关人物' : 'People')).toEqual(
          scan.members.map((m) => (m.name[lang].includes(m.role[lang]) ? `**${m.name[lang]}**` : `**${m.name[lang]}**: ${m.role[lang]}`)),
        );
        // Facts first (topics, then plans), then plans drafted/published, timeline, figures; the facts keep their file order.
        const facts = [...scan.topicFacts, ...scan.planFacts, ...scan.timeline].map((f) => f.text[lang]);
        const said = texts(view, t(lang).inTheSource);
        expect(said.filter((text) => facts.includes(text))).toEqual([...new Set(facts)]);
      }
    },
  );

  it('THEN Zelensky has both positions and statements', () => {
    const view = actorView(b, actorById(b, 'zelensky'), 'en');
    expect(texts(view, t('en').positionsOnIssues).length).toBeGreaterThan(1);
    expect(texts(view, t('en').inTheSource).length).toBeGreaterThan(1);
  });
});

describe('GIVEN the per-briefing indexes', () => {
  it.each([
    ['the real briefing', b],
    ['a briefing 3× the size', big],
  ] as const)('THEN on %s every actor and topic index equals a plain scan of the briefing', (_label, br) => {
    for (const a of br.actors) expect(actorEntries(br, a.id), a.id).toEqual(scanActor(br, a.id));
    for (const topic of topics(br)) expect(topicEntries(br, topic.id), topic.id).toEqual(scanTopic(br, topic.id));
    const used = new Set(br.plans.flatMap((p) => p.provisions.flatMap((v) => [v.topic, ...v.alsoUnder])));
    const declared = br.presentation.compareOrder;
    expect(planTopics(br)).toEqual([...declared.filter((id) => used.has(id)), ...[...used].filter((id) => !declared.includes(id))]);
  });

  it('THEN an id nothing refers to has empty entries', () => {
    expect(actorEntries(b, 'nobody')).toEqual(scanActor(b, 'nobody'));
    expect(topicEntries(b, 'no-such-topic')).toEqual(scanTopic(b, 'no-such-topic'));
  });

  it('THEN changing a returned view or topic list does not change the next view', () => {
    const first = actorView(b, actorById(b, 'russia'), 'en');
    const copy = structuredClone(first);
    for (const x of first.blocks) x.statements.length = 0;
    expect(actorView(b, actorById(b, 'russia'), 'en')).toEqual(copy);
    const order = planTopics(b);
    order.reverse();
    expect(planTopics(b)).not.toEqual(order);
  });
});

describe('GIVEN topic and plan views', () => {
  it.each(LANGS)('THEN (%s) /brief territory lists the plans’ provisions plan by plan, then figures and risks on it', (lang) => {
    const view = topicView(b, topicById(b, 'territory')!, lang);
    const scan = scanTopic(b, 'territory');
    expect(scan.provisions.length).toBeGreaterThan(0);
    expect(block(view, t(lang).plansOnTopic)?.statements.map((s) => [s.speaker, s.text])).toEqual(
      scan.provisions.map(({ plan, provision }) => [plan.name[lang], provision.text[lang]]),
    );
    expect(texts(view, t(lang).relatedRisks)).toEqual(scan.risks.map((r) => `${r.rank}. ${r.title[lang]}`));
    expect(block(view, t(lang).figures)?.statements.length ?? 0).toBe(scan.figures.length);
  });

  it('THEN each plan view lists each provision once under its own topic, in comparison order; --topic shows all that belong to it', () => {
    for (const plan of b.plans) {
      const view = planView(b, plan, 'en');
      const own = new Set(plan.provisions.map((v) => v.topic));
      const headings = planTopics(b)
        .filter((id) => own.has(id))
        .map((id) => topicById(b, id)?.title.en ?? id);
      expect(view.blocks.slice(1, 1 + headings.length).map((x) => x.heading)).toEqual(headings);
      expect(view.blocks.slice(1, 1 + headings.length).flatMap((x) => x.statements)).toHaveLength(plan.provisions.length);
      for (const id of new Set(plan.provisions.flatMap((v) => [v.topic, ...v.alsoUnder]))) {
        const only = planView(b, plan, 'en', id);
        expect(only.blocks.map((x) => x.heading)).toEqual(['Origin', topicById(b, id)?.title.en ?? id]);
        expect(only.blocks[1]?.statements.map((s) => s.text)).toEqual(
          plan.provisions.filter((v) => v.topic === id || v.alsoUnder.includes(id)).map((v) => v.text.en),
        );
      }
      expect(planView(b, plan, 'en', 'no-such-topic').blocks.map((x) => x.heading)).toEqual(['Origin']);
    }
  });

  it('THEN compare lists every plan topic, every plan in each, and --topic narrows it to one', () => {
    const all = compareView(b, 'en');
    expect(all.blocks.map((x) => x.heading)).toEqual(planTopics(b).map((id) => topicById(b, id)?.title.en ?? id));
    for (const x of all.blocks) expect(x.statements).toHaveLength(b.plans.length);
    const one = compareView(b, 'zh', 'nuclear-plant');
    expect(one.blocks).toEqual([compareView(b, 'zh').blocks[planTopics(b).indexOf('nuclear-plant')]]);
    expect(compareView(b, 'en', 'background').blocks).toEqual([]);
  });
});

describe('GIVEN the risks and timeline lists', () => {
  it.each(LANGS)('THEN (%s) risks come by rank and timeline events chronologically, ties in file order', (lang) => {
    const byRank = [...big.risks].sort((x, y) => x.rank - y.rank);
    expect(
      riskBlocks(big, lang)
        .slice(0, -1)
        .map((x) => x.heading),
    ).toEqual(byRank.map((r) => `${r.rank}. ${r.title[lang]}`));
    const byDate = [...big.timeline].sort((x, y) => compareDates(x.date, y.date));
    const shown = timelineBlock(big, lang).statements;
    expect(shown).toHaveLength(byDate.length);
    shown.forEach((s, i) => expect(plainRuns(s.text).endsWith(`: ${byDate[i]?.text[lang]}`)).toBe(true));
    expect(big.timeline.map((e) => e.date)).not.toEqual(byDate.map((e) => e.date));
  });
});

describe('GIVEN name resolution on a large briefing', () => {
  it('THEN ids of every copy resolve exactly, and a typo still resolves', () => {
    for (const a of big.actors) {
      const r = resolveName(actorNames(big), a.id);
      expect(r.ok && r.value.id).toBe(a.id);
    }
    const typo = resolveName(actorNames(b), 'Zelenskyi');
    expect(typo.ok && typo.value.id).toBe('zelensky');
  });

  it('THEN a list that changed since it was first resolved against is re-read', () => {
    const entries = [{ id: 'a', names: ['alpha'] }];
    expect(resolveName(entries, 'beta').ok).toBe(false);
    entries.push({ id: 'b', names: ['beta'] });
    const r = resolveName(entries, 'beta');
    expect(r.ok && r.value.id).toBe('b');
  });
});
