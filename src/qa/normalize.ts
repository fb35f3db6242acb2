/**
 * Text normalisation for Q&A: one canonical token per number (any script or notation),
 * per date, and plain lower-case text around them.
 *
 * Canonical tokens are written into the text as `__n<value>` (numbers), `__m<month>` (months)
 * and `__d<month><day>` (calendar days, e.g. `__d1228`), so later steps can treat them as words.
 */
import { ABBREVIATIONS } from './lexicon.ts';

/** A canonical number token: `__n800000`, `__n0p125` (no dot, so it survives punctuation stripping). */
export function numberToken(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return `__n${Number.isInteger(rounded) ? BigInt(rounded).toString() : String(rounded).replace('.', 'p')}`;
}

const monthToken = (m: number) => `__m${m}`;
const dayToken = (m: number, d: number) => `__d${m}${String(d).padStart(2, '0')}`;

/* ------------------------------------------------------------------ Chinese numerals */

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a run of Chinese numeral characters ("八十万", "三十八万亿", "十五"); undefined if malformed. */
export function parseChineseNumeral(run: string): number | undefined {
  let total = 0; // everything already multiplied by 亿
  let wan = 0; // the part multiplied by 万
  let section = 0; // below 万
  let digit: number | undefined;
  for (const ch of run) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      if (digit !== undefined && d !== 0 && digit !== 0) return undefined; // "八八" is not a numeral
      digit = d;
      continue;
    }
    const u = CN_SMALL_UNIT[ch];
    if (u !== undefined) {
      section += (digit ?? 1) * u;
      digit = undefined;
    } else if (ch === '万') {
      const base = section + (digit ?? 0);
      wan = (base === 0 ? 1 : base) * 1e4 + (base === 0 ? wan : 0);
      section = 0;
      digit = undefined;
    } else if (ch === '亿') {
      const base = total + wan + section + (digit ?? 0);
      total = (base === 0 ? 1 : base) * 1e8;
      wan = 0;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + wan + section + (digit ?? 0);
}

const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千万亿';
const CN_RUN = new RegExp(`[${CN_NUM_CHARS}]+`, 'g');
/** Characters after which a lone numeral ("一月", "五年") is really a number. */
const CN_SINGLE_FOLLOWERS = new Set([...'月年点枚架号日岁次轮位名']);

/** Rewrites Chinese numerals to Arabic digits where they are numbers, not words ("一方面", "万一"). */
function chineseNumeralsToDigits(s: string): string {
  return s.replace(CN_RUN, (run, offset: number) => {
    const first = run[0]!;
    if ('万亿千百'.includes(first)) return run;
    const hasDigit = [...run].some((c) => c in CN_DIGIT || c === '十');
    if (!hasDigit) return run;
    if (run.length === 1) {
      const next = s[offset + 1];
      if (next === undefined || !CN_SINGLE_FOLLOWERS.has(next)) return run;
    }
    // "百分之六十四": the numeral after 之 is fine; "一个" style phrases stay words.
    const value = parseChineseNumeral(run);
    return value === undefined ? run : ` ${formatPlain(value)} `;
  });
}

function formatPlain(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

/* ------------------------------------------------------------------ English number words */

const EN_SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_WORD_RUN = new RegExp(
  `\\b(?:${[...Object.keys(EN_SMALL), ...Object.keys(EN_SCALE)].join('|')})(?:(?:\\s+and\\s+|[\\s-]+)(?:${[...Object.keys(EN_SMALL), ...Object.keys(EN_SCALE)].join('|')}))*\\b`,
  'g',
);

export function parseEnglishNumberWords(words: string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'and') continue;
    const small = EN_SMALL[w];
    if (small !== undefined) {
      current += small;
      seen = true;
      continue;
    }
    const scale = EN_SCALE[w];
    if (scale === undefined) return undefined;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : undefined;
}

function englishNumberWordsToDigits(s: string): string {
  return s.replace(EN_WORD_RUN, (run) => {
    const words = run.split(/[\s-]+/).filter(Boolean);
    // A lone "one" is a pronoun far more often than a number; a lone scale word ("million") is kept
    // so that "$800 billion" and "800 billion" stay with their digits below.
    if (words.length === 1 && (words[0] === 'one' || words[0]! in EN_SCALE)) return run;
    const v = parseEnglishNumberWords(words);
    return v === undefined ? run : formatPlain(v);
  });
}

