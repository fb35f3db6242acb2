import type { Briefing, CollectionName } from './schema.ts';

type Add = (path: string, message: string) => void;

const COLLECTION_WORDS: Record<CollectionName, string> = {
  actors: 'actor',
  plans: 'plan',
  risks: 'risk',
  timeline: 'event',
  positiveSignals: 'positive signal',
  figures: 'figure',
};

/**
 * Checks the `presentation` block against the rest of the briefing: every id it names exists, each list names
 * a topic once, and every item can be found under some topic (its own, or its collection's home).
 */
export function presentationIssues(b: Briefing, add: Add): void {
  const p = b.presentation;
  const topicIds = new Set([...b.sections, ...b.stickingPoints].map((t) => t.id));
  const topic = (path: string, id: string) => {
    if (!topicIds.has(id)) add(path, `unknown topic "${id}"`);
  };

  for (const [name, id] of Object.entries(p.homes) as Array<[CollectionName, string | undefined]>) {
    if (id !== undefined) topic(`presentation.homes.${name}`, id);
  }
  const homeless = (name: CollectionName, count: number) => {
    if (count > 0 && p.homes[name] === undefined) {
      add(`presentation.homes.${name}`, `the briefing has ${count} ${COLLECTION_WORDS[name]}(s) but names no topic that lists them`);
    }
  };
  homeless('actors', b.actors.length);
  homeless('plans', b.plans.length);
  homeless('positiveSignals', b.positiveSignals.length);
  const untagged = (name: 'risks' | 'timeline' | 'figures', list: ReadonlyArray<{ topics: string[] }>) => {
    if (p.homes[name] !== undefined) return;
    list.forEach((item, i) => {
      if (item.topics.length === 0)
        add(
          `${name}[${i}].topics`,
          `name a topic, or set presentation.homes.${name} to the topic that lists every ${COLLECTION_WORDS[name]}`,
        );
    });
  };
  untagged('risks', b.risks);
  untagged('timeline', b.timeline);
  untagged('figures', b.figures);

  for (const list of ['topicOrder', 'compareOrder', 'digestRotation'] as const) {
    const seen = new Set<string>();
    p[list].forEach((id, i) => {
      const path = `presentation.${list}[${i}]`;
      if (seen.has(id)) add(path, `topic "${id}" is listed twice`);
      seen.add(id);
      topic(path, id);
    });
  }
  topic('presentation.examples.topic', p.examples.topic);
  if (!b.actors.some((a) => a.id === p.examples.actor)) add('presentation.examples.actor', `unknown actor "${p.examples.actor}"`);
}
