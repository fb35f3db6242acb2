import { distance } from 'fastest-levenshtein';
import { normalizeAlias } from '../briefing/validate.ts';

export interface Named {
  id: string;
  names: readonly string[];
  /** The names' normalised forms, when worked out ahead (see {@link withNameKeys}); else each call works them out. */
  nameKeys?: readonly NameKey[];
}

export type Resolution<T> = { ok: true; value: T; exact: boolean } | { ok: false; suggestions: T[] };

/** Leading articles carry no meaning in a name: "the nuclear plant" is "nuclear plant". */
const words = (s: string) => normalizeAlias(s).replace(/^(the|a|an) (?=\S)/, '');
const key = (s: string) => words(s).replace(/ /g, '');
const hasCjk = (s: string) => /\p{Script=Han}/u.test(s);

/** Small words that never identify anything ("plan of the army" ~ "army plan"). */
const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'about', 'and', 'in', 'for', 'to', 's', 'with', 'what', 'who', 'is']);
/** Content words of a name, singular ("plans" → "plan"). */
function tokensOf(s: string): string[] {
  return words(s)
    .split(' ')
    .filter((w) => w !== '' && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/**
 * The consonant outline of a Latin name, so transliterations of one name agree: Zaporizhzhia and Zaporozhye
 * are both "zprz", Zaluzhnyi and Zalujny "zlzn". Digraphs fold to one letter, vowels (and y, h) go, doubles
 * merge. "j" is a consonant in some spellings (French Zalujny) and a vowel in others (Zelenskyj): both
 * readings are kept. Only outlines of four or more consonants are used, so short names never collide.
 */
function skeletons(name: string): string[] {
  if (!/^[a-z]{5,}$/.test(name)) return [];
  const folded = name
    .replace(/shch|sch/g, 's')
    .replace(/zh/g, 'z')
    .replace(/kh/g, 'h')
    .replace(/sh/g, 's')
    .replace(/ch|tch|ts|tz/g, 'C')
    .replace(/ph/g, 'f')
    .replace(/ck|c|q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks');
  const outline = (s: string) => s.replace(/[aeiouyh]/g, '').replace(/(.)\1+/g, '$1');
  const forms = new Set([outline(folded.replace(/j/g, 'z')), outline(folded.replace(/j/g, 'i'))]);
  return [...forms].filter((f) => f.length >= 4);
}

/** A name normalised for matching: its key, whether it has Han characters, its content words, its consonant outlines. */
export interface NameKey {
  key: string;
  cjk: boolean;
  tokens: string[];
  skeletons: string[];
}

function nameKey(name: string): NameKey {
  const k = key(name);
  return { key: k, cjk: hasCjk(k), tokens: tokensOf(name), skeletons: skeletons(k) };
}

/** The entry with its names normalised once: for lists kept as long as their briefing (topic and actor names). */
export function withNameKeys<T extends Named>(entry: T): T {
  return { ...entry, nameKeys: entry.names.map(nameKey) };
}

/** Per entry, the normalised forms of its names. */
type NameKeys = ReadonlyArray<readonly NameKey[]>;

function keysOf(entries: readonly Named[]): NameKeys {
  return entries.map((entry) => entry.nameKeys ?? entry.names.map(nameKey));
}

/** Index of the first entry with a name whose key is `q`. */
function exactMatch(keys: NameKeys, q: string): number | undefined {
  const i = keys.findIndex((names) => names.some((n) => n.key === q));
  return i < 0 ? undefined : i;
}

/** How far a typed query is from a name: 0 exact, small for typos/prefixes, Infinity for unrelated. */
function closeness(query: string, queryCjk: boolean, name: string, nameCjk: boolean): number {
  if (query === name) return 0;
  if (name.startsWith(query) && query.length >= 3) return 0.5;
  if (queryCjk || nameCjk) {
    if (query.length >= 2 && (name.includes(query) || query.includes(name))) return 0.75;
    return Infinity;
  }
  const allowed = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
  // The edit distance is at least the difference in length (and 0 only for equal strings, handled above).
  if (allowed === 0 || Math.abs(query.length - name.length) > allowed) return Infinity;
  const d = distance(query, name);
  return d <= allowed ? d : Infinity;
}

/**
 * Resolves free text to one entry by id, name or alias in either language, tolerating small typos, other
 * transliterations and extra words. Each step below answers only when exactly one entry is best; otherwise
 * the next step tries, and in the end the nearest entries come back as suggestions.
 * Names are normalised once for the lists kept per briefing ({@link withNameKeys}), else on each call.
 */
export function resolveName<T extends Named>(entries: readonly T[], text: string, maxSuggestions = 3): Resolution<T> {
  const q = key(text);
  if (q === '') return { ok: false, suggestions: entries.slice(0, maxSuggestions) };
  const keys = keysOf(entries);
  const exact = exactMatch(keys, q);
  if (exact !== undefined) return { ok: true, value: entries[exact]!, exact: true };
  const qCjk = hasCjk(q);
  const qTokens = new Set(tokensOf(text));
  const qSkeletons = skeletons(q);
  const steps: Array<(names: readonly NameKey[]) => number> = [
    // A small typo or a prefix: the lowest distance wins.
    (names) => -Math.min(...names.map((n) => closeness(q, qCjk, n.key, n.cjk))),
    // Extra words around a name ("20 point plan" holds "plans"): the name with most words wins.
    (names) => Math.max(...names.map((n) => (n.tokens.length > 0 && n.tokens.every((t) => qTokens.has(t)) ? n.tokens.length : -Infinity))),
    // Another transliteration of the same name.
    (names) => (names.some((n) => n.skeletons.some((k) => qSkeletons.includes(k))) ? 1 : -Infinity),
  ];
  for (const score of steps) {
    const best = uniqueBest(entries, keys, score);
    if (best !== undefined) return { ok: true, value: best, exact: false };
  }
  return { ok: false, suggestions: suggest(entries, keys, q, qTokens, maxSuggestions) };
}

/** The single entry with the highest finite score, or undefined when none scores or several tie. */
function uniqueBest<T>(entries: readonly T[], keys: NameKeys, score: (names: readonly NameKey[]) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  let tied = 0;
  entries.forEach((entry, i) => {
    const s = score(keys[i]!);
    if (s > bestScore) {
      best = entry;
      bestScore = s;
      tied = 1;
    } else if (s === bestScore) tied++;
  });
  return Number.isFinite(bestScore) && tied === 1 ? best : undefined;
}

/**
 * Plausible entries for "did you mean": a name that contains the text (or the reverse), one sharing a
 * content word, or one a few edits away relative to its length. Nothing else: an unrelated name such as
 * "Biden" gets no suggestions rather than three random ones.
 */
function suggest<T extends Named>(entries: readonly T[], keys: NameKeys, q: string, qTokens: Set<string>, n: number): T[] {
  return entries
    .map((entry, i) => ({
      entry,
      d: Math.min(
        ...keys[i]!.map(({ key: k, tokens }) => {
          if (Math.min(k.length, q.length) >= 4 && (k.includes(q) || q.includes(k))) return 0;
          if (tokens.some((t) => t.length >= 4 && qTokens.has(t))) return 0.25;
          const longer = Math.max(q.length, k.length);
          // A lower bound (the length difference) already at the cut-off: the exact distance cannot pass the filter below.
          const bound = Math.abs(q.length - k.length) / longer;
          if (bound >= SUGGEST_BELOW) return bound;
          return distance(q, k) / longer;
        }),
      ),
    }))
    .filter((s) => s.d < SUGGEST_BELOW)
    .sort((a, b) => a.d - b.d)
    .slice(0, n)
    .map((s) => s.entry);
}

/** Share of a name that may differ from the text for it to be suggested. */
const SUGGEST_BELOW = 0.5;

/** Autocomplete: entries whose names contain what was typed, best first, at most `limit`. */
export function completeName<T extends Named>(entries: readonly T[], text: string, limit = 25): T[] {
  const q = key(text);
  if (q === '') return entries.slice(0, limit);
  const keys = keysOf(entries);
  const qCjk = hasCjk(q);
  const ranked = entries
    .map((entry, i) => {
      const names = keys[i]!;
      const rank = names.some((n) => n.key.startsWith(q))
        ? 0
        : names.some((n) => n.key.includes(q))
          ? 1
          : names.some((n) => Number.isFinite(closeness(q, qCjk, n.key, n.cjk)))
            ? 2
            : 3;
      return { entry, rank };
    })
    .filter((r) => r.rank < 3)
    .sort((a, b) => a.rank - b.rank);
  return ranked.slice(0, limit).map((r) => r.entry);
}
