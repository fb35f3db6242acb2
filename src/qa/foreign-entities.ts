/**
 * Names a question may carry that the briefing never mentions. A question whose subject is such a
 * name ("What did Hungary say?") is out of scope however well its other words match.
 *
 * Countries come from i18n-iso-countries (English and Chinese names); any other capitalised word
 * in the middle of an English sentence that the briefing's vocabulary does not know counts too.
 */
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { basicNormalize } from './normalize.ts';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));

const HAN = /\p{Script=Han}/u;

function countryNames(): string[] {
  const out = new Set<string>();
  for (const lang of ['en', 'zh'] as const) {
    for (const names of Object.values(countries.getNames(lang, { select: 'all' }))) {
      for (const n of names) {
        const form = basicNormalize(n);
        // very short Latin forms ("US", "UK") collide with ordinary words; Chinese needs two characters
        if (HAN.test(form) ? [...form].length >= 2 : form.length >= 4) out.add(form);
      }
    }
  }
  return [...out];
}

const COUNTRY_NAMES = countryNames();

export class ForeignEntities {
  private readonly countries: string[];

  /** `known` tells whether the briefing's own text or vocabulary contains a (normalised) name. */
  constructor(known: (form: string) => boolean) {
    this.countries = COUNTRY_NAMES.filter((n) => !known(n));
  }

  /** Country names in the question that the briefing never mentions. */
  countriesIn(question: string): string[] {
    const q = basicNormalize(question);
    return this.countries.filter((n) => {
      const i = q.indexOf(n);
      if (i < 0) return false;
      if (HAN.test(n)) return true;
      const before = q[i - 1];
      const after = q[i + n.length];
      return !(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after) && !/^s\b/.test(q.slice(i + n.length)));
    });
  }
}

/**
 * Capitalised words after the first word of a sentence ("Patriot", "Orban"): candidates for names.
 * The caller keeps those its vocabulary does not know.
 */
export function capitalisedWords(question: string): string[] {
  const out: string[] = [];
  for (const sentence of question.split(/[.!?？。！]\s+/)) {
    const words = sentence.match(/[\p{L}'’-]+/gu) ?? [];
    words.slice(1).forEach((w) => {
      if (/^\p{Lu}[\p{Ll}'’-]{2,}$/u.test(w)) out.push(w);
    });
  }
  return out;
}
