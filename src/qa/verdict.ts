/**
 * Yes/no questions ("Did the 28-point plan recognise Crimea?", "欧洲内部形成共识了吗?") want a
 * verdict before the fact. The verdict is given only when the best item plainly settles it:
 *
 * - "no" when the item says the opposite (a negation the question lacks, or the reverse), or
 *   states a different number where the question names one (or one on the wrong side of "more than");
 * - "yes" when the item contains everything the question asks about, with the same polarity;
 * - nothing otherwise: the fact is shown without a verdict rather than with a guessed one.
 */
import type { Lang } from '../briefing/schema.ts';
import { normalizeText } from './normalize.ts';
import { HAVE_OR_NOT } from './question-type.ts';

export type Verdict = 'yes' | 'no';

const EN_NEGATION =
  /\b(?:not|no|never|nothing|none|neither|nor|without|lacks?|lacking|excluding|excludes?|refuses?|refused|rejects?|rejected|fails?|failed|unresolved|undisclosed|unnamed|avoids?|avoided|sidesteps?|sidestepped|omits?|omitted)\b|n't\b/;
/** 不 and 没 inside ordinary words (不断 "continually", 不少 "many") are not negations. */
const ZH_NOT_NEGATION =
  /不断|不少|不久|不仅|不光|不但|不过|不同|不妨|不如|不欢而散|不惜|不得不|不止|没准|无人机|非军事|未来|非常|无论|无疑|非洲|并非不/g;
const ZH_NEGATION = /[不没未无非否]|拒绝|排除|缺乏|缺少|回避|尚未/;
/** Chinese yes/no question forms ("有没有", "是不是", "了没", "是否") carry no negation of their own. */
const ZH_QUESTION_FORMS = /(.)[不没]\1|了没有?|没有?[?？]?\s*$|[吗么][?？]?\s*$|[是能可有]否/g;

/** Asides in brackets ("the source gives no dates") qualify the statement; they do not negate it. */
const ASIDE = /[(（][^()（）]*[)）]/g;
/** A condition ("if no agreement is reached, …", "如果领土问题谈不拢，…") sets the scene; its negation is not the statement's. */
const CONDITION = /\b(?:if|unless)\b[^,;.]*[,;]|(?:如果|假如|要是|若是|一旦)[^，,；;。]*[，,；;]/giu;

/** Whether a text (question or answer) negates what it says. */
export function negates(text: string, lang: Lang): boolean {
  const main = text.replace(ASIDE, ' ').replace(CONDITION, ' ');
  if (lang === 'en') return EN_NEGATION.test(main.toLowerCase().replace(/[’‘]/g, "'"));
  return ZH_NEGATION.test(main.replace(ZH_QUESTION_FORMS, '$1').replace(ZH_NOT_NEGATION, ''));
}

/**
 * The pairs whose opposite sense marks the item that settles a question (ranking too): "jointly" / "unilaterally",
 * not "up" / "down" or taking / escaping the blame, which items use in passing.
 */
export const SETTLING_OPPOSITES: ReadonlyArray<[RegExp, RegExp]> = [
  [
    /\b(?:stop(?:s|ped|ping)?|halt(?:s|ed)?|cease[sd]?|pause[sd]?|wrap(?:s|ped)? up|finish(?:es|ed)?|conclude[sd]?(?!\s+that))\b|停止|停下|停火|停战|叫停/u,
    /\b(?:continu(?:e|es|ed|ing)|kept|keeps?|keeping|goes on|go on|going on|went on|still|persist(?:s|ed)?|carr(?:y|ies|ied) on)\b|继续|仍然|依然|仍在|还在|持续/u,
  ],
  [
    /\b(?:agree[sd]?|agreement|consensus|united|unity|unanimous|settled|resolved)\b|一致|共识|谈妥|谈拢|团结/u,
    /\b(?:disagree(?:s|d|ment)?|divided|divisions?|split|differences|dispute[sd]?|at odds|rift)\b|分歧|分裂|争议|矛盾/u,
  ],
  [
    /\b(?:jointly|together|co-?published|in tandem)\b|共同|一起|联合|携手/u,
    /\b(?:unilateral(?:ly)?|alone|on (?:his|its|their) own|single-handedly)\b|单方面|单独|独自|自行/u,
  ],
  [
    /\b(?:all|whole|entire(?:ly)?|fully|completely)\b|全部|所有|全额|完全|整个/u,
    /\b(?:only|at most|a fraction|one-(?:half|third|quarter|fifth|eighth|tenth)|part of|partly|partially)\b|只够|只有|至多|最多|部分|分之一/u,
  ],
];

