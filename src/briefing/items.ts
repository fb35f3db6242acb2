import { t } from '../i18n/catalogue.ts';
import type { Briefing, Lang, LocalizedText, Nature } from './schema.ts';

export type ItemKind = 'fact' | 'position' | 'provision' | 'risk' | 'signal' | 'event' | 'figure' | 'actor' | 'plan';

/** One citable statement of a briefing, flattened so search, Q&A and digests can treat them alike. */
export interface BriefingItem {
  id: string;
  kind: ItemKind;
  /** The topic (section or sticking point id) a reader should open for more. */
  topic: string;
  /** Every topic the item belongs to, the primary one first. */
  topics: string[];
  text: LocalizedText;
  nature: Nature;
  /** Actor id of whoever makes the claim (claims and positions). */
  by?: string;
  cite: string;
  keywords: string[];
  date?: string;
  plan?: string;
}

/** "§III(2)": how citations are shown everywhere; only the untitled opening has a name to translate. */
export function formatCitation(cite: string, lang: Lang = 'en'): string {
  return cite === 'intro' ? `§${t(lang).intro}` : `§${cite}`;
}

/** A citation string as views build it (English, possibly several joined) in the reader's language. */
export function localizeCitation(formatted: string, lang: Lang): string {
  return lang === 'en' ? formatted : formatted.replaceAll(formatCitation('intro'), formatCitation('intro', lang));
}

/** Sentences one after the other, each ending with its stop ("a. b.", never "a.; b."). */
function sentences(list: string[], separator: string, stop: string): string {
  return list
    .map((s) => s.trim())
    .map((s) => (/[.!?。！？”"]$/u.test(s) ? s : `${s}${stop}`))
    .join(separator);
}

/** Ids once each, in order of first appearance, without the absent ones. */
function distinct(ids: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/**
 * Every statement of a briefing as an item, with every topic it belongs to: its own topic and `alsoUnder`
 * tags (or `topics`), plus the topic that lists its whole collection (`presentation.homes`). Topic views,
 * plan comparisons, digests and Q&A all read membership from here. A validated briefing gives every item
 * at least one topic.
 */
export function briefingItems(b: Briefing): BriefingItem[] {
  const items: BriefingItem[] = [];
  const kw = (k: string[] | undefined) => k ?? [];
  const homes = b.presentation.homes;
  const push = (item: Omit<BriefingItem, 'topic'>) => items.push({ ...item, topic: item.topics[0]! });

  for (const t of [...b.sections, ...b.stickingPoints]) {
    for (const f of t.facts) {
      push({
        id: f.id,
        kind: 'fact',
        topics: distinct([t.id, ...f.alsoUnder]),
        text: f.text,
        nature: f.nature,
        by: f.by,
        cite: f.cite,
        keywords: kw(f.keywords),
      });
    }
  }
  for (const s of b.stickingPoints) {
    for (const p of s.positions) {
      push({
        id: p.id,
        kind: 'position',
        topics: distinct([s.id, ...p.alsoUnder]),
        text: p.stance,
        nature: p.nature,
        by: p.actor,
        cite: p.cite,
        keywords: kw(p.keywords),
      });
    }
  }
  for (const a of b.actors) {
    push({
      id: `actor-${a.id}`,
      kind: 'actor',
      topics: distinct([homes.actors]),
      text: a.profile,
      nature: 'reported',
      cite: a.cite,
      keywords: [a.name.en, a.name.zh, ...a.aliases, ...a.sourceSpellings, a.role.en, a.role.zh],
    });
  }
  for (const p of b.plans) {
    push({
      id: `plan-${p.id}`,
      kind: 'plan',
      topics: distinct([homes.plans]),
      text: p.summary,
      nature: 'reported',
      cite: p.provisions[0]!.cite,
      keywords: [p.name.en, p.name.zh, ...p.aliases],
      plan: p.id,
    });
    for (const f of p.facts) {
      push({
        id: f.id,
        kind: 'fact',
        topics: distinct([homes.plans, ...f.alsoUnder]),
        text: f.text,
        nature: f.nature,
        by: f.by,
        cite: f.cite,
        keywords: [...kw(f.keywords), p.name.en, p.name.zh],
        plan: p.id,
      });
    }
    for (const v of p.provisions) {
      push({
        id: v.id,
        kind: 'provision',
        topics: distinct([v.topic, ...v.alsoUnder]),
        text: v.text,
        nature: 'claim',
        by: p.publishedBy ?? p.draftedBy[0],
        cite: v.cite,
        keywords: [...kw(v.keywords), p.name.en, p.name.zh, ...p.aliases],
        plan: p.id,
      });
    }
  }
  for (const r of b.risks) {
    push({
      id: r.id,
      kind: 'risk',
      topics: distinct([...r.topics, homes.risks]),
      text: {
        en: `${r.title.en}: ${sentences(
          r.drivers.map((d) => d.en),
          ' ',
          '.',
        )}`,
        zh: `${r.title.zh}：${sentences(
          r.drivers.map((d) => d.zh),
          '',
          '。',
        )}`,
      },
      nature: r.nature,
      cite: r.cite,
      keywords: kw(r.keywords),
    });
  }
  for (const s of b.positiveSignals) {
    push({
      id: s.id,
      kind: 'signal',
      topics: distinct([homes.positiveSignals, ...s.alsoUnder]),
      text: s.text,
      nature: s.nature,
      by: s.by,
      cite: s.cite,
      keywords: kw(s.keywords),
    });
  }
  for (const e of b.timeline) {
    push({
      id: e.id,
      kind: 'event',
      topics: distinct([...e.topics, homes.timeline]),
      text: e.text,
      nature: e.nature,
      by: e.by,
      cite: e.cite,
      keywords: [...kw(e.keywords), e.date],
      date: e.date,
    });
  }
  for (const f of b.figures) {
    push({
      id: f.id,
      kind: 'figure',
      topics: distinct([...f.topics, homes.figures]),
      text: { en: `${f.measures.en}: ${f.display.en}`, zh: `${f.measures.zh}：${f.display.zh}` },
      nature: f.nature,
      by: f.by,
      cite: f.cite,
      keywords: [...kw(f.keywords), ...(f.evidence ? [f.evidence] : [])],
      ...(f.plan ? { plan: f.plan } : {}),
    });
  }
  return items;
}
