import type { Briefing } from './schema.ts';

/**
 * The one cache rule: what is derived from a briefing is computed on first use and kept exactly as long as that
 * briefing object. A loaded briefing never changes (a reload makes new objects), so nothing goes stale and
 * nothing needs evicting by hand.
 */
export function perBriefing<T>(derive: (b: Briefing) => T): (b: Briefing) => T {
  const derived = new WeakMap<Briefing, T>();
  return (b) => {
    const known = derived.get(b);
    if (known !== undefined) return known;
    const value = derive(b);
    derived.set(b, value);
    return value;
  };
}
