/**
 * `/ask`: answers a free-text question with the briefing items that answer it, or says the
 * briefing does not cover it. Pure and synchronous; no network, no model.
 *
 * Ranking is MiniSearch's (BM25 over analysed terms, with per-term fuzzy/prefix control).
 * Whether the best item really answers the question is judged separately by coverage: the
 * IDF-weighted share of the question's informative units (words, numbers, names/concepts,
 * Chinese word groups) that the item contains. Raw BM25 scores do not separate in-scope from
 * out-of-scope questions; coverage does.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { briefingItems, formatCitation, type BriefingItem, type ItemKind } from '../briefing/items.ts';
import type { Actor, Briefing, Lang, Nature } from '../briefing/schema.ts';
import { Analyzer, latinSignalWords, matchForm, type AliasEntry, type Unit } from './analyze.ts';
import { DEMONYMS, KIND_WORDS, SYNONYMS } from './lexicon.ts';
import { countHan } from './normalize.ts';

export interface QaAnswer {
  itemId: string;
  text: string;
  topic: string;
  topicTitle: string;
  /** formatCitation(cite), e.g. "§III(2)". */
  citation: string;
  nature: Nature;
  /** Actor display name in the answer language. */
  by?: string;
  score: number;
}

export type QaStatus = 'answered' | 'unsure' | 'not-covered';

export interface QaResult {
  question: string;
  lang: Lang;
  status: QaStatus;
  /** true only for 'answered'. */
  answered: boolean;
  /** Up to 3, best first, when answered; the closest facts when 'unsure'; [] when not-covered. */
  answers: QaAnswer[];
  /** Closest topics, for unsure/not-covered. */
  suggestions: Array<{ id: string; title: string }>;
}

export interface QaAskOptions {
  /** Discord locale such as 'zh-CN', 'en-US'; decides the language when the question does not. */
  locale?: string;
}

export interface QaEngine {
  ask(question: string, opts?: QaAskOptions): QaResult;
}

/** Diagnostics for calibration and tests; not part of the command-facing API. */
export interface QaDebug {
  units: Array<{ kind: Unit['kind']; surface: string; terms: string[]; weight: number; found: number }>;
  coverage: number[];
  hits: Array<{ itemId: string; score: number; queryTerms: string[] }>;
}

export interface QaThresholds {
  /** Coverage of the best item at or above which the question counts as answered. */
  answer: number;
  /** Coverage below which the question is not covered (between the two: unsure). */
  unsure: number;
  /** Coverage a 2nd/3rd item needs to be listed with an answer. */
  secondary: number;
}

export const DEFAULT_THRESHOLDS: QaThresholds = { answer: 0.46, unsure: 0.42, secondary: 0.3 };

/** Index settings (exposed for calibration). */
export interface QaTuning {
  bm25: { k: number; b: number; d: number };
  boost: { en: number; zh: number; kw: number; ctx: number };
}

export const DEFAULT_TUNING: QaTuning = { bm25: { k: 1.2, b: 0.7, d: 0.5 }, boost: { en: 1, zh: 1, kw: 1.2, ctx: 0.6 } };

export const MAX_ANSWER_CHARS = 400;

/* ------------------------------------------------------------------ text helpers */

/** Cuts text to at most `max` characters (code points), at a word boundary for Latin text, with "…". */
export function truncate(text: string, max = MAX_ANSWER_CHARS): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max - 1);
  const last = cut[cut.length - 1] ?? '';
  const next = chars[max - 1] ?? '';
  // mid-word in Latin script: back off to the last space (if it is not too far back)
  if (/[\p{L}\p{N}]/u.test(last) && /[\p{L}\p{N}]/u.test(next) && !/\p{Script=Han}/u.test(last)) {
    const space = cut.lastIndexOf(' ');
    if (space > max * 0.6) cut = cut.slice(0, space);
  }
  return `${cut.join('').replace(/[\s,;:，；：、]+$/u, '')}…`;
}

