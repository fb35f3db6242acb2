import { matchForm, osaDistance } from './analyze.ts';
import { remembering } from './remember.ts';

/**
 * Mends a misspelt English word against the words a briefing uses ("meetng" → meeting, "aritcle" → article,
 * "battlefeild" → battlefield). The index holds stems, and a typo is often two edits from a stem ("meetng" /
 * "meet") while one from the written word, so both are compared. A typo close to two different words is left alone.
 * Typos keep the first letter or swap it with the second, so only words starting with one of those two are compared.
 */
export class TypoMender {
  /** first letter + length → written word or stem → stem */
  private readonly buckets = new Map<string, Map<string, string>>();

  constructor(texts: Iterable<string>, isIndexed: (stem: string) => boolean) {
    for (const text of texts) {
      for (const word of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
        const stem = matchForm(word);
        if (!isIndexed(stem)) continue;
        for (const form of [word, stem]) {
          const key = `${form[0]}${form.length}`;
          let forms = this.buckets.get(key);
          if (!forms) this.buckets.set(key, (forms = new Map()));
          forms.set(form, stem);
        }
      }
    }
  }

  /** The stem of the one word `form` is a typo of; undefined when there is none or several. */
  readonly mend = remembering((form: string): string | undefined => {
    if (form.length < 5 || !/^[a-z]+$/.test(form)) return undefined;
    const max = form.length >= 8 ? 2 : 1;
    let best = max + 1;
    const found = new Set<string>();
    for (const first of new Set([form[0], form[1]]))
      for (let len = form.length - max; len <= form.length + max; len++) {
        for (const [candidate, stem] of this.buckets.get(`${first}${len}`) ?? []) {
          const d = osaDistance(form, candidate, max);
          if (d > max || d > best) continue;
          if (d < best) {
            best = d;
            found.clear();
          }
          found.add(stem);
        }
      }
    return found.size === 1 ? [...found][0] : undefined;
  });
}
