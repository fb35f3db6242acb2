import { distance } from 'fastest-levenshtein';
import { normalizeAlias } from '../briefing/validate.ts';

export interface Named {
  id: string;
  names: readonly string[];
}

export type Resolution<T> = { ok: true; value: T; exact: boolean } | { ok: false; suggestions: T[] };

const key = (s: string) => normalizeAlias(s).replace(/ /g, '');
const hasCjk = (s: string) => /\p{Script=Han}/u.test(s);

/** Normalised names of a list of entries. */
interface NameKeys {
  /** Per entry, the key of each name and whether it contains Han characters. */
  keys: Array<Array<{ key: string; cjk: boolean }>>;
  /** Key → index of the first entry with a name of that key (only for lists kept in `nameKeys`). */
  exact?: Map<string, number>;
}

/** Frozen lists (such as `topicNames` and `actorNames`, built once per briefing) are keyed once. */
const nameKeys = new WeakMap<readonly Named[], NameKeys>();

/**
 * Key and script of each name seen, by name: commands such as `/plan` build their entry lists afresh on every
 * call, so caching per list alone would normalise every name again each time. Names come from the loaded
 * briefings, not from what users type; the cap only guards against an unforeseen stream of new names.
 */
const keyOfName = new Map<string, { key: string; cjk: boolean }>();
const MAX_CACHED_NAMES = 100_000;

function nameKey(name: string): { key: string; cjk: boolean } {
  let cached = keyOfName.get(name);
  if (!cached) {
    if (keyOfName.size >= MAX_CACHED_NAMES) keyOfName.clear();
    const k = key(name);
    cached = { key: k, cjk: hasCjk(k) };
    keyOfName.set(name, cached);
  }
  return cached;
}

function keysOf(entries: readonly Named[]): NameKeys {
  const cached = nameKeys.get(entries);
  if (cached) return cached;
  const keys = entries.map((entry) => entry.names.map(nameKey));
  // A list that may still change, or is built afresh per call, is not kept: its names' keys are cached anyway.
  if (!Object.isFrozen(entries) || !entries.every((e) => Object.isFrozen(e.names))) return { keys };
  const exact = new Map<string, number>();
  keys.forEach((names, i) => {
    for (const n of names) if (!exact.has(n.key)) exact.set(n.key, i);
  });
  const computed = { keys, exact };
  nameKeys.set(entries, computed);
  return computed;
}

/** Index of the first entry with a name whose key is `q`. */
function exactMatch(index: NameKeys, q: string): number | undefined {
  if (index.exact) return index.exact.get(q);
  const i = index.keys.findIndex((names) => names.some((n) => n.key === q));
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
 * Resolves free text to one entry by id, name or alias in either language, tolerating small typos.
 * When nothing matches well enough, returns the nearest entries as suggestions.
 * An exact id/name/alias is a map lookup; names are normalised once per entry list, not per call.
 */
export function resolveName<T extends Named>(entries: readonly T[], text: string, maxSuggestions = 3): Resolution<T> {
  const q = key(text);
  if (q === '') return { ok: false, suggestions: entries.slice(0, maxSuggestions) };
  const index = keysOf(entries);
  const exact = exactMatch(index, q);
  if (exact !== undefined) return { ok: true, value: entries[exact]!, exact: true };
  // No exact name: the single closest entry, if it is close enough and not tied.
  const qCjk = hasCjk(q);
  let best: T | undefined;
  let bestScore = Infinity;
  let tied = 0;
  entries.forEach((entry, i) => {
    let score = Infinity;
    for (const n of index.keys[i]!) score = Math.min(score, closeness(q, qCjk, n.key, n.cjk));
    if (score < bestScore) {
      best = entry;
      bestScore = score;
      tied = 1;
    } else if (score === bestScore) tied++;
  });
  if (best !== undefined && Number.isFinite(bestScore) && tied === 1) return { ok: true, value: best, exact: false };
  return { ok: false, suggestions: suggest(entries, index, q, maxSuggestions) };
}

/** Nearest entries by edit distance to any of their names (normalised by length), for "did you mean". */
function suggest<T extends Named>(entries: readonly T[], index: NameKeys, q: string, n: number): T[] {
  return entries
    .map((entry, i) => ({
      entry,
      d: Math.min(...index.keys[i]!.map(({ key: k }) => {
        if (k.includes(q) || q.includes(k)) return 0;
        const longer = Math.max(q.length, k.length);
        // A lower bound (the length difference) already at the cut-off: the exact distance cannot pass the filter below.
        const bound = Math.abs(q.length - k.length) / longer;
        if (bound >= 0.75) return bound;
        return distance(q, k) / longer;
      })),
    }))
    .filter((s) => s.d < 0.75)
    .sort((a, b) => a.d - b.d)
    .slice(0, n)
    .map((s) => s.entry);
}

/** Autocomplete: entries whose names contain what was typed, best first, at most `limit`. */
export function completeName<T extends Named>(entries: readonly T[], text: string, limit = 25): T[] {
  const q = key(text);
  if (q === '') return entries.slice(0, limit);
  const index = keysOf(entries);
  const qCjk = hasCjk(q);
  const ranked = entries
    .map((entry, i) => {
      const keys = index.keys[i]!;
      const rank = keys.some((n) => n.key.startsWith(q))
        ? 0
        : keys.some((n) => n.key.includes(q))
          ? 1
          : keys.some((n) => Number.isFinite(closeness(q, qCjk, n.key, n.cjk)))
            ? 2
            : 3;
      return { entry, rank };
    })
    .filter((r) => r.rank < 3)
    .sort((a, b) => a.rank - b.rank);
  return ranked.slice(0, limit).map((r) => r.entry);
}
