/**
 * Turns text into search terms, identically for the index and for questions.
 *
 * - numbers/dates → one canonical token each (see normalize.ts);
 * - names and aliases (actors, topics, plans, generic synonyms) → a concept token (`__a_rubio`,
 *   `__t_nuclear-plant`, `__s_drone`…), added next to the words they were written with;
 * - Latin words → lower case, stop words dropped, light suffix stripping;
 * - Chinese → Intl.Segmenter words plus character bigrams, so transliterated names that the
 *   segmenter splits into single characters (泽|连|斯|基) still match as a whole.
 *
 * A question is analysed into units: the things it asks about. Coverage (engine.ts) measures
 * what share of the units the best item contains.
 */
import { EN_STOPWORDS, FILLER_WORDS, ZH_STOPWORDS } from './lexicon.ts';
import { basicNormalize, normalizeText } from './normalize.ts';
import { remembering } from './remember.ts';

export type UnitKind = 'concept' | 'number' | 'word' | 'cjk' | 'kind';

export interface Unit {
  kind: UnitKind;
  /** The query terms sent to the index; the unit is found when any of them matches. */
  terms: string[];
  /**
   * For Chinese word groups: the bigrams that make up the group. When the whole word does not
   * match, the share of bigrams that do gives partial credit.
   */
  parts?: string[];
  /** Terms reached through a translation or a synonym rather than as written: found less surely. */
  via?: string[];
  /** Words of the briefing reached through an English synonym ("erode" for "wear"): known to it, though not as written. */
  synonyms?: string[];
  /** The text the unit was read from (for debugging and language detection). */
  surface: string;
}

export interface Analysis {
  units: Unit[];
  /** Every term, for indexing (including cross-word bigrams). */
  indexTerms: string[];
}

/** Chinese word segmentation (ICU's dictionary), shared by the analyzer and the engine's name scans. */
export const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_RUN = /\p{Script=Han}+/u;
const IS_HAN = /^\p{Script=Han}/u;
const TOKEN = /^__[a-z]/;

