/**
 * Names a question may carry that the briefing never mentions. A question whose subject is such a
 * name ("What did Hungary say?") is out of scope however well its other words match.
 *
 * Countries come from i18n-iso-countries (English and Chinese names); any other capitalised word
 * in the middle of an English sentence that the briefing's vocabulary does not know counts too.
 */
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { osaDistance, SEGMENTER } from './analyze.ts';
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

/** Offsets where the segmenter's words of `text` start or end, in order. */
export function wordCuts(text: string): number[] {
  const cuts = [0];
  for (const { segment } of SEGMENTER.segment(text)) cuts.push(cuts.at(-1)! + segment.length);
  return cuts;
}

/**
 * Whether `name` stands in `text` as a word of its own, or begins one (日本人): not read across two words (代表团中|国家安全
 * holds no 中国).
 */
function standsAsWord(text: string, name: string, cuts: readonly number[]): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!cuts.includes(i)) continue;
    const end = i + name.length;
    if (cuts.includes(end) || !cuts.some((c) => c > i && c < end)) return true;
  }
  return false;
}

/**
 * "RU", "UA", "USA": the ISO codes of the countries the briefing names (`knows` tells a name it writes), which a question
 * may use for them; lower case.
 */
export function knownCountryCodes(knows: (name: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const names = countries.getName(code, 'en', { select: 'all' }) ?? [];
    if (!names.some((n) => knows(basicNormalize(n)))) continue;
    out.add(code.toLowerCase());
    const alpha3 = countries.alpha2ToAlpha3(code);
    if (alpha3) out.add(alpha3.toLowerCase());
  }
  return out;
}

/** Every country name, normalised, in English and Chinese. */
export const COUNTRY_NAMES = countryNames();

export class ForeignEntities {
  private readonly countries: string[];

  /** `unknown`: the {@link COUNTRY_NAMES} the briefing's own text and vocabulary never contain. */
  constructor(unknown: readonly string[]) {
    this.countries = [...unknown];
  }

