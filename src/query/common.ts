import { formatCitation } from '../briefing/items.ts';
import type { Briefing, Fact, Lang, Section, StickingPoint } from '../briefing/schema.ts';
import { formatDate, t } from '../i18n/ui.ts';
import type { Named } from './resolve.ts';
import type { Statement } from './view.ts';

export type Topic = (Section & { kind: 'section' }) | (StickingPoint & { kind: 'sticking-point' });

export function topics(b: Briefing): Topic[] {
  return [
    ...b.stickingPoints.map((s) => ({ ...s, kind: 'sticking-point' as const })),
    ...b.sections.map((s) => ({ ...s, kind: 'section' as const })),
  ];
}

export function topicById(b: Briefing, id: string): Topic | undefined {
  return topics(b).find((t) => t.id === id);
}

export function topicTitle(b: Briefing, id: string, lang: Lang): string {
  return topicById(b, id)?.title[lang] ?? id;
}

export function actorName(b: Briefing, id: string | undefined, lang: Lang): string | undefined {
  if (id === undefined) return undefined;
  return b.actors.find((a) => a.id === id)?.name[lang] ?? id;
}

export function topicNames(b: Briefing): Array<Named & { topic: Topic }> {
  return topics(b).map((topic) => ({ id: topic.id, names: [topic.id, topic.title.en, topic.title.zh, ...topic.aliases], topic }));
}

export function actorNames(b: Briefing) {
  return b.actors.map((actor) => ({
    id: actor.id,
    names: [actor.id, actor.name.en, actor.name.zh, ...actor.aliases, ...actor.sourceSpellings],
    actor,
  }));
}

export function factStatement(b: Briefing, f: Pick<Fact, 'text' | 'nature' | 'by' | 'cite'>, lang: Lang): Statement {
  return { text: f.text[lang], nature: f.nature, speaker: actorName(b, f.by, lang), cite: formatCitation(f.cite) };
}

export function briefingFooter(b: Briefing, lang: Lang): string {
  const sep = lang === 'zh' ? ' · ' : ' · ';
  return `${b.title[lang]}${sep}${t('asOf', lang)} ${formatDate(b.asOf, lang)}${sep}${t('source', lang)}: ${formatDate(b.source.date, lang)}`;
}