/**
 * Words of opposite sense: "did they stop bombing?" answered by "they kept bombing" is a "no"
 * although neither side negates anything. Each pair is [one sense, the other], English and Chinese.
 */
const OPPOSITES: ReadonlyArray<[RegExp, RegExp]> = [
  ...SETTLING_OPPOSITES,
  [
    /\b(?:friendly|cordial(?:ly)?|amicabl[ey]|warm(?:ly)?|harmonious(?:ly)?|smooth(?:ly)?|went well)\b|友好|融洽|愉快(?<!不愉快)|顺利/u,
    /\b(?:acrimonious(?:ly)?|hostile|tense|broke up|ended badly|went badly|soured|went sour|shouting)\b|不欢而散|闹僵|闹翻|不愉快|争吵/u,
  ],
  [
    /(?<!\b(?:escap|avoid|dodg|evad)\w*\s+(?:the\s+)?)\b(?:blamed?|take the blame|bear (?:the )?responsibility|held responsible|answer for)\b|背锅|担责|承担责任|负责任|被追责/u,
    /\b(?:escap(?:e|es|ed|ing)|avoid(?:s|ed|ing)?|dodg(?:e|es|ed|ing)|evad(?:e|es|ed|ing)|spared)\b|躲开|躲过|避开|逃避|逃过|免于|摆脱/u,
  ],
  [
    /\b(?:increase[sd]?|ris(?:e|es|en|ing)|rose|gr(?:ow|ew|own|ows)|up)\b|增加|上升|增长|增多/u,
    /\b(?:decrease[sd]?|f(?:all|ell|allen|alls)|drop(?:s|ped)?|declin(?:e|ed|es)|shr(?:ink|ank|unk)|down)\b|减少|下降|降至|减至|下滑/u,
  ],
];

/** Whether the answer states the opposite sense of a word the question uses (and not that word's own sense). */
export function opposes(question: string, answer: string, pairs: ReadonlyArray<[RegExp, RegExp]> = OPPOSITES): boolean {
  const q = question.toLowerCase();
  const a = answer.replace(ASIDE, ' ').toLowerCase();
  // a question using both senses ("did he avoid the blame?") is not set against either
  return pairs.some(
    ([one, other]) =>
      !(one.test(q) && other.test(q)) &&
      ((one.test(q) && other.test(a) && !one.test(a)) || (other.test(q) && one.test(a) && !other.test(a))),
  );
}

export interface VerdictInput {
  question: string;
  /** The question's language (its negation is read in it). */
  questionLang: Lang;
  /** The answer's text, in the answer language. */
  answer: string;
  answerLang: Lang;
  /** Share of the question's weighted units the item contains, 0..1. */
  coverage: number;
  /** The numbers the question names (dates and small counts aside) and those the item states. */
  numbers: { asked: number[]; stated: number[] };
  /** Whether the item names a person or party the question does not (who did it may be someone else). */
  othersNamed?: boolean;
  /** Whether a name the question gives (a place, a party, a plan) is missing from the item. */
  nameMissing?: boolean;
}

