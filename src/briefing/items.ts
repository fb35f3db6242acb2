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

/** "§III(2)": how citations are shown everywhere. */
export function formatCitation(cite: string): string {
  return cite === 'intro' ? '§Intro' : `§${cite}`;
}

export function localize(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/** Sentences one after the other, each ending with its stop ("a. b.", never "a.; b."). */
function sentences(list: string[], separator: string, stop: string): string {
  return list.map((s) => s.trim()).map((s) => (/[.!?。！？”"]$/u.test(s) ? s : `${s}${stop}`)).join(separator);
}

export function briefingItems(b: Briefing): BriefingItem[] {
  const items: BriefingItem[] = [];
  const kw = (k: string[] | undefined) => k ?? [];

  for (const t of [...b.sections, ...b.stickingPoints]) {
    for (const f of t.facts) {
      items.push({ id: f.id, kind: 'fact', topic: t.id, topics: [t.id, ...f.alsoUnder], text: f.text, nature: f.nature, by: f.by, cite: f.cite, keywords: kw(f.keywords) });
    }
  }
  for (const s of b.stickingPoints) {
    for (const p of s.positions) {
      items.push({ id: p.id, kind: 'position', topic: s.id, topics: [s.id, ...p.alsoUnder], text: p.stance, nature: p.nature, by: p.actor, cite: p.cite, keywords: kw(p.keywords) });
    }
  }
  for (const a of b.actors) {
    items.push({
      id: `actor-${a.id}`,
      kind: 'actor',
      topic: 'actors',
      topics: ['actors'],
      text: a.profile,
      nature: 'reported',
      cite: a.cite,
      keywords: [a.name.en, a.name.zh, ...a.aliases, ...a.sourceSpellings, a.role.en, a.role.zh],
    });
  }
  for (const p of b.plans) {
    items.push({ id: `plan-${p.id}`, kind: 'plan', topic: 'plans', topics: ['plans'], text: p.summary, nature: 'reported', cite: p.provisions[0]!.cite, keywords: [p.name.en, p.name.zh, ...p.aliases], plan: p.id });
    for (const f of p.facts) {
      items.push({ id: f.id, kind: 'fact', topic: 'plans', topics: ['plans', ...f.alsoUnder], text: f.text, nature: f.nature, by: f.by, cite: f.cite, keywords: [...kw(f.keywords), p.name.en, p.name.zh], plan: p.id });
    }
    for (const v of p.provisions) {
      items.push({ id: v.id, kind: 'provision', topic: v.topic, topics: [v.topic, ...v.alsoUnder], text: v.text, nature: 'claim', by: p.publishedBy ?? p.draftedBy[0], cite: v.cite, keywords: [...kw(v.keywords), p.name.en, p.name.zh, ...p.aliases], plan: p.id });
    }
  }
  for (const r of b.risks) {
    items.push({ id: r.id, kind: 'risk', topic: r.topics[0] ?? 'risks', topics: r.topics.length > 0 ? r.topics : ['risks'], text: { en: `${r.title.en}: ${sentences(r.drivers.map((d) => d.en), ' ', '.')}`, zh: `${r.title.zh}：${sentences(r.drivers.map((d) => d.zh), '', '。')}` }, nature: r.nature, cite: r.cite, keywords: kw(r.keywords) });
  }
  for (const s of b.positiveSignals) {
    items.push({ id: s.id, kind: 'signal', topic: 'outlook', topics: ['outlook', ...s.alsoUnder], text: s.text, nature: s.nature, by: s.by, cite: s.cite, keywords: kw(s.keywords) });
  }
  for (const e of b.timeline) {
    items.push({ id: e.id, kind: 'event', topic: e.topics[0] ?? 'timeline', topics: e.topics.length > 0 ? e.topics : ['timeline'], text: e.text, nature: e.nature, by: e.by, cite: e.cite, keywords: [...kw(e.keywords), e.date], date: e.date });
  }
  for (const f of b.figures) {
    items.push({ id: f.id, kind: 'figure', topic: f.topics[0] ?? 'background', topics: f.topics.length > 0 ? f.topics : ['background'], text: { en: `${f.measures.en}: ${f.display.en}`, zh: `${f.measures.zh}：${f.display.zh}` }, nature: f.nature, by: f.by, cite: f.cite, keywords: [...kw(f.keywords), ...(f.evidence ? [f.evidence] : [])] });
  }
  return items;
}