/* ------------------------------------------------------------------ dates */

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NB = '(?<![\\w.])'; // not preceded by a word char (keeps `__n…` tokens and "v2" intact)

const DAY_MONTH_RE = new RegExp(`${NB}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\b\\.?`, 'g');
const MONTH_DAY_RE = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])`, 'g');
const MONTH_RE = new RegExp(`\\b(${MONTH_ALT})\\b\\.?`, 'g');

/** Fixed-date holidays people name instead of the date ("on Christmas Day", "圣诞节那天"). */
const HOLIDAYS: Array<[RegExp, string]> = [
  [/\b(?:christmas|xmas) eve\b|平安夜|圣诞(?:节)?前夜/g, ' 24 december '],
  [/\b(?:christmas|xmas)(?: day)?\b|圣诞节?/g, ' 25 december '],
  [/\bnew year(?:'s)? eve\b/g, ' 31 december '],
  [/\bnew year(?:'s)? day\b|元旦/g, ' 1 january '],
];

function replaceHolidays(s: string): string {
  for (const [re, date] of HOLIDAYS) s = s.replace(re, date);
  return s;
}

function replaceDates(s: string): string {
  // ISO dates from keywords: 2025-12-28, 2025-12
  s = s.replace(
    /(?<![\w.])(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d])/g,
    (_m, y: string, mo: string, d?: string) => ` ${numberToken(+y)} ${monthToken(+mo)}${d ? ` ${dayToken(+mo, +d)}` : ''} `,
  );
  // Chinese: 2025年12月28日, 12月28号, 1月
  s = s.replace(/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g, (m, y: string | undefined, mo: string, d?: string) => {
    const month = +mo;
    if (month < 1 || month > 12) return m;
    return ` ${y ? `${numberToken(+y)} ` : ''}${monthToken(month)}${d ? ` ${dayToken(month, +d)}` : ''} `;
  });
  // 28 December (2025), 28th of Dec
  s = s.replace(DAY_MONTH_RE, (m, d: string, mo: string) => {
    const month = MONTHS[mo]!;
    return +d >= 1 && +d <= 31 ? ` ${monthToken(month)} ${dayToken(month, +d)} ` : m;
  });
  // December 28(th)
  s = s.replace(MONTH_DAY_RE, (m, mo: string, d: string) => {
    const month = MONTHS[mo]!;
    return +d >= 1 && +d <= 31 ? ` ${monthToken(month)} ${dayToken(month, +d)} ` : m;
  });
  // a month on its own ("in January 2026"); "may", "march" and "mar" are too often verbs/words.
  s = s.replace(MONTH_RE, (m, mo: string) => (mo === 'may' || mo === 'march' || mo === 'mar' ? m : ` ${monthToken(MONTHS[mo]!)} `));
  return s;
}

/* ------------------------------------------------------------------ numbers with magnitudes */

const EN_MAG: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  bil: 1e9,
  bln: 1e9,
  mil: 1e6,
  tril: 1e12,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};
const CN_MAG: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };

function replaceNumbers(s: string): string {
  // Arabic digits with a Chinese magnitude: 80万, 8000亿, 38万亿, 1.5万
  s = s.replace(
    /(?<![\w.])(\d+(?:\.\d+)?)\s*(万亿|千亿|百亿|亿|千万|百万|万|千)/g,
    (_m, n: string, mag: string) => ` ${numberToken(parseFloat(n) * CN_MAG[mag]!)} `,
  );
  // Arabic digits with an English magnitude, optional currency: $800 billion, 800bn, 800k, 0.8 million
  s = s.replace(
    /(?<![\w.])(?:us\s*)?\$?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|mil|bil|bln|tril)\b|(k|mn|mln|m|bn|b|tn|t)(?![a-z]))?(?:st|nd|rd|th)?/g,
    (_m, n: string, word?: string, abbr?: string) => {
      const mag = word ?? abbr;
      const v = parseFloat(n.replace(/,/g, '')) * (mag ? EN_MAG[mag]! : 1);
      return ` ${numberToken(v)} `;
    },
  );
  return s;
}

// (Latin letters only around it: "那个mtg是几号" holds "mtg")
const ABBREVIATION = new RegExp(`(?<![A-Za-z'])(?:${Object.keys(ABBREVIATIONS).join('|')})(?![A-Za-z0-9'])`, 'gu');

/** "russian fm", "mtg", "20pt" → the words they stand for (in a lower-case text). */
export function expandAbbreviations(s: string): string {
  return s
    .replace(ABBREVIATION, (w) => ` ${ABBREVIATIONS[w]!}`)
    .replace(ACCORDING_TO, 'per')
    .replace(NUMBER_SIGN, 'number ')
    .replace(POINTS_OF_PLAN, '$1$2多少点')
    .replace(HOW_MANY_SOLDIERS, '$1兵力')
    .replace(WHEN_MET, '$1会面')
    .replace(PART_PLAYED, 'role')
    .replace(KNOCKED_OUT, '$& power')
    .replace(ORDINAL_DIGITS, (_m, n: string) => ORDINAL_WORDS[Number(n) - 1]!)
    .replace(SHARED_PLAN_NOUN, '$1 $4 plan $2 $3 $4')
    .replace(SHARED_PLAN_NOUN_ZH, '$1点计划$2$3点')
    .replace(NUMBERED_DRAFT, '$1 plan')
    .replace(MADE_PUBLIC, 'published $1')
    .replace(PARTICLE_MOVED, '$1 $3 $2')
    .replace(IN_ALL_THERE_ARE, '$1 ')
    .replace(CHAT_BOMBED, '$1轰炸')
    .replace(HOW_MUCH_SOUTHERN, '多少')
    .replace(WHAT_CHAT, '什么')
    .replace(AFTER_AS_GOAL, ' goal')
    .replace(TAG_RIGHT, '');
}

/** "那个计划一共几点": after a plan, 几点 counts its points (not before a verb: "方案几点公布" asks the time of day). */
const POINTS_OF_PLAN = /(计划|方案|草案)([^，,。？?]{0,6}?)几点(?![钟开出发公见到半])/gu;

/** "留多少兵": a number of soldiers is the strength of a force (兵 alone is too many things to look for). */
const HOW_MANY_SOLDIERS = /(多少|几万|几十万)兵(?![力器种])/gu;

/** "12月几号见的": 见 right after asking when or where is meeting (见 alone is in too many words: 意见, 看见). */
const WHEN_MET = /(几号|哪天|哪一天|什么时候|啥时候|在哪儿|在哪里|在哪)见(?=的|了|过|[?？]|$)/gu;

/** "what part is Europe supposed to play", "play a part": the part one plays is a role. */
const PART_PLAYED = /\bpart(?=\s+(?:[a-z']+\s+){0,4}play(?:s|ed|ing)?\b)|(?<=\bplay(?:s|ed|ing)?\s+a\s+)part\b/gu;

/** "what did the strike knock out?": knocking out, asked at the end, is of the power supply (not "knock out its army"). */
const KNOCKED_OUT = /\bknock(?:ed|s)? out(?=\s*[?？.!]*\s*$)/gu;

/** "risk no.2": the abbreviation of number, written against its digit. */
const NUMBER_SIGN = /\bno\.(?=\d)/gu;

/** "what is Putin really after?": being after something at the end of a question is wanting it. */
const AFTER_AS_GOAL =
  /(?:\b(?:is|are|was|were)\s+(?:(?:really|actually|ultimat\w*|truly|even|personally)\s+)?|\b(?:really|actually|ultimat\w*|truly|personally)\s+)after(?=\s*(?:[?.!]|$|(?:here|in this|in the|acc|according|per|with|from|by)\b))/gu;

/** "rubio was there, right?": a tag asking for agreement, not the word for a right or a side. */
const TAG_RIGHT = /(?<!\b(?:the|far|human|civil|all|to|is|its|it's|that's|thats)\s)\bright(?=\s*(?:[?,.!]|$))/gu;

/** "the 1st meeting", "2nd round": a small ordinal in digits is the word, not the number 1 ("Dec 1st" stays a date). */
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const ORDINAL_DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}'.,]|${MONTH_NAME}\\s)([1-5])(?:st|nd|rd|th)(?![\\p{L}\\p{N}])(?!\\s+(?:of\\s+)?${MONTH_NAME}\\b)`,
  'gu',
);
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** "还在炸吗", "基辅被炸完": chat's 炸 after a word of being hit or going on is bombing (not 炸弹, 炸鸡). */
const CHAT_BOMBED = /(被|挨|还在|还|接着|继续|狂|又|在)炸(?![弹药鸡串])/gu;