/** British and American spellings fold together (defence/defense, recognise/recognize, travelled/traveled). */
const SPELLING_FOLDS: Array<[RegExp, string]> = [
  [/^(def|off|lic|pret)enc(e|es)$/, '$1ens$2'],
  [/^([a-z]{3,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2'],
  [/^([a-z]{2,}[^aeiou])our(s|ed|ing|ite|ites|able)?$/, '$1or$2'],
  [/^([a-z]{3,})tre(s)?$/, '$1ter$2'],
  [/^([a-z]{3,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/^cheque(s)?$/, 'check$1'],
  [/^programme(s)?$/, 'program$1'],
];

function foldSpelling(word: string): string {
  for (const [re, to] of SPELLING_FOLDS) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** Words whose -ing is no suffix: "during" cut to "dur" read as a clipped "duration", "evening" as "even". */
const ING_NO_SUFFIX = new Set([
  'during',
  'nothing',
  'something',
  'anything',
  'everything',
  'evening',
  'morning',
  'spring',
  'string',
  'ceiling',
]);

/** Light English suffix stripping, the same at index and query time. */
export function stem(word: string): string {
  let w = foldSpelling(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5 && !ING_NO_SUFFIX.has(w)) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.replace(/e+$/, '');
  return w;
}

/** Character bigrams of a Han string ("扎波罗热" → 扎波 波罗 罗热); the string itself when shorter. */
export function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

const CLOSING_PARTICLE = /^[啊呀呢吗嘛吧啦哈哦噢嘞咧哇咯]$/u;

/** Chinese word groups: segmenter words, with runs of single characters joined back together. */
export function hanGroups(run: string): string[] {
  const groups: string[] = [];
  let singles = '';
  let prevWord = false; // the last group is a segmenter word directly before this point
  const flush = () => {
    if (singles) groups.push(singles);
    singles = '';
  };
  const segments = [...SEGMENTER.segment(run)].map((s) => s.segment);
  for (const [i, segment] of segments.entries()) {
    const prev = segments[i - 1] ?? '';
    // a filler word the segmenter cut into two characters (这|回, 俩|人) is dropped whole, not left as a stray one (unless
    // its second character makes a word with the next: 这|回|合 is 回合, a round)
    const cutFiller =
      [...prev].length === 1 &&
      [...segment].length === 1 &&
      FILLER_WORDS.has(prev + segment) &&
      !isDictionaryWord(segment + (segments[i + 1] ?? '').slice(0, 1));
    if (cutFiller && singles.endsWith(prev)) singles = singles.slice(0, -prev.length);
    if (ZH_STOPWORDS.has(segment) || cutFiller) {
      flush();
      prevWord = false;
      continue;
    }
    if ([...segment].length === 1) {
      // a one-character suffix joins the word before it (核电|站 → 核电站), not a verb after it (最后|归, 和平|算)
      if (prevWord && singles === '' && isDictionaryWord(groups[groups.length - 1]! + segment)) {
        groups[groups.length - 1] += segment;
        continue;
      }
      singles += segment;
    } else {
      flush();
      groups.push(segment);
      prevWord = true;
    }
  }
  flush();
  return groups;
}

/**
 * Lower-cases, rewrites numbers to tokens, turns punctuation into spaces and separates Han
 * from other characters, so that aliases and text are compared in one form.
 */
export function matchForm(text: string): string {
  // questions and their words come back, and each is brought to match form several times per question
  return text.length <= SHORT_TEXT ? shortForms(text) : formOf(text);
}

const SHORT_TEXT = 200;
const shortForms = remembering((text: string) => formOf(text));

function formOf(text: string): string {
  return normalizeText(text)
    .replace(/[^\p{L}\p{N}_]+/gu, ' ')
    .replace(/(\p{Script=Han})(?=[^\p{Script=Han}\s])/gu, '$1 ')
    .replace(/([^\p{Script=Han}\s])(?=\p{Script=Han})/gu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=^| )[a-z]{4,}(?= |$)/g, stem);
}

const STOP_STEMS = new Set([...EN_STOPWORDS].map(stem));

export interface AliasEntry {
  /** Any surface form: "Witkoff", "维特科夫", "20-point plan", "ZNPP". */
  phrase: string;
  /** Concept tokens it stands for. */
  concepts: string[];
  /** Kind concepts only steer ranking (see KIND_WORDS). */
  soft?: boolean;
  /** A proper name (actor): its words carry no language signal. */
  name?: boolean;
}

interface CompiledAlias {
  concepts: string[];
  soft: boolean;
}

/** Optimal-string-alignment edit distance (adjacent swaps cost 1), stopping early above `max`. */
export function osaDistance(a: string, b: string, max = Infinity): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

/** Alias phrases → match form; the generic lexicon is the same for every briefing. */
const FORM_CACHE = new Map<string, string>();

const isHanChar = (c: string | undefined) => c !== undefined && IS_HAN.test(c);

export class Analyzer {
  private readonly aliases = new Map<string, CompiledAlias>();
  /** Alias forms by their first two characters, longest first. */
  private readonly byPrefix = new Map<string, string[]>();
  private readonly singleWords = new Map<string, CompiledAlias>();
  /** Single Latin words that are names (for language detection: "Rubio?" says nothing about the language). */
  readonly nameWords = new Set<string>();
  /** Concepts that stand for a person, place or organisation. */
  readonly nameConcepts = new Set<string>();
  private readonly innerCache = new Map<string, string[]>();

  constructor(entries: readonly AliasEntry[]) {
    for (const e of entries) {
      let form = FORM_CACHE.get(e.phrase);
      if (form === undefined) FORM_CACHE.set(e.phrase, (form = matchForm(e.phrase)));
      // a bare number ("28") is already its own token and must not turn into a name
      if (form === '' || /^__[a-z0-9]+$/.test(form)) continue;
      const prev = this.aliases.get(form);
      if (prev) {
        for (const c of e.concepts) if (!prev.concepts.includes(c)) prev.concepts.push(c);
        // a question word that also names a topic ("when" → timeline) only steers ranking
        prev.soft ||= e.soft === true;
      } else this.aliases.set(form, { concepts: [...e.concepts], soft: e.soft === true });
      if (e.name) {
        for (const w of form.split(' ')) if (/^[a-z]/.test(w)) this.nameWords.add(w);
        for (const c of e.concepts) this.nameConcepts.add(c);
      }
    }
    for (const form of this.aliases.keys()) {
      const key = form.slice(0, 2);
      const list = this.byPrefix.get(key) ?? [];
      list.push(form);
      this.byPrefix.set(key, list);
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length);
    // a short common word one letter from another ("found"/"wound") is no typo: only names and long words are corrected
    for (const [form, alias] of this.aliases) {
      const name = alias.concepts.some((c) => this.nameConcepts.has(c));
      if (!alias.soft && (name ? /^[a-z]{5,}$/ : /^[a-z]{7,}$/).test(form)) this.singleWords.set(form, alias);
    }
  }

  /**
   * Concepts of the single-word alias closest to a word the index does not know, allowing one
   * edit (two from 8 letters), a swap of neighbours counting as one: "hegseht" → Hegseth. Remembered: the scan
   * compares the word with every single-word name.
   */
  readonly fuzzyConcepts = remembering((word: string): string[] | undefined => this.closestAlias(word, false));

  /**
   * The same for a word of the dictionary: a name misspelt, or another form of the alias's own word ("publically",
   * "percents"), which starts as it does; "facility" is no misspelt "fatality".
   */
  readonly fuzzyKnownConcepts = remembering((word: string): string[] | undefined => this.closestAlias(word, true));

  private closestAlias(word: string, known: boolean): string[] | undefined {
    if (word.length === 4 && /^[a-z]+$/.test(word)) return this.letterDropped(word);
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return undefined;
    const max = word.length >= 8 ? 2 : 1;
    let best: { d: number; concepts: string[] } | undefined;
    for (const [form, alias] of this.singleWords) {
      if (Math.abs(form.length - word.length) > max) continue;
      if (known && form.slice(0, 4) !== word.slice(0, 4) && !alias.concepts.some((c) => this.nameConcepts.has(c))) continue;
      const d = osaDistance(word, form, max);
      if (d <= max && (!best || d < best.d)) best = { d, concepts: alias.concepts };
    }
    return best?.concepts;
  }

  /** "putn": a four-letter word that is a five-letter name with one letter left out (not its first), when only one name fits. */
  private letterDropped(word: string): string[] | undefined {
    let found: string[] | undefined;
    for (const [form, alias] of this.singleWords) {
      if (form.length !== 5 || form[0] !== word[0] || !alias.concepts.some((c) => this.nameConcepts.has(c))) continue;
      if (![...form].some((_, i) => form.slice(0, i) + form.slice(i + 1) === word)) continue;
      if (found && found.join(' ') !== alias.concepts.join(' ')) return undefined;
      found = alias.concepts;
    }
    return found;
  }

  /**
   * The concept of a name cut short ("zel" for Zelensky, "kush" for Kushner): the one concept whose
   * single-word names all start with the clipping. Undefined when the start fits several ("rus":
   * Russia and Rustem).
   */
  readonly clippedConcepts = remembering((word: string): string[] | undefined => {
    if (word.length < 3 || word.length > 5 || !/^[a-z]+$/.test(word)) return undefined;
    let found: string[] | undefined;
    for (const [form, alias] of this.singleWords) {
      if (form.length < word.length + 2 || !form.startsWith(word)) continue;
      if (found && found.join(' ') !== alias.concepts.join(' ')) return undefined;
      found = alias.concepts;
    }
    return found;
  });

  /**
   * Leftmost-longest alias matches. Latin/number edges must fall on word boundaries; Han edges
   * may fall anywhere inside a Han run (Chinese has no spaces).
   */
  private matches(form: string, wordKept?: WordKept): Array<{ index: number; form: string }> {
    const out: Array<{ index: number; form: string }> = [];
    let i = 0;
    let prevHan = false;
    while (i < form.length) {
      const c = form[i]!;
      const han = c > '\u2e7f' && IS_HAN.test(c);
      const start = i === 0 || form[i - 1] === ' ' || (han && prevHan);
      let found: string | undefined;
      if (start && c !== ' ') {
        // (a one-character word ends its run, or stands before a sentence's closing particle: 多少钱啊)
        const list =
          this.byPrefix.get(form.slice(i, i + 2)) ?? (han && CLOSING_PARTICLE.test(form[i + 1] ?? '') ? this.byPrefix.get(c) : undefined);
        if (list) {
          for (const cand of list) {
            if (!form.startsWith(cand, i)) continue;
            const next = form[i + cand.length];
            if (next !== undefined && next !== ' ' && !(isHanChar(cand[cand.length - 1]) && isHanChar(next))) continue;
            if (wordKept && han && this.insideWord(form, i, cand, wordKept)) continue;
            found = cand;
            break;
          }
        }
      }
      if (found) {
        out.push({ index: i, form: found });
        i += found.length;
        prevHan = isHanChar(found[found.length - 1]);
      } else {
        i++;
        prevHan = han;
      }
    }
    return out;
  }

  /**
   * "光合作用" (photosynthesis) holds "合作" (cooperation): a synonym group's Chinese word cut out of a longer word the
   * segmenter finds is not that word, when `wordKept` says the longer one is to stay whole.
   */
  private insideWord(form: string, index: number, cand: string, wordKept: WordKept): boolean {
    const alias = this.aliases.get(cand);
    if (!alias?.concepts.every((c) => c.startsWith('__s_'))) return false;
    let start = index;
    while (start > 0 && isHanChar(form[start - 1])) start--;
    let end = index + cand.length;
    while (end < form.length && isHanChar(form[end])) end++;
    let at = start;
    for (const { segment } of SEGMENTER.segment(form.slice(start, end))) {
      const from = at;
      at += segment.length;
      if (at <= index) continue;
      return from <= index && at >= index + cand.length && segment.length > cand.length && wordKept(segment, alias.concepts);
    }
    return false;
  }

  /**
   * Analyses a text into units (for questions) and index terms (for items). `wordKept`, for questions: whether a longer
   * dictionary word holding a synonym's Chinese word stays whole (see insideWord).
   */
  analyze(text: string, wordKept?: WordKept): Analysis {
    const form = matchForm(text);
    const units: Unit[] = [];
    const indexTerms: string[] = [];
    let last = 0;
    for (const m of this.matches(form, wordKept)) {
      if (m.index > last) this.plain(form.slice(last, m.index), units, indexTerms);
      const alias = this.aliases.get(m.form)!;
      // the surface words are indexed too (typos of other spellings can still find them), but a
      // question sends only the concept: every item that has the words also has the concept
      this.plain(m.form, [], indexTerms);
      // question words in an item's own text ("when", "risk") say nothing about the item; its
      // kind and topics are indexed from its structure instead
      // a generic phrase ("operating licence") is its own idea; a name or described thing also states what its words name
      const described = alias.concepts.some((c) => !c.startsWith('__s_'));
      if (!alias.soft) indexTerms.push(...alias.concepts, ...(described ? this.innerConcepts(m.form) : []));
      units.push({ kind: alias.soft ? 'kind' : 'concept', terms: alias.concepts, surface: m.form });
      last = m.index + m.form.length;
    }
    if (last < form.length) this.plain(form.slice(last), units, indexTerms);
    return { units, indexTerms };
  }

  /**
   * Concepts of the shorter aliases inside an alias ("meeting" in "first meeting", "security" in
   * "security council secretary"): an item stating the longer one also states them.
   */
  private innerConcepts(form: string): string[] {
    let inner = this.innerCache.get(form);
    if (inner) return inner;
    inner = [];
    // spans of words in Latin text, of two or more characters in Chinese
    const pieces = form.includes(' ') || !IS_HAN.test(form) ? form.split(' ') : [...form];
    const joiner = form.includes(' ') ? ' ' : '';
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j <= pieces.length; j++) {
        const span = pieces.slice(i, j).join(joiner);
        const alias = span !== form ? this.aliases.get(span) : undefined;
        if (alias && !alias.soft) inner.push(...alias.concepts);
      }
    }
    inner = [...new Set(inner)];
    this.innerCache.set(form, inner);
    return inner;
  }

  /** The concepts of a party's one-character short name (俄, 乌, 美); undefined for any other text. */
  shortName(char: string): readonly string[] | undefined {
    if ([...char].length !== 1) return undefined;
    const alias = this.aliases.get(char);
    return alias && !alias.soft && alias.concepts.every((c) => c.startsWith('__a_')) ? alias.concepts : undefined;
  }

  /**
   * Chat Chinese drops the rest of a name: in a run of single characters ("美|到底|保|乌", "俄|轰|基辅") a party's one-character
   * short name stands apart from the characters around it. A word of the segmenter's dictionary is left whole.
   */
  private shortNamesApart(group: string): string[] {
    const chars = [...group];
    // (two characters stay one group: "援乌", "美债" are words of their own, see Engine.runQuery)
    if (chars.length < 3 || !chars.some((c) => this.shortName(c)) || isDictionaryWord(group)) return [group];
    const out: string[] = [];
    let rest = '';
    for (const c of chars) {
      if (!this.shortName(c)) {
        rest += c;
        continue;
      }
      if (rest) out.push(rest);
      out.push(c);
      rest = '';
    }
    if (rest) out.push(rest);
    return out;
  }

  /** Words, numbers and Chinese groups of text that is not an alias. */
  private plain(text: string, units: Unit[], indexTerms: string[]): void {
    for (const chunk of text.split(' ')) {
      if (chunk === '') continue;
      if (TOKEN.test(chunk)) {
        units.push({ kind: 'number', terms: [chunk], surface: chunk });
        indexTerms.push(chunk);
      } else if (HAN_RUN.test(chunk) && IS_HAN.test(chunk)) {
        const own = new Set<string>();
        for (const g of hanGroups(chunk).flatMap((group) => this.shortNamesApart(group))) {
          const party = this.shortName(g);
          if (party) {
            units.push({ kind: 'concept', terms: [...party], surface: g });
            indexTerms.push(...party);
            continue;
          }
          const parts = bigrams(g);
          const whole = [...g].length >= 2 ? [g] : parts;
          const terms = [...new Set([...whole, ...parts])];
          units.push({ kind: 'cjk', terms, parts, surface: g });
          for (const t of terms) own.add(t);
          indexTerms.push(...terms);
        }
        // bigrams across word boundaries make the index robust to segmentation differences
        for (const bg of bigrams(chunk)) if (!own.has(bg)) indexTerms.push(bg);
      } else {
        if (STOP_STEMS.has(chunk) || EN_STOPWORDS.has(chunk) || (chunk.length < 2 && !/\d/.test(chunk))) continue;
        units.push({ kind: 'word', terms: [chunk], surface: chunk });
        indexTerms.push(chunk);
      }
    }
  }
}

/** Latin words of a question that say something about its language (not names, not acronyms). */
export function latinSignalWords(text: string, analyzer: Analyzer): number {
  let n = 0;
  for (const w of text.match(/[\p{L}\p{N}'’]+/gu) ?? []) {
    if (!/^[A-Za-z][A-Za-z'’]*$/.test(w)) continue; // numbers, "800k", other scripts
    if (/^[A-Z]{2,6}$/.test(w)) continue; // ZNPP, NATO, US
    const lw = stem(basicNormalize(w).replace(/'s?$/, ''));
    if (analyzer.nameWords.has(lw)) continue;
    n++;
  }
  return n;
}

/** Whether a Chinese word holding a synonym group's word (whose concepts are given) stays whole (see Analyzer.insideWord). */
export type WordKept = (word: string, concepts: readonly string[]) => boolean;

/** Whether a Chinese string is one word of the segmenter's dictionary (everyday vocabulary, not a transliterated name). */
export const isDictionaryWord = remembering((s: string): boolean => {
  const segments = [...s].length < 2 ? [] : [...SEGMENTER.segment(s)];
  return segments.length === 1 && segments[0]!.isWordLike === true;
});