/** "written by the Ukrainians?", "由特朗普公布的吗", "乌克兰自己起草的吗", "是特朗普先公布的吗": the question is about who did it. */
const AGENT_ASKED =
  /\bby (?:the |its |their )?[a-z]+|\b(?:themselves|himself|itself|on (?:its|their|his|her) own)\b|^\s*(?:was|is|were|wasn't|isn't) it \S+(?: \S+)? (?:who|that)\b|由|自己|亲自|本人|是(?!真|对|正确|在|于|否|不)[^，,。？?]{1,12}的[吗么]/iu;
/** "higher than Zaluzhnyi's", "比扎卢日内高": a comparison of two things the verdict does not weigh. */
const COMPARISON =
  /\b(?:higher|lower|more|less|bigger|smaller|larger|greater|fewer|better|worse) than\b|比.{1,12}(?:高|低|多|少|大|小|强|弱)/iu;

/** "more than 30 trillion", "超过30万亿": the question names a bound, not the number itself. */
const ABOVE = /\b(?:more than|over|above|exceed(?:s|ed|ing)?|at least|upwards of|beyond)\b|超过|超出|多于|高于|以上|不止/u;
const BELOW = /\b(?:less than|fewer than|under|below|at most|no more than)\b|不到|少于|低于|以下|以内|不足|不超过/u;

/** The word right after a number in a text's match form ("500 drones" → "drone"), keyed by the number's value. */
function countedAfter(text: string): Array<[number, string]> {
  const tokens = normalizeText(text).split(' ');
  return tokens.flatMap((t, i) => {
    const m = /^__n(\d+(?:p\d+)?)$/.exec(t);
    return m
      ? [[Number(m[1]!.replace('p', '.')), (tokens[i + 1] ?? '').replace(/[^\p{L}\p{N}]/gu, '').replace(/s$/, '')] as [number, string]]
      : [];
  });
}

/** "missile" / "missile"; "枚导弹吗" / "枚导弹和" (a Chinese noun runs on into the next word). */
const sameWord = (a: string, b: string) =>
  a === b || (a.length >= 2 && b.length >= 2 && /\p{Script=Han}/u.test(a) && (a.startsWith(b.slice(0, 3)) || b.startsWith(a.slice(0, 3))));

/**
 * What the numbers settle: "no" when the item states other numbers than the one asked, or a number
 * on the wrong side of the bound asked about; "yes" when a number of the same order lies on the
 * right side (of the thing counted, when the item names it); nothing (undefined) when the item states no number to check; null when the question names none.
 */
function numberVerdict(question: string, { asked, stated }: VerdictInput['numbers'], answer = ''): Verdict | undefined | null {
  if (asked.length === 0) return null;
  // ("is the guarantee 20 years?" against an item stating no number: the number to check is not there)
  if (stated.length === 0) return undefined;
  const q = question.toLowerCase();
  const bound = BELOW.test(q) ? 'below' : ABOVE.test(q) ? 'above' : undefined;
  if (bound === undefined) return asked.some((a) => stated.includes(a)) ? null : 'no';
  const limit = asked[0]!;
  // "more than 400 drones": the number counting drones is the one compared, not the missiles beside it
  const noun = countedAfter(question).find(([n]) => n === limit)?.[1];
  const sameNoun = noun
    ? countedAfter(answer)
        .filter(([n, w]) => sameWord(w, noun) && stated.includes(n))
        .map(([n]) => n)
    : [];
  // only a number of the same order is the one compared ("over 30 trillion" is not about a 15-year term)
  const comparable = (sameNoun.length > 0 ? sameNoun : stated).filter((s) => s / limit >= 0.1 && s / limit <= 10);
  if (comparable.length === 0) return undefined;
  const beyond = comparable.map((s) => (bound === 'above' ? s > limit : s < limit));
  // ("more than 100 missiles?" against "500 drones and 40 missiles": numbers on both sides settle nothing)
  if (beyond.includes(true) && beyond.includes(false)) return undefined;
  return beyond[0] ? 'yes' : 'no';
}

