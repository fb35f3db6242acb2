/**
 * "Which towns did Russia take?", "指挥中心在哪座城市?": the question wants a town or city by name. An
 * item that names none beside the places the question already names does not answer it, however well
 * the rest matches ("seizing town after town" names no town).
 */
import { COUNTRY_NAMES } from './foreign-entities.ts';
import { basicNormalize } from './normalize.ts';

const TOWN_ASKED =
  /\b(?:which|what)\s+(?:[a-z]+\s+){0,2}(?:city|cities|town|towns|village|villages|capital city|port city)\b|\bwhich\s+(?:[a-z]+\s+)?capitals?\b|哪(?:个|座|几个|几座|些|一个|一座)?(?:城市|城|镇子?|首都|村子?|港口城市)/iu;

export function asksTown(question: string): boolean {
  return TOWN_ASKED.test(question);
}

/** A capitalised name after a place preposition in an English text: "in Washington", "at Mar-a-Lago". */
const AFTER_PREPOSITION =
  /\b(?<![Aa]ccording )(?:at|in|to|from|near|outside)\s+(?:the\s+)?([A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+|[- ][A-Z][a-z]+)*)/g;
const NOT_PLACES = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'article',
  'europe',
  'asia',
  'africa',
  'america',
]);
const COUNTRIES = new Set(COUNTRY_NAMES);

/**
 * Names an English text places something at, countries and continents aside: the towns, sites and regions it names,
 * a list's names too ("in the Donetsk, Zaporizhzhia and Kherson regions", where each is a region).
 */
export function placesNamedIn(textEn: string): Array<{ name: string; region: boolean }> {
  const out: Array<{ name: string; region: boolean }> = [];
  for (const m of textEn.matchAll(AFTER_PREPOSITION)) {
    const names = [m[1]!];
    let rest = textEn.slice(m.index + m[0].length);
    for (let next = LIST_NEXT.exec(rest); next; next = LIST_NEXT.exec(rest)) {
      names.push(next[1]!);
      rest = rest.slice(next[0].length);
    }
    const region = /^\s+(?:regions?|oblasts?|provinces?|areas?)\b/.test(rest);
    for (const name of names) {
      const form = basicNormalize(name);
      if (!NOT_PLACES.has(form) && !COUNTRIES.has(form)) out.push({ name, region });
    }
  }
  return out;
}

const LIST_NEXT = /^(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)([A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+|[- ][A-Z][a-z]+)*)/;

/** "where did Putin go", "在哪儿", "什么地方": a place is asked (not "在哪两个层面", "哪个计划的基础上" or "where does he stand"). */
export function asksPlace(question: string): boolean {
  if (asksCountry(question)) return true;
  return /\bwhere\b(?! (?:does|do|did|is|are|would|will|should)\b[^?]{0,40}?\bstands?\b)|哪里|哪儿|什么地方|什么地点|哪个地点|啥地方|哪个地方|哪些地方|在哪(?![两几一个些])|(?:什么|哪个|啥)场合|\b(?:on|at) what occasion\b/iu.test(
    question,
  );
}

/** "in which country are the assets held", "哪个国家": the place asked is a state. */
export function asksCountry(question: string): boolean {
  return /\b(?:which|what) (?:[a-z]+ )?countr(?:y|ies)\b|哪(?:个|一个|些)?国家?(?![际内])|哪一国/iu.test(question);
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 俩: 2 };
const PLACES_COUNTED =
  /\bwhich (two|three|four|five|[2-5]) (?:[a-z]+ )?(?:regions?|provinces?|oblasts?|areas?|cities|towns|places|states|fronts?)\b|哪([两二三四五俩])个?(?:州|地区|城市|地方|省|战场)/iu;

/** How many places a question asks for ("which four provinces" → 4, "哪两个州" → 2); undefined when it names no count. */
export function countOfPlacesAsked(question: string): number | undefined {
  const m = PLACES_COUNTED.exec(question);
  if (!m) return undefined;
  const word = (m[1] ?? m[2])!.toLowerCase();
  return COUNT_WORDS[word] ?? Number(word);
}
