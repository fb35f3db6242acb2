import type { Briefing } from './schema.ts';

/**
 * The one cache rule: what is derived from a briefing is computed on first use and kept exactly as long as that
 * briefing object. A loaded briefing never changes (a reload makes new objects), so nothing goes stale and
 * nothing needs evicting by hand.
 */
export function perBriefing<T>(derive: (b: Briefing) => T): (b: Briefing) => T {
  const derived = new WeakMap<Briefing, T>();
  return (b) => {
    let value = derived.get(b);
    if (value === undefined) derived.set(b, (value = derive(b)));
    return value;
  };
}