/** Coverage at which an item counts as stating everything the question asks. */
const FULL_COVERAGE = 0.8;
/** An item that negates the question needs less: the negated word is often the one it lacks. */
const NEGATED_COVERAGE = 0.6;

/** The months a text names, as numbers ("28 February", "Feb", "2月"), read from the date tokens of its match form. */
function monthsNamed(text: string): Set<number> {
  return new Set([...normalizeText(text).matchAll(/__m(\d{1,2})\b/g)].map((m) => Number(m[1])));
}

/** The one clause of a two-part item that names a month the question names; the whole item otherwise. */
function clauseOnMonthAsked(question: string, answer: string): string {
  const clauses = answer.split(/[;；]/u);
  const asked = monthsNamed(question);
  if (clauses.length < 2 || asked.size === 0) return answer;
  const about = clauses.filter((c) => [...monthsNamed(c)].some((m) => asked.has(m)));
  return about.length === 1 ? about[0]! : answer;
}

/** "Is it the endpoint or a starting point?", "是终点还是起点": a choice between two, which yes or no does not answer. */
const CHOICE =
  /\b(?:is|was|are|were|does|did)\b[^?]{1,60}\bor (?!nah\b|not\b|no\b|what\b|something\b|smth\b|so\b|anything\b|else\b|wh)\w+|是[^，,。？?]{1,20}还是/iu;

export function yesNoVerdict(v: VerdictInput): Verdict | undefined {
  if (CHOICE.test(v.question)) return undefined;
  const byNumber = numberVerdict(v.question, v.numbers, v.answer);
  if (byNumber !== null) return byNumber;
  if (COMPARISON.test(v.question)) return undefined;
  const questionNegates = negates(v.question, v.questionLang);
  // an item telling two occasions apart ("the February meeting broke up…; the December talks opened…") is read in the
  // clause about the month asked
  const answer = clauseOnMonthAsked(v.question, v.answer);
  const answerNegates = negates(answer, v.answerLang);
  const negationDiffers = questionNegates !== answerNegates;
  const opposite = opposes(v.question, answer);
  // a negation and an opposite sense together ("all backed it?" / "no hope…, can only accept") settle nothing
  if (negationDiffers && opposite) return undefined;
  if (negationDiffers || opposite) return v.coverage >= NEGATED_COVERAGE ? 'no' : undefined;
  // agreeing on what was done is no "yes" when the item may name someone else as doing it
  if (v.othersNamed && AGENT_ASKED.test(v.question)) return undefined;
  // "is Trump hosting them in Moscow?": a place, party or plan the question names and the item does not is what is in
  // doubt; agreeing on the rest is no "yes"
  if (v.nameMissing) return undefined;
  return v.coverage >= FULL_COVERAGE ? 'yes' : undefined;
}

/**
 * Chinese answers a yes/no question with its own verb: 有没有 (or 有…没) → 有/没有, 会不会 → 会/不会, a
 * finished action (了吗, 了没) → 是的/没有; otherwise 是的/不是.
 */
function chineseWords(question: string): Record<Verdict, string> {
  const aNotA = /(\p{Script=Han})[不没]\1/u.exec(question)?.[1];
  if (aNotA) return { yes: aNotA === '是' ? '是的' : aNotA, no: aNotA === '有' ? '没有' : `不${aNotA}` };
  if (/(?:了|过)(?:吗|么|没有?)\s*[?？]?\s*$/u.test(question)) return { yes: '是的', no: '没有' };
  // "有共识没?": 有 / 没有
  if (HAVE_OR_NOT.test(question)) return { yes: '有', no: '没有' };
  return { yes: '是的', no: '不是' };
}

export function withVerdict(text: string, verdict: Verdict | undefined, lang: Lang, question: string): string {
  if (verdict === undefined) return text;
  if (lang === 'en') return `${verdict === 'yes' ? 'Yes' : 'No'}. ${text}`;
  return `${chineseWords(question)[verdict]}。${text}`;
}