/** 'zh' or 'en' from the question's own script; undefined when it carries no signal. */
export function detectLang(question: string, analyzer?: Analyzer): Lang | undefined {
  const han = countHan(question);
  const latin = analyzer ? latinSignalWords(question, analyzer) : (question.match(/[A-Za-z]{2,}/g) ?? []).length;
  if (han === 0 && latin === 0) return undefined;
  return han >= latin * 2 ? 'zh' : 'en';
}

export function localeLang(locale: string | undefined): Lang {
  return locale !== undefined && /^zh\b/i.test(locale) ? 'zh' : 'en';
}

/* ------------------------------------------------------------------ engine */

const KIND_CONCEPT: Partial<Record<ItemKind, string>> = {
  position: 'position',
  provision: 'provision',
  risk: 'risk',
  event: 'event',
  figure: 'figure',
  actor: 'actor',
};

const SECTION_OF_KIND: Partial<Record<ItemKind, string>> = {
  event: 'timeline',
  provision: 'plans',
  plan: 'plans',
  risk: 'risks',
  signal: 'outlook',
  actor: 'actors',
};

/** Concepts naming a whole section ("plans", "when" → timeline) are coarse: they count for less. */
const SECTION_CONCEPT_WEIGHT = 0.35;
const SINGLE_HAN_WEIGHT = 0.35;

interface Doc {
  id: number;
  en: string;
  zh: string;
  kw: string;
  ctx: string;
}

/** Alias entries of a briefing: actors, topics, plans, plus the generic synonym lexicon. */
export function briefingAliases(b: Briefing): AliasEntry[] {
  const entries: AliasEntry[] = [];
  for (const a of b.actors) {
    const phrases = [a.id.replace(/-/g, ' '), a.name.en, a.name.zh, ...a.aliases, ...a.sourceSpellings];
    if (a.kind === 'person') {
      const last = a.name.en.split(/\s+/).pop();
      if (last && last.length >= 4) phrases.push(last);
      const zhLast = a.name.zh.split(/[·・.]/).pop();
      if (zhLast && zhLast.length >= 2 && zhLast !== a.name.zh) phrases.push(zhLast);
    }
    for (const p of phrases) entries.push({ phrase: p, concepts: [`__a_${a.id}`], name: true });
  }
  for (const t of [...b.sections, ...b.stickingPoints]) {
    for (const p of [t.id.replace(/-/g, ' '), t.title.en, t.title.zh, ...t.aliases]) entries.push({ phrase: p, concepts: [`__t_${t.id}`] });
  }
  for (const p of b.plans) {
    for (const ph of [p.name.en, p.name.zh, ...p.aliases]) entries.push({ phrase: ph, concepts: [`__p_${p.id}`] });
  }
  for (const [id, forms] of Object.entries(DEMONYMS)) {
    if (b.actors.some((a) => a.id === id)) for (const f of forms) entries.push({ phrase: f, concepts: [`__a_${id}`] });
  }
  for (const [id, forms] of Object.entries(SYNONYMS)) for (const f of forms) entries.push({ phrase: f, concepts: [`__s_${id}`] });
  for (const [id, forms] of Object.entries(KIND_WORDS)) for (const f of forms) entries.push({ phrase: f, concepts: [`__k_${id}`], soft: true });
  return entries;
}

class Engine implements QaEngine {
  readonly analyzer: Analyzer;
  private readonly items: BriefingItem[];
  private readonly search: MiniSearch<Doc>;
  private readonly df = new Map<string, number>();
  private readonly actors = new Map<string, Actor>();
  private readonly topicTitles = new Map<string, { en: string; zh: string }>();
  private readonly speakerForms = new Map<string, { en: string[]; zh: string[] }>();
  private readonly planNames = new Map<string, { en: string; zh: string }>();
  private readonly sectionConcepts: Set<string>;

