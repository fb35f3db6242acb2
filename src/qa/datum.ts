/**
 * The datum a question asks for and whether an item states it: a date for "when" (a day for
 * "which day"), a duration for "how long", a number for "how many", and the thing being counted
 * ("how many reactors"). A question whose close candidates state no such datum is one the
 * briefing cannot answer, however well its words match.
 */
import { escapeRegExp } from './normalize.ts';
import type { BriefingItem } from '../briefing/items.ts';
import type { AnswerContext } from './answer-text.ts';
import { matchForm } from './analyze.ts';
import type { QuestionType } from './question-type.ts';

/** Units of time, as they appear in the match form of an answer. */
// ("the day before", 前一天, 当天 name a day, not a length of time)
export const DURATION_UNIT = /(?<!\bthe )\b(?:year|month|week|day|hour|minute)s?\b|年|个月|周|(?<![前后当]一?)天|小时|分钟/;
/** A time stated relative to an event ("as soon as a deal is reached", "协议一经达成，立即生效") answers "when" too. */
const RELATIVE_TIME =
  /\b(?:immediately|at once|as soon as|the moment|upon|right after|the day (?:before|after))\b|立即|立刻|马上|一经|随即|当天|前一天|次日/u;
/** Questions that want the day, not just the month ("which day in January"). */
const DAY_ASKED =
  /\b(?:what|which)(?: (?:exact|specific|precise))? (?:day|date)s?\b|\b(?:exact|specific|precise) (?:[a-z]+ )?(?:day|date)s?\b|\bexactly (?:when|which day)\b|哪一天|哪天|哪[两几]天|几号|几月几日|具体日期|具体哪天|具体是哪一天/iu;
/** Questions that want the hour ("what time of day", 几点钟; a bare 几点 counts points): a date alone does not answer them. */
const HOUR_ASKED =
  /\b(?:what time of (?:the )?day|time of day|what hour|at what time|how late|how early)\b|几点钟|几点几分|几点开始|几点开的|什么时间点|几时几分|上午还是下午|白天还是晚上/iu;
/** A clock time or a part of the day. */
const HOUR_STATED =
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\b(?:morning|afternoon|evening|night|noon|midnight|dawn)\b|\d{1,2}点|上午|下午|晚上|凌晨|中午|夜间|清晨/iu;
/** Questions that want a sum of money ("how much money", "多少亿欧元"): a count of something else does not answer them. */
const MONEY_ASKED =
  /\bhow much (?:money|cash|funding|funds)\b|\bhow many (?:dollars|euros|billions?|trillions?)\b|多少(?:亿|万|万亿)?(?:欧元|美元|钱)|多少钱|多少资金|多少经费/iu;
/** A sum of money as an item states it. */
const MONEY_STATED = /[$€]|\b(?:billion|trillion|million)\b|\b(?:dollars|euros)\b|亿|美元|欧元/iu;
/** Questions that want a share ("what percentage of…", "百分之多少"): a count or an amount does not answer them. */
const SHARE_ASKED =
  /\b(?:percent(?:age)?|proportion|fraction|what share)\b|%|百分之(?:多少|几)|百分比|几成|几分之几|(?:什么|多少|啥|怎样的)比例|比例(?:是)?(?:多少|几何|怎么分)/iu;
/** A share as an item states it: a percentage or a fraction ("64%", "one eighth", "八分之一"). */
// (a number before it: “a certain percentage”, 一定比例, 百分比 name a share without stating one)
const SHARE_STATED = /\d\s*(?:%|％|per ?cent\b)|\b(?:one|a|two|three)[- ](?:half|third|quarter|fifth|eighth|tenth)s?\b|分之/iu;
/** A list of three or more ("甲、乙、丙", "甲、乙和丙"): counting its members answers "how many". */
const ENUMERATION = /、[^、。；，]+(?:、|和|与|及)/u;
/** "哪几个 / 哪几": a question asking which ones, not how many. */
const WHICH_ONES = /哪几/u;

