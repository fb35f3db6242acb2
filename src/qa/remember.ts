/**
 * Remembers a pure function's answers for the words questions bring. A long-running bot meets ever new words, so the
 * memory is forgotten whole once it holds `cap` answers: simpler than an LRU, and the words that matter come back.
 */
export function remembering<V>(compute: (key: string) => V, cap = 5_000): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    if (seen.has(key)) return seen.get(key) as V;
    const value = compute(key);
    if (seen.size >= cap) seen.clear();
    seen.set(key, value);
    return value;
  };
}