  constructor(
    private readonly briefing: Briefing,
    readonly thresholds: QaThresholds,
    tuning: QaTuning,
  ) {
    this.analyzer = new Analyzer(briefingAliases(briefing));
    this.items = briefingItems(briefing);
    for (const a of briefing.actors) {
      this.actors.set(a.id, a);
      const forms = [a.name.en, a.name.zh, ...a.aliases, ...a.sourceSpellings];
      const last = a.name.en.split(/\s+/).pop();
      if (a.kind === 'person' && last && last.length >= 4) forms.push(last);
      const zhLast = a.name.zh.split(/[·・.]/).pop();
      if (zhLast && zhLast.length >= 2) forms.push(zhLast);
      const f = forms.map(matchForm).filter((s) => s !== '');
      this.speakerForms.set(a.id, { en: f.filter((s) => !/\p{Script=Han}/u.test(s)), zh: f.filter((s) => /\p{Script=Han}/u.test(s)) });
    }
    for (const t of [...briefing.sections, ...briefing.stickingPoints]) this.topicTitles.set(t.id, t.title);
    this.sectionConcepts = new Set(briefing.sections.map((t) => `__t_${t.id}`));
    for (const p of briefing.plans) this.planNames.set(p.id, p.name);

    const extraTopics = new Map<string, string[]>();
    for (const r of briefing.risks) extraTopics.set(r.id, r.topics);
    for (const e of briefing.timeline) extraTopics.set(e.id, e.topics);
    for (const f of briefing.figures) extraTopics.set(f.id, f.topics);

    // keywords repeat across items (plan names on every provision): analyse each once
    const kwCache = new Map<string, string[]>();
    const keywordTerms = (k: string) => {
      let t = kwCache.get(k);
      if (!t) kwCache.set(k, (t = this.analyzer.analyze(k).indexTerms));
      return t;
    };
    const docs: Doc[] = this.items.map((item, id) => {
      const terms = (text: string) => this.analyzer.analyze(text).indexTerms;
      const ctx: string[] = [`__t_${item.topic}`, ...(extraTopics.get(item.id) ?? []).map((t) => `__t_${t}`)];
      const kind = KIND_CONCEPT[item.kind];
      if (kind) ctx.push(`__k_${kind}`);
      // items also appear under these sections of a briefing
      const section = SECTION_OF_KIND[item.kind];
      if (section && section !== item.topic) ctx.push(`__t_${section}`);
      if (item.plan) ctx.push(`__p_${item.plan}`);
      const speaker = item.kind === 'actor' ? item.id.replace(/^actor-/, '') : item.by;
      if (speaker) {
        ctx.push(`__a_${speaker}`);
        const a = this.actors.get(speaker);
        if (a?.affiliation) ctx.push(`__a_${a.affiliation}`);
        if (a?.delegation && a.delegation !== a.affiliation) ctx.push(`__a_${a.delegation}`);
      }
      const doc: Doc = {
        id,
        en: terms(item.text.en).join(' '),
        zh: terms(item.text.zh).join(' '),
        kw: item.keywords.flatMap(keywordTerms).join(' '),
        ctx: ctx.join(' '),
      };
      const seen = new Set(`${doc.en} ${doc.zh} ${doc.kw} ${doc.ctx}`.split(' ').filter(Boolean));
      for (const t of seen) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return doc;
    });

    this.search = new MiniSearch<Doc>({
      fields: ['en', 'zh', 'kw', 'ctx'],
      tokenize: (s) => s.split(' ').filter(Boolean),
      processTerm: (t) => t,
      searchOptions: { boost: { ...tuning.boost }, bm25: { ...tuning.bm25 } },
    });
    this.search.addAll(docs);
  }