/** Whether a question asks which ones ("哪几个战场") rather than how many. */
export function asksWhichOnes(question: string): boolean {
  return WHICH_ONES.test(question);
}
/** Questions that want a clause of a treaty or a plan ("which article", "第几条"; 哪条线 asks a line): any other number does not answer them. */
const ARTICLE_ASKED =
  /\bwhich (?:[a-z]+ )?(?:article|clause|section|paragraph)\b|\bwhich (?:nato|treaty|charter|alliance) provision\b|哪一?条(?!\p{Script=Han}?[线路河街道界])|第几条/iu;
/** A clause as an item states it: "Article 5", "第五条". */
const ARTICLE_STATED =
  /\b(?:article|clause|section|paragraph) (?:\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)\b|第[一二三四五六七八九十百\d]+条/iu;
/**
 * Coverage at which an item matches all of a "how many" question: a list it names ("、") may answer it. (A vague amount
 * does not: "有多少乌克兰难民在国外" is not answered by "大批…逃往国外", which is offered under "not sure" instead.)
 */
const FULL_MATCH = 0.95;
/** The thing a "how many" question counts: the word after "how many" / "多少" / "几个". */
const COUNTED =
  /\bhow (?:many|much) ([a-z]{3,})\b|(?:多少|(?<![\d十百千万两一二三四五六七八九])几)[个台名艘辆颗架枚户]?([\p{Script=Han}]{2})/u;
/** A count of things ("how many reactors", "几个机组"), as against an amount ("how much money", "多少资金"). */
const COUNT_NOUN = /\bhow many ([a-z]{3,}(?: [a-z]{3,}){0,2})\b|(?:几个|几台|多少个)([\p{Script=Han}]{2})/u;

/** What any count can be of ("how many times", "多少次"): no particular thing. */
const GENERIC_COUNTS = new Set(
  [
    'times',
    'time',
    'years',
    'months',
    'weeks',
    'days',
    'hours',
    'minutes',
    'percent',
    'people',
    'more',
    'others',
    'thousand',
    'million',
    'billion',
    'trillion',
  ].map(matchForm),
);

/** A figure whose number the source withholds: its "the source gives no number" answers a question about that number. */
export function isWithheld(ctx: AnswerContext, item: BriefingItem): boolean {
  return item.kind === 'figure' && ctx.figures.get(item.id)?.value === null;
}

/** Whether a question wants the day, not just the month ("which day in January", "几号"). */
export function asksDay(question: string): boolean {
  return DAY_ASKED.test(question);
}

/** Whether an item states the kind of datum the question asks for (a day for "which day", a number for "how many"). */
export function carriesDatum(
  ctx: AnswerContext,
  item: BriefingItem,
  form: string,
  types: readonly QuestionType[],
  question: string,
  coverage: number,
  bodyStatesNumber: boolean,
): boolean {
  const withheld = isWithheld(ctx, item);
  if (HOUR_ASKED.test(question)) return HOUR_STATED.test(`${item.text.en} ${item.text.zh}`);
  if (types.includes('when')) {
    const event = ctx.events.get(item.id);
    if (DAY_ASKED.test(question)) return (event !== undefined && event.date.length === 10) || /__d\d/.test(form);
    return event !== undefined || /__[dm]\d|__n(?:19|20)\d\d\b/.test(form) || RELATIVE_TIME.test(form);
  }
  if (types.includes('duration')) return withheld || DURATION_UNIT.test(form);
  const asked = askedForm(question);
  if (asked === 'article') return statesForm(item, asked);
  if (asked === 'share' && types.includes('number')) return withheld || statesForm(item, asked);
  if (types.includes('number') && MONEY_ASKED.test(question)) return withheld || MONEY_STATED.test(`${item.text.en} ${item.text.zh}`);
  if (types.includes('number'))
    return (
      withheld ||
      item.kind === 'figure' ||
      bodyStatesNumber ||
      (coverage >= FULL_MATCH && ENUMERATION.test(item.text.zh)) ||
      // "哪几个州": which ones, answered by naming them
      (WHICH_ONES.test(question) && ENUMERATION.test(item.text.zh))
    );
  return true;
}

/** A number that can answer "how many": not a year standing alone ("in 2025"). */
export function statesNumber(form: string): boolean {
  return /__n(?!(?:19|20)\d\d\b)\d/.test(form);
}

/** The particular form of number a question wants: a clause ("which article", 第几条) or a share ("what percentage"). */
export type AskedForm = 'article' | 'share';

