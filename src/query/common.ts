import { formatCitation } from '../briefing/items.ts';
import type { Briefing, Fact, Lang, Section, StickingPoint } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/ui.ts';
import type { Named } from './resolve.ts';
import type { Statement } from './view.ts';

export type Topic = (Section & { kind: 'section' }) | (StickingPoint & { kind: 'sticking-point' });

/** Lookups built once per briefing: briefings are immutable after loading, so views never rescan them. */
interface Index {
  topics: Topic[];
  topicById: Map<string, Topic>;
  actorById: Map<string, Briefing['actors'][number]>;
  topicNames: Array<Named & { topic: Topic }>;
  actorNames: Array<Named & { actor: Briefing['actors'][number] }>;
}

const indexes = new WeakMap<Briefing, Index>();

function indexOf(b: Briefing): Index {
  let index = indexes.get(b);
  if (!index) {
    const all: Topic[] = [
      ...b.stickingPoints.map((s) => ({ ...s, kind: 'sticking-point' as const })),
      ...b.sections.map((s) => ({ ...s, kind: 'section' as const })),
    ];
    index = {
      topics: all,
      topicById: new Map(all.map((t) => [t.id, t])),
      actorById: new Map(b.actors.map((a) => [a.id, a])),
      topicNames: all.map((topic) => ({ id: topic.id, names: [topic.id, topic.title.en, topic.title.zh, ...topic.aliases], topic })),
      actorNames: b.actors.map((actor) => ({ id: actor.id, names: [actor.id, actor.name.en, actor.name.zh, ...actor.aliases, ...actor.sourceSpellings], actor })),
    };
    indexes.set(b, index);
  }
  return index;
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

export function factStatement(b: Briefing, f: Pick<Fact, 'text' | 'nature' | 'by' | 'cite'>, lang: Lang): Statement {
  return { text: f.text[lang], nature: f.nature, speaker: actorName(b, f.by, lang), cite: formatCitation(f.cite) };
}

export function briefingFooter(b: Briefing, lang: Lang): string {
  const sep = lang === 'zh' ? ' · ' : ' · ';
  return `${b.title[lang]}${sep}${t('asOf', lang)} ${formatDate(b.asOf, lang)}${sep}${t('source', lang)}: ${formatDate(b.source.date, lang)}`;
}