  private idf(term: string): number {
    const n = this.items.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Weight of a unit: the rarity of its rarest term (unknown terms count as very rare). */
  private unitWeight(u: Unit): number {
    let w = 0;
    for (const t of u.terms) w = Math.max(w, this.idf(t));
    if (u.kind === 'concept' && u.terms.every((t) => this.sectionConcepts.has(t))) w *= SECTION_CONCEPT_WEIGHT;
    // a lone Chinese character ("离", "人") says little on its own
    if (u.kind === 'cjk' && [...u.surface].length === 1) w *= SINGLE_HAN_WEIGHT;
    return w;
  }

  /** How much of a unit an item contains, 0..1. */
  private static found(u: Unit, matched: ReadonlySet<string>): number {
    if (u.kind === 'cjk' && u.parts && u.parts.length > 1) {
      if (u.terms.some((t) => matched.has(t) && !u.parts!.includes(t))) return 1;
      return u.parts.filter((p) => matched.has(p)).length / u.parts.length;
    }
    return u.terms.some((t) => matched.has(t)) ? 1 : 0;
  }

  private coverage(units: Unit[], weights: number[], hit: SearchResult | undefined): number {
    if (!hit) return 0;
    const matched = new Set(hit.queryTerms);
    let total = 0;
    let got = 0;
    units.forEach((u, i) => {
      const w = weights[i]!;
      total += w;
      got += w * Engine.found(u, matched);
    });
    return total === 0 ? 0 : got / total;
  }

  private runQuery(question: string) {
    const { units } = this.analyzer.analyze(question);
    // a misspelt name the index does not know ("hegseht") becomes the name's concept
    for (const u of units) {
      if (u.kind !== 'word' || this.df.has(u.terms[0]!)) continue;
      const concepts = this.analyzer.fuzzyConcepts(u.terms[0]!);
      if (concepts) {
        u.kind = 'concept';
        u.terms = concepts;
      }
    }
    const informative = units.filter((u) => u.kind !== 'kind');
    const weights = informative.map((u) => this.unitWeight(u));
    const termInfo = new Map<string, { fuzzy: number | false; prefix: boolean; boost: number }>();
    for (const u of units) {
      for (const t of u.terms) {
        if (termInfo.has(t)) continue;
        if (u.kind === 'word' && !t.startsWith('__')) {
          termInfo.set(t, { fuzzy: t.length >= 9 ? 2 : t.length >= 5 ? 1 : false, prefix: t.length >= 4, boost: 1 });
        } else if (u.kind === 'cjk') {
          termInfo.set(t, { fuzzy: false, prefix: false, boost: u.parts && u.parts.length > 1 && u.parts.includes(t) ? 0.5 : 1 });
        } else if (u.kind === 'kind') {
          termInfo.set(t, { fuzzy: false, prefix: false, boost: 0.6 });
        } else {
          // concept and number tokens: exact only ("__n800" must never match "__n800000")
          termInfo.set(t, { fuzzy: false, prefix: false, boost: t.startsWith('__') ? 1.3 : 1 });
        }
      }
    }
    const terms = [...termInfo.keys()];
    const hits =
      terms.length === 0
        ? []
        : this.search.search(terms.join(' '), {
            tokenize: (s) => s.split(' '),
            processTerm: (t) => t,
            fuzzy: (t) => termInfo.get(t)?.fuzzy ?? false,
            prefix: (t) => termInfo.get(t)?.prefix ?? false,
            boostTerm: (t) => termInfo.get(t)?.boost ?? 1,
            weights: { fuzzy: 0.5, prefix: 0.4 },
          });
    return { units, informative, weights, hits };
  }

  ask(question: string, opts: QaAskOptions = {}): QaResult {
    return this.answer(question, opts).result;
  }

  /** The answer plus the numbers behind it. */
  answer(question: string, opts: QaAskOptions = {}): { result: QaResult; debug: QaDebug } {
    const lang = detectLang(question, this.analyzer) ?? localeLang(opts.locale);
    const { informative, weights, hits, units } = this.runQuery(question);
    // items that would read the same ("Part of the US delegation…" for four people) are shown once
    const top: SearchResult[] = [];
    const seenText = new Set<string>();
    for (const h of hits) {
      const text = this.items[h.id as number]!.text[lang];
      if (seenText.has(text)) continue;
      seenText.add(text);
      top.push(h);
      if (top.length === 3) break;
    }
    const coverage = top.map((h) => this.coverage(informative, weights, h));
    const best = coverage[0] ?? 0;
    const { answer, unsure, secondary } = this.thresholds;
    const status: QaStatus = informative.length === 0 || hits.length === 0 ? 'not-covered' : best >= answer ? 'answered' : best >= unsure ? 'unsure' : 'not-covered';

    let answers: QaAnswer[] = [];
    if (status !== 'not-covered') {
      answers = top
        .filter((_h, i) => i === 0 || coverage[i]! >= secondary)
        .map((h) => this.toAnswer(this.items[h.id as number]!, h.score, lang));
    }
    const suggestions = status === 'answered' ? [] : this.suggest(units, hits, lang);
    const matched0 = new Set(top[0]?.queryTerms ?? []);
    return {
      result: { question, lang, status, answered: status === 'answered', answers, suggestions },
      debug: {
        units: informative.map((u, i) => ({ kind: u.kind, surface: u.surface, terms: u.terms, weight: weights[i]!, found: Engine.found(u, matched0) })),
        coverage,
        hits: hits.slice(0, 5).map((h) => ({ itemId: this.items[h.id as number]!.id, score: h.score, queryTerms: h.queryTerms })),
      },
    };
  }

  private suggest(units: Unit[], hits: SearchResult[], lang: Lang): Array<{ id: string; title: string }> {
    const ids: string[] = [];
    const add = (id: string) => {
      if (this.topicTitles.has(id) && !ids.includes(id)) ids.push(id);
    };
    for (const u of units) for (const t of u.terms) if (t.startsWith('__t_')) add(t.slice(4));
    for (const h of hits.slice(0, 8)) add(this.items[h.id as number]!.topic);
    if (ids.length === 0) for (const s of this.briefing.stickingPoints) add(s.id);
    return ids.slice(0, 3).map((id) => ({ id, title: this.topicTitles.get(id)![lang] }));
  }

  private toAnswer(item: BriefingItem, score: number, lang: Lang): QaAnswer {
    let text = item.text[lang].trim();
    const sep = lang === 'zh' ? '：' : ': ';
    const form = matchForm(text);
    const mentions = (forms: string[]) => forms.some((f) => form.includes(f));
    if (item.kind === 'provision' && item.plan) {
      const plan = this.planNames.get(item.plan);
      if (plan && !form.includes(matchForm(plan[lang]))) text = `${plan[lang]}${sep}${text}`;
    } else if (item.kind === 'actor') {
      // A profile answer must say whom it is about: "Marco Rubio (US Secretary of State): …".
      const a = this.actors.get(item.id.replace(/^actor-/, ''));
      if (a) text = lang === 'zh' ? `${a.name.zh}（${a.role.zh}）：${text}` : `${a.name.en} (${a.role.en}): ${text}`;
    } else if ((item.kind === 'position' || item.nature === 'claim') && item.by) {
      const a = this.actors.get(item.by);
      const forms = this.speakerForms.get(item.by);
      if (a && forms && !mentions(forms[lang])) text = `${a.name[lang]}${sep}${text}`;
    }
    const by = item.by ? this.actors.get(item.by)?.name[lang] : undefined;
    return {
      itemId: item.id,
      text: truncate(text),
      topic: item.topic,
      topicTitle: this.topicTitles.get(item.topic)?.[lang] ?? item.topic,
      citation: formatCitation(item.cite),
      nature: item.nature,
      ...(by !== undefined ? { by } : {}),
      score: Math.round(score * 1000) / 1000,
    };
  }
}

export type DebuggableQaEngine = QaEngine & {
  answer(question: string, opts?: QaAskOptions): { result: QaResult; debug: QaDebug };
  readonly analyzer: Analyzer;
};

/** Builds the index once (a few milliseconds for one briefing); `ask` is then synchronous and fast. */
export function createQaEngine(briefing: Briefing, thresholds: QaThresholds = DEFAULT_THRESHOLDS, tuning: QaTuning = DEFAULT_TUNING): DebuggableQaEngine {
  return new Engine(briefing, thresholds, tuning);
}