export function askedForm(question: string): AskedForm | undefined {
  return ARTICLE_ASKED.test(question) ? 'article' : SHARE_ASKED.test(question) ? 'share' : undefined;
}

/** Whether an item states a clause or a share, in either language. */
export function statesForm(item: BriefingItem, form: AskedForm): boolean {
  return (form === 'article' ? ARTICLE_STATED : SHARE_STATED).test(`${item.text.en} ${item.text.zh}`);
}

/**
 * The match form of what a "how many" question counts ("how many reactors" → "reactor", "多少公里"
 * → "公里"); undefined when it counts nothing in particular ("how many times").
 */
export function countedForm(question: string): string | undefined {
  const word = firstCapture(COUNTED, question);
  // "多少用于重建", "多少来着": a verb or particle after 多少 is no thing counted
  if (word !== undefined && NOT_COUNTED_HAN.test(word)) return undefined;
  const form = word === undefined ? undefined : matchForm(word).split(' ')[0];
  return form && !GENERIC_COUNTS.has(form) ? form : undefined;
}

/**
 * The act a count is of ("how many drones were shot down", "击落了多少架"): the verb before the count in Chinese, the
 * participle or verb after the thing counted in English. Undefined when the question names none.
 */
const COUNT_VERB =
  /\bhow many (?:of (?:the|their|those) )?(?:\S+ ){1,8}?(?:(?:were|was|have been|had been|got) |did (?:\S+ ){1,2}?)([a-z]{4,})\b|(\p{Script=Han}{2})了?(?:多少|几)[个台名艘辆颗架枚户人]?/u;
/** Verbs that say nothing about what is counted ("有多少", "还剩", "did they have"). */
const EMPTY_COUNT_VERB =
  /^(?:have|has|had|make|made|take|took|give|gave|get|got|need|needed|there|being|been)$|^[有是占约共总还再要会能可]|[有是要会能]$|^(?:一共|总共|大约|大概|目前|现在|需要|达到|到底|究竟|一下|要求|包括)$/u;

/**
 * Acts whose count is a measure of its own: what was shot down, destroyed, killed or affected is not what was fired,
 * sent or deployed (those an item counting the things implies).
 */
const OUTCOME_VERB =
  /^(?:shoot|shot|intercept\w*|downed|destroy\w*|kill\w*|wound\w*|injur\w*|evacuat\w*|affect\w*|displac\w*|captur\w*|arrest\w*|detain\w*|击落|拦截|拦下|摧毁|击毁|炸毁|炸死|打死|死亡|受伤|炸伤|影响|波及|撤离|疏散|俘虏|逮捕|抓获)$/u;

export function countVerb(question: string): string | undefined {
  const verb = firstCapture(COUNT_VERB, question.toLowerCase());
  return verb === undefined || EMPTY_COUNT_VERB.test(verb) || !OUTCOME_VERB.test(verb) ? undefined : verb;
}

/** The match forms of the thing a question counts (its word and the next: "phone calls"), only for counts of things ("how many units", "几个机组"). */
export function countNoun(question: string): string[] {
  const words = firstCapture(COUNT_NOUN, question);
  const forms = words === undefined ? [] : matchForm(words).split(' ');
  return forms[0] === undefined || GENERIC_COUNTS.has(forms[0]) ? [] : forms;
}

/** Whether an item gives a number of the things a question counts ("500 drones", "40枚导弹"), not just names them. */
export function countStated(noun: string, item: BriefingItem): boolean {
  const han = /\p{Script=Han}/u.test(noun);
  const text = han ? item.text.zh : item.text.en.toLowerCase();
  const written = han ? noun : noun.slice(0, Math.max(3, noun.length - 1));
  if (!text.includes(written)) return true;
  const counted = han
    ? new RegExp(`(?:\\d|[一二两三四五六七八九十百千万])\\s*[个台名艘辆颗架枚座家位条点批支]?${escapeRegExp(written)}`, 'u')
    : new RegExp(
        `\\d[\\d,.]*\\s*(?:[a-z-]+\\s+){0,2}${escapeRegExp(written)}|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\\s+(?:[a-z-]+\\s+){0,2}${escapeRegExp(written)}`,
      );
  return counted.test(text);
}