/** "80w": 万 written as its pinyin initial after a number (read so only beside Chinese). */
const TEN_THOUSAND_W = /(\d)w(?![a-z])/gu;
const HAS_HAN = /\p{Script=Han}/u;

/** "要几多钱", "几多人": southern Chinese for how much / how many. */
const HOW_MUCH_SOUTHERN = /几多(?=钱|人|个|年|亿|万|天|次|架|枚|兵|[？?]|$)/gu;

/** "according to the article", "acc to the author": a preposition, not the noun "accord" (an agreement) its stem would match. */
const ACCORDING_TO = /\b(?:according|acording|accoring|accdg|acc\.?) to\b/gu;

/** "神马时候": web slang for 什么 (it sounds the same). */
const WHAT_CHAT = /神马/gu;

/** "一共有几点": "in all" and "there are", not 共有 (to own jointly) read across the two words. */
const IN_ALL_THERE_ARE = /(一共|总共)(?=有)/gu;

/** "pull the troops out", "turned the offer down": a phrasal verb's particle put back beside it ("pull out the troops"). */
const PARTICLE_MOVED =
  /\b(give|gives|gave|given|giving|hand|hands|handed|handing|pull|pulls|pulled|pulling|turn|turns|turned|turning|call|calls|called|calling) ((?:(?!(?:up|back|over|out|down|off)\b)[\w'-]+ ){1,4}?)(up|back|over|out|down|off)\b/gu;

/** "made the 20-point plan public": the verb split around its object is still "publish". */
const MADE_PUBLIC = /\b(?:make|makes|made|making) ((?:[\w'-]+ ){1,5}?)public\b/gu;

/** "28 vs 20pt plans", "28和20点计划": two numbered plans sharing one noun are each that plan. */
const SHARED_PLAN_NOUN =
  /\b(\d+)\s*(vs\.?|versus|and|or|&)\s*(\d+)\s*-?\s*(point|pt)s?\b(?=\s*(?:plans?|drafts?|versions?|proposals?)\b)/gu;
const SHARED_PLAN_NOUN_ZH = /(\d+)\s*(和|与|跟|及|同|对|vs)\s*(\d+)\s*点(?=计划|方案|版|草案)/gu;

/** "the 28-point draft", "a 20 pt framework": a numbered document is a plan, whatever it is called. */
const NUMBERED_DRAFT = /(\d+[- ]?(?:point|pt)s?) (?:draft|framework|document|deal|text|scheme|paper|outline)\b/gu;

/** Folds width, case and punctuation variants; keeps CJK. */
export function basicNormalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[–—−‐‑]/g, '-');
}

/**
 * Normalises a text for matching: lower case, NFKC, every number/date form rewritten to its
 * canonical token. "800,000", "800k", "80万" and "八十万" all become `__n800000`.
 */
export function normalizeText(text: string): string {
  let s = basicNormalize(text);
  // "80w", "60w": chat Chinese writes 万 (ten thousand) as its pinyin initial
  if (HAS_HAN.test(s)) s = s.replace(TEN_THOUSAND_W, '$1万');
  s = expandAbbreviations(s);
  s = s.replace(/(\w)'s\b/g, '$1').replace(/s'(?=\s|$)/g, 's');
  s = chineseNumeralsToDigits(s);
  // "half a trillion": half of the scale word
  s = s.replace(/\bhalf an? (thousand|million|billion|trillion)\b/g, '0.5 $1');
  s = englishNumberWordsToDigits(s);
  s = s.replace(/(\d)\s*(?:%|per\s?cent\b|pct\b)/g, '$1 ');
  // "what % …": a percent sign without a number asks for a percentage
  s = s.replace(/%/g, ' percent ');
  s = s.replace(/百分之\s*(\d)/g, '$1');
  s = replaceDates(replaceHolidays(s));
  s = replaceNumbers(s);
  return s.replace(/\s+/g, ' ').trim();
}

/* ------------------------------------------------------------------ scripts & language */

/** A text matched literally inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const HAN_G = /\p{Script=Han}/gu;

export function countHan(s: string): number {
  return s.match(HAN_G)?.length ?? 0;
}