  /** Country names in the question that the briefing never mentions. */
  countriesIn(question: string): string[] {
    const q = basicNormalize(question);
    let cuts: number[] | undefined;
    return this.countries.filter((n) => {
      const i = q.indexOf(n);
      if (i < 0) return false;
      // (a Chinese name is one only where the words start and end with it: 代表团中|国家 holds no 中国)
      if (HAN.test(n)) return standsAsWord(q, n, (cuts ??= wordCuts(q)));
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

/**
 * Characters Chinese uses to transliterate foreign names (库尔斯克, 冯德莱恩, 佩斯科夫). A run of
 * three or more of them that the briefing does not know is most likely a name it never mentions.
 */
const TRANSLITERATION = new Set([
  ...'阿埃艾安昂奥巴拜班邦鲍贝本比彼宾波伯布查达戴丹德登迪蒂杜多厄恩法菲费芬丰弗福富盖甘戈格古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎科克肯库夸奎拉莱兰朗劳勒雷里利莉莲林琳卢鲁伦罗洛马迈曼梅门蒙米密明莫穆纳娜奈南内尼努诺欧帕派潘佩皮普齐奇乔切琼萨塞桑瑟森沙莎舍施斯松苏索塔泰坦汤特滕图托瓦万威韦维温沃乌西希谢辛休雅亚扬耶叶伊因英尤于约泽扎詹兹佐吕冯尔夫娃',
]);
/** Whether a Chinese name reads as a transliteration: all its characters but one are transliteration characters (扎卢日内). */
export function transliterated(name: string): boolean {
  const chars = [...name];
  return chars.filter((c) => TRANSLITERATION.has(c)).length >= chars.length - 1;
}
const TRANSLITERATED_RUN = new RegExp(`[${[...TRANSLITERATION].join('')}]{3,}`, 'gu');
const TITLED_SHORT_NAME = new RegExp(
  `(?:秘书长|副总统|总统|首相|总理|外长|部长|主席|大使|将军|发言人|议长|国王|女王|特使|司令)([${[...TRANSLITERATION].join('')}]{2})(?![${[...TRANSLITERATION].join('')}])`,
  'gu',
);

/**
 * Transliterated names in a Chinese question that the briefing does not know, neither as written
 * nor as a one-character variant of a name it knows (泽伦斯基 for 泽连斯基).
 */
export function unknownTransliterations(question: string, known: (name: string) => boolean, knownNames: readonly string[]): string[] {
  const out: string[] = [];
  if (!HAN.test(question)) return out;
  // names the briefing knows are set aside first ("敖德萨什么时候" leaves no "德萨什")
  let rest = question;
  for (const name of knownNames) if (rest.includes(name)) rest = rest.split(name).join(' ');
  for (const [run] of rest.matchAll(TRANSLITERATED_RUN)) {
    const chars = [...run];
    // known names inside a longer run ("普京对", "见泽连斯基") cover their characters
    const covered = chars.map(() => false);
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 3; j <= chars.length; j++) if (known(chars.slice(i, j).join(''))) covered.fill(true, i, j);
    }
    const leftovers = chars
      .map((c, i) => (covered[i] ? ' ' : c))
      .join('')
      .split(' ')
      .filter((p) => [...p].length >= 3);
    for (const left of leftovers) {
      // (one character over and over is laughter or a sound, 哈哈哈, 嘿嘿嘿, not a name)
      if (new Set(left).size === 1) continue;
      if (knownNames.some((n) => Math.abs([...n].length - [...left].length) <= 1 && osaDistance(n, left, 1) <= 1)) continue;
      out.push(left);
    }
  }
  // after a title a two-character name is a name too ("秘书长吕特", "副总统万斯")
  // (read in the whole question: the title itself may be a word the briefing knows, "副总统")
  for (const m of question.matchAll(TITLED_SHORT_NAME)) {
    const name = m[1]!;
    if (!known(name) && !knownNames.some((n) => n.startsWith(name)) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** All-capital abbreviations (IAEA, OSCE) are names too. */
export function acronyms(question: string): string[] {
  if (question === question.toUpperCase()) return [];
  return question.match(/(?<![\p{L}\p{N}])[A-Z]{2,6}(?![\p{L}\p{N}])/gu) ?? [];
}

/** "F-16", "Su-35", "S-400", "MiG-29": a model's designation, letters, a hyphen and a number. */
export function modelDesignations(question: string): string[] {
  // (a capital first: "mid-2026", "top-10" are no models)
  return question.match(/(?<![A-Za-z0-9-])[A-Z][A-Za-z]{0,3}-(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?![A-Za-z0-9])/gu) ?? [];
}

/** Endings of organisation names (国际原子能机构, 欧盟委员会); what comes before them names one (not after a word that makes 组织 a verb: 在哪儿组织, 打算组织). */
const ORGANISATION =
  /(?<=[^哪什么这那些个家位一各该])(?:机构|委员会|基金会|协会|公司|集团|通讯社|电视台|研究所|智库)|(?<=[^哪什么这那些个家位一各该儿要会想去来再算])组织/gu;

/** Chinese organisation names the briefing does not know: no ending of two to six characters before the suffix is known. */
export function unknownOrganisations(question: string, known: (name: string) => boolean, knownWord: (word: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(ORGANISATION)) {
    // "协调机构" (a coordinating body) describes; a name's last word is rarely one the briefing uses
    if (knownWord(question.slice(Math.max(0, m.index - 2), m.index))) continue;
    const end = m.index + m[0].length;
    const names = [2, 3, 4, 5, 6].map((n) => question.slice(Math.max(0, m.index - n), end)).filter((n) => /^\p{Script=Han}+$/u.test(n));
    if (names.length > 0 && !names.some(known)) out.push(names[names.length - 1]!);
  }
  return out;
}

/** Days, months, holidays and languages are capitalised in English glosses without naming anything a briefing could lack. */
const CALENDAR_OR_LANGUAGE =
  /^(?:English|Chinese|Mandarin|Russian|Ukrainian|French|German|Spring Festival|Lunar New Year|Chinese New Year|New Year|Easter|Christmas|Thanksgiving|Ramadan|Lantern Festival|Dragon Boat|Mid-Autumn|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Whether a dictionary gloss of a Chinese word the briefing never writes names something the briefing never
 * mentions: "加沙" (Gaza), "世界杯" (World Cup), "卡塔尔" (Qatar). The gloss's first sense must be a proper name
 * throughout, none of whose words the briefing uses ("General Staff Headquarters" is its own General Staff).
 */
export function glossNamesUnknown(gloss: string, knows: (phrase: string) => boolean, usesWord: (word: string) => boolean): boolean {
  const name = /^[A-Z][^,;(]*/.exec(gloss)?.[0].trim();
  if (name === undefined || CALENDAR_OR_LANGUAGE.test(name) || knows(name.toLowerCase())) return false;
  // a word that is also an everyday word ("高达": Gundam; attain, to reach up to) is more often that word
  if (
    gloss
      .split(';')
      .slice(1)
      .some((sense) => /^\s*(?:to )?[a-z]/.test(sense))
  )
    return false;
  // ("Shanghai municipality": a place's kind after its name describes it)
  const bare = name.replace(/\s+(?:municipality|city|province|prefecture|county|district|river|mountains?|island)$/, '');
  if (bare !== name && knows(bare.toLowerCase())) return false;
  const words = bare.split(/\s+/).filter((w) => !/^(?:of|the|and|de|al)$/.test(w));
  return words.every((w) => /^[A-Z]/.test(w) && !usesWord(w));
}