/** "What type of drones", "什么型号的无人机": the question asks which kind of a thing, not how many or whether. */
const TYPE_ASKED =
  /\b(?:what|which) (?:kinds?|types?|sorts?|models?|makes?|brands?|class(?:es)?|variants?) of ([a-z]{3,})|\b(?:what|which) (?:[a-z]+ ){0,2}(?!(?:the|these|those|are|is|of)\b)([a-z]{3,}) (?:kinds?|types?|models?|systems?)\b|(?:什么|啥|哪种|哪类|哪款)(?:型号|类型|种类|牌子|款)的?(\p{Script=Han}{2})|(\p{Script=Han}{2})具体是(?:哪些|哪种|哪几种)|(\p{Script=Han}{2,3})是?(?:什么|啥|哪种|哪款)(?:型号|类型|种类)(?!的)/u;
/** Words that may stand before a noun without saying which kind it is: numbers, articles, quantifiers. */
const NO_KIND =
  /^(?:\d[\d,.]*|the|a|an|some|many|more|nearly|about|around|over|its|their|his|her|of|and|or|these|those|such|other|large|big|few|several|with|buy|buys|bought|provide|provides|provided|supply|supplies|supplied|send|sends|sent)$/;

/**
 * Whether an item names the thing a "what type of" question asks about only without a kind ("nearly 500 drones",
 * "近500架无人机"): it says how many, not which kind. False when the question asks no type or the item lacks the thing.
 */
export function kindMissing(question: string, item: BriefingItem): boolean {
  const noun = firstCapture(TYPE_ASKED, question);
  if (noun === undefined) return false;
  if (/\p{Script=Han}/u.test(noun)) {
    const at = [...item.text.zh.matchAll(new RegExp(escapeRegExp(noun), 'gu'))].map((m) => m.index);
    // a classifier or a number right before the noun (500架无人机) counts it; a word before it (多国部队) says which kind
    // so does a verb taking it (提供武器) or a word the question itself uses (美国武器 for 美国武器具体是哪些)
    return (
      at.length > 0 &&
      at.every(
        (i) =>
          i === 0 ||
          /[\d个架枚台名艘辆颗批支多约近余、，和与供买卖给送运]/u.test(item.text.zh[i - 1]!) ||
          (i >= 2 && /^\p{Script=Han}{2}$/u.test(item.text.zh.slice(i - 2, i)) && question.includes(item.text.zh.slice(i - 2, i))),
      )
    );
  }
  const stemmed = noun.replace(/(?:es|s)$/, '');
  const words = item.text.en
    .toLowerCase()
    .split(/[^a-z0-9,.-]+/)
    .map((w) => w.replace(/[,.]$/, ''));
  const at = words.flatMap((w, i) => (w.startsWith(stemmed) ? [i] : []));
  // a word the question itself uses ("American weapons" for "which American weapons systems") says no more than it
  const asked = new Set(
    question
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .filter((w) => w.length >= 4),
  );
  return at.length > 0 && at.every((i) => i === 0 || NO_KIND.test(words[i - 1]!) || asked.has(words[i - 1]!));
}

/** The text of a pattern's first group that matched (English or Chinese alternative), in lower case. */
function firstCapture(re: RegExp, question: string): string | undefined {
  return re
    .exec(question.toLowerCase())
    ?.slice(1)
    .find((w) => w !== undefined);
}

/**
 * Two characters after 多少 / 几 that end in a preposition, a particle or a verb complement name no thing, and
 * neither does a calendar word (几月份, 几号 ask which month or day) or a magnitude (多少万亿 asks how many trillion).
 */
const NOT_COUNTED_HAN =
  /^\p{Script=Han}[于以来到出在给了过着得呢吗啊呀]$|^(?:可以|能够|用来|才能|需要|应该|左右|之多|以内|以下|以上|之内|上下)$|^[月号日]|^[十百千万亿兆]/u;

/** Days of the month a Chinese question names without a month ("27号", "27日"), as number tokens (`__n27`). */
export function daysOfMonth(question: string): Set<string> {
  const days = new Set<string>();
  for (const m of question.matchAll(/(?<![\d月./-])([1-9]|[12]\d|3[01])\s*[号日](?!本|机|楼|线|令|文件|条)/gu))
    days.add(`__n${Number(m[1])}`);
  return days;
}
