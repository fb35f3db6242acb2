import { distance } from 'fastest-levenshtein';
import { normalizeAlias } from '../briefing/validate.ts';

export interface Named {
  id: string;
  names: string[];
}

export type Resolution<T> = { ok: true; value: T; exact: boolean } | { ok: false; suggestions: T[] };

const key = (s: string) => normalizeAlias(s).replace(/ /g, '');
const hasCjk = (s: string) => /\p{Script=Han}/u.test(s);

/** How far a typed query is from a name: 0 exact, small for typos/prefixes, Infinity for unrelated. */
function closeness(query: string, name: string): number {
  if (query === name) return 0;
  if (name.startsWith(query) && query.length >= 3) return 0.5;
  if (hasCjk(query) || hasCjk(name)) {
    if (query.length >= 2 && (name.includes(query) || query.includes(name))) return 0.75;
    return Infinity;
  }
  const d = distance(query, name);
  const allowed = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
  return d <= allowed ? d : Infinity;
}

/**
 * Resolves free text to one entry by id, name or alias in either language, tolerating small typos.
 * When nothing matches well enough, returns the nearest entries as suggestions.
 */
export function resolveName<T extends Named>(entries: readonly T[], text: string, maxSuggestions = 3): Resolution<T> {
  const q = key(text);
  if (q === '') return { ok: false, suggestions: entries.slice(0, maxSuggestions) };
  const scored = entries
    .map((entry) => ({ entry, score: Math.min(...entry.names.map((n) => closeness(q, key(n)))) }))
    .sort((a, b) => a.score - b.score);
  const best = scored[0];
  if (best && Number.isFinite(best.score)) {
    const tied = scored.filter((s) => s.score === best.score);
    if (best.score === 0 || tied.length === 1) return { ok: true, value: best.entry, exact: best.score === 0 };
  }
  return { ok: false, suggestions: suggest(entries, q, maxSuggestions) };
}

/** Nearest entries by edit distance to any of their names (normalised by length), for "did you mean". */
function suggest<T extends Named>(entries: readonly T[], q: string, n: number): T[] {
  return entries
    .map((entry) => ({
      entry,
      d: Math.min(...entry.names.map((name) => {
        const k = key(name);
        if (k.includes(q) || q.includes(k)) return 0;
        return distance(q, k) / Math.max(q.length, k.length);
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
  const ranked = entries
    .map((entry) => {
      const keys = entry.names.map(key);
      const rank = keys.some((k) => k.startsWith(q)) ? 0 : keys.some((k) => k.includes(q)) ? 1 : Number.isFinite(Math.min(...keys.map((k) => closeness(q, k)))) ? 2 : 3;
      return { entry, rank };
    })
    .filter((r) => r.rank < 3)
    .sort((a, b) => a.rank - b.rank);
  return ranked.slice(0, limit).map((r) => r.entry);
}
