import { langFromLocale } from '../i18n/catalogue.ts';
/**
 * `/ask`: answers a free-text question with the briefing items that answer it, or says the
 * briefing does not cover it. Pure and synchronous; no network, no model.
 *
 * Ranking is MiniSearch's (BM25 over analysed terms, with per-term fuzzy/prefix control).
 * Whether the best item really answers the question is judged separately by coverage: the
 * IDF-weighted share of the question's informative units (words, numbers, names/concepts,
 * Chinese word groups) that the item contains. Raw BM25 scores do not separate in-scope from
 * out-of-scope questions; coverage does.
 */
import { distance } from 'fastest-levenshtein';
import MiniSearch from 'minisearch';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { briefingItems, formatCitation, type BriefingItem, type ItemKind } from '../briefing/items.ts';
import type { Actor, Briefing, Lang, LocalizedText, Nature } from '../briefing/schema.ts';
import { HomophoneMender } from './homophones.ts';
import { riskRankAsked, riskRankWords } from './risk-rank.ts';
import { Analyzer, isDictionaryWord, latinSignalWords, matchForm, type AliasEntry, type Unit } from './analyze.ts';
import { answerBy, answerContext, answerText, type AnswerContext } from './answer-text.ts';
import {
  acronyms,
  COUNTRY_NAMES,
  capitalisedWords,
  knownCountryCodes,
  modelDesignations,
  wordCuts,
  ForeignEntities,
  glossNamesUnknown,
  transliterated,
  unknownOrganisations,
  unknownTransliterations,
} from './foreign-entities.ts';
import {
  ABBREVIATIONS,
  CALLS_NOUN,
  FILLER_WORDS,
  HEAD_OF_PARTY_FORMS,
  AGE_ASKED,
  CAREER_ASKED,
  MEAL_ASKED,
  ROOM_ASKED,
  MEETING_DETAIL_WORDS,
  NAME_OF_THING,
  PERSON_NOUN,
  STOP_LIST_NOUNS,
  KIND_WORDS,
  SYNONYMS,
  ZH_STOPWORDS,
} from './lexicon.ts';
import { asksPost, pointsBack, questionParts, questionTypes, requestForAsker, type QuestionType } from './question-type.ts';
import {
  askedForm,
  asksDay,
  daysOfMonth,
  asksWhichOnes,
  carriesDatum,
  countedForm,
  countVerb,
  countNoun,
  countStated,
  kindMissing,
  DURATION_UNIT,
  isWithheld,
  statesForm,
  statesNumber,
} from './datum.ts';
import { countHan, escapeRegExp, normalizeText, numberToken } from './normalize.ts';
import { asksOutcome, asksWhatHappened, otherSide, sequenceAsked, statesPlan, statesPossibility } from './tense.ts';
import { opposes, SETTLING_OPPOSITES, withVerdict, yesNoVerdict, type Verdict } from './verdict.ts';
import { remembering } from './remember.ts';
import { type TermHit, TermSearch } from './term-search.ts';
import { englishThesaurus, type Thesaurus } from './wordnet.ts';
import { chineseGlosses, type ChineseGlosses } from './cedict.ts';
import { actorNames, AskedEntities } from './asked-entity.ts';
import { asksCountry, asksPlace, asksTown, countOfPlacesAsked, placesNamedIn } from './town-asked.ts';
import { TypoMender } from './typo.ts';

export interface QaAnswer {
  itemId: string;
  text: string;
  topic: string;
  topicTitle: string;
  /** formatCitation(cite), e.g. "§III(2)". */
  citation: string;
  nature: Nature;
  /** Actor display name in the answer language. */
  by?: string;
  score: number;
}

export type QaStatus = 'answered' | 'unsure' | 'not-covered';

export interface QaResult {
  question: string;
  lang: Lang;
  status: QaStatus;
  /** true only for 'answered'. */
  answered: boolean;
  /** Up to 3, best first, when answered; the closest facts when 'unsure'; [] when not-covered. */
  answers: QaAnswer[];
  /** Closest topics, for unsure/not-covered. */
  suggestions: Array<{ id: string; title: string }>;
}

export interface QaAskOptions {
  /** Discord locale such as 'zh-CN', 'en-US'; decides the language when the question does not. */
  locale?: string;
}

export interface QaEngine {
  ask(question: string, opts?: QaAskOptions): QaResult;
}

/** Diagnostics for calibration and tests; not part of the command-facing API. */
export interface QaDebug {
  units: Array<{ kind: Unit['kind']; surface: string; terms: string[]; weight: number; found: number }>;
  coverage: number[];
  hits: Array<{ itemId: string; score: number; queryTerms: string[] }>;
  foreign: string[];
  types: QuestionType[];
  /** The check that kept a well-matched best candidate from answering (see `rank`), if any. */
  veto?: string;
}

export interface QaThresholds {
  /** Coverage of the best item at or above which the question counts as answered. */
  answer: number;
  /** Coverage below which the question is not covered (between the two: unsure). */
  unsure: number;
  /** Coverage a 2nd/3rd item needs to be listed with an answer. */
  secondary: number;
}

export const DEFAULT_THRESHOLDS: QaThresholds = { answer: 0.5, unsure: 0.3, secondary: 0.3 };

/** Index settings (exposed for calibration). */
export interface QaTuning {
  bm25: { k: number; b: number; d: number };
  boost: { en: number; zh: number; kw: number; ctx: number };
  /** Weight of plain words (Latin, Han) relative to names and concepts in coverage. */
  wordFactor: number;
  hanFactor: number;
}

export const DEFAULT_TUNING: QaTuning = {
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  boost: { en: 1, zh: 1, kw: 1.2, ctx: 0.6 },
  wordFactor: 0.4,
  hanFactor: 0.7,
};

export const MAX_ANSWER_CHARS = 400;

/* ------------------------------------------------------------------ text helpers */

/** Shortens an answer to at most `max` characters (code points), at a word boundary for Latin text, with "…". */
export function shortenAnswer(text: string, max = MAX_ANSWER_CHARS): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max - 1);
  const last = cut[cut.length - 1] ?? '';
  const next = chars[max - 1] ?? '';
  // mid-word in Latin script: back off to the last space (if it is not too far back)
  if (/[\p{L}\p{N}]/u.test(last) && /[\p{L}\p{N}]/u.test(next) && !/\p{Script=Han}/u.test(last)) {
    const space = cut.lastIndexOf(' ');
    if (space > max * 0.6) cut = cut.slice(0, space);
  }
  return `${cut.join('').replace(/[\s,;:，；：、]+$/u, '')}…`;
}

/** 'zh' or 'en' from the question's own script; undefined when it carries no signal. */
export function detectLang(question: string, analyzer?: Analyzer): Lang | undefined {
  const han = countHan(question);
  const latin = analyzer ? latinSignalWords(question, analyzer) : (question.match(/[A-Za-z]{2,}/g) ?? []).length;
  if (han === 0 && latin === 0) return undefined;
  return han >= latin * 2 ? 'zh' : 'en';
}

/* ------------------------------------------------------------------ engine */

const KIND_CONCEPT: Partial<Record<ItemKind, string>> = {
  position: 'position',
  provision: 'provision',
  risk: 'risk',
  event: 'event',
  figure: 'figure',
  actor: 'actor',
};

/** Concepts naming a whole section ("plans") are coarse: they count for less. */
const SECTION_CONCEPT_WEIGHT = 0.35;
const SINGLE_HAN_WEIGHT = 0.35;
/** The lexicon's group for "percentage", "share of", "百分之". */
const PERCENT_CONCEPT = '__s_percent';
const PERCENT_WEIGHT = 0.6;
/** A word the briefing never uses weighs this much: it may be a paraphrase, not the subject. */
const UNKNOWN_WORD_WEIGHT = 1.6;
/** Chinese words are shorter and more often split oddly: an unknown one weighs a little less. */
/**
 * An everyday English word (a WordNet lemma) the briefing lacks is more often a paraphrase than a new subject;
 * a word outside the dictionary (a name, a brand, jargon) more often names something the briefing lacks.
 */
const COMMON_WORD_WEIGHT = 1.3;
const UNKNOWN_HAN_WEIGHT = UNKNOWN_WORD_WEIGHT * 0.8;
/** The same for Chinese: a word of the segmenter's dictionary the briefing lacks, unless it is what the question asks for. */
const COMMON_HAN_FACTOR = 0.5;
/** Candidates considered for the decision and the three answers. */
const CANDIDATES = 20;
/** The lexicon's groups for phone calls and for a meeting (talks, a summit). */
const CALL_CONCEPT = '__s_call';
const MEETING_CONCEPT = '__s_meeting';
/** A date or month of the question ("on 25 December", "in March"). */
const isDateUnit = (u: Unit) => u.kind === 'number' && u.terms.every((t) => /^__[dm]\d/.test(t));
/** The calendar days a question names (`__d1227`). */
const daysAsked = (informative: Unit[]) => informative.flatMap((u) => (u.kind === 'number' ? u.terms.filter((t) => /^__d\d/.test(t)) : []));
/** The calendar days an item's match form states. */
const daysStated = (form: string): string[] => form.match(/__d\d+/g) ?? [];
/** Verbs of lasting, in match form ("run", "last", "remain in force", 持续). */
const LASTING = /^(?:run|last|remain|stay|valid|cover|持续|有效|维持)$/u;
/** Questions after who leads something ("谁领头", "who headed the team"). */
const LEADER_ASKED = /\b(?:led|leads|leading|headed|heads(?! of (?:state|government))|in charge of)\b|领头|带队|率领|牵头|为首|挂帅/iu;
/** "Which country would command the force", "由哪国牵头指挥": the act of leading something, asked. */
const LEADING_ASKED =
  /\b(?:lead|led|leads|leading|headed|heads(?! of (?:state|government))|command|commands|commanded|commanding)\b|领头|带队|率领|牵头|为首|挂帅|指挥/iu;
/** An item saying who leads, heads, commands or hosts something. */
const LEADING_STATED =
  /\b(?:lead|leads|led|leading|head|heads|headed|heading|command\w*|chair\w*|spearhead\w*|steer\w*|host\w*)\b|主导|牵头|率领|带队|领导(?!人)|指挥|为首|挂帅|主持/iu;
/**
 * "The first president of the United States", "美国第一任总统", "president of France in the 1960s", "三国时期": a post
 * held at another time than the briefing's, which the answer must name for it to be the same.
 */
const ERA_ASKED =
  /\b(?:first|second|third|fourth|fifth|previous|\d+(?:st|nd|rd|th))\s+(?:president|prime minister|premier|leader|king|queen|emperor|chancellor|pope)\b|\bin the (?:\d{2}|\d{4})s\b|第[一二三四五六七八九十\d]+任|\d{2,4}年代|时期|古代|历史上/iu;
/** A yes/no question about what may happen or was offered ("could he visit", "did he say he might", 会不会, 表示). */
const POSSIBILITY_ASKED =
  /\b(?:could|might|may|would|offer\w*|say|said|propos\w*|plans? to|planned|consider\w*|willing|ready)\b|可能|会不会|能不能|说过|提议|提出|打算|表示|愿意/iu;
/**
 * "Why did the meeting go so badly", "为啥被调走", "为啥闹崩了": why something happened, not why a thing matters or why it
 * was called something (which the label's own item answers).
 */
const WHY_EVENT =
  /\bwhy (?:did|was|were|had)\b(?!.*\b(?:call|called|named|labell?ed|described|critici[sz]ed|branded|hate|hated|dislike|disliked|trash|trashed|slam|slammed|blast|blasted|attack|attacked)\b)|(?:为啥|为什么|为何)(?![^，,。？?]{0,8}(?:称|批评|叫做|说成))[^，,。？?]{0,8}(?:被|了)/iu;
const RISK_KIND = '__k_risk';
/** Words quoted in a question: two or more (or Chinese), in straight or curly quotes. */
const QUOTED_WORDS = /(?<![\p{L}\p{N}])['"“‘「]([^'"”’」]{3,40})['"”’」](?![\p{L}\p{N}])/gu;
/** How much an item holding words the question quotes gains in the ranking. */
const QUOTE_FIT = 1;
/** A figure an item states: a number of two digits or more, no year, not a plan's name ("the 20-point plan"). */
const STATED_FIGURE = /(__n(?!(?:19|20)\d\d\b)\d{2,})\b(?! ?(?:point|pt|点))/gu;
/** A question asking how things differ ("vs", "what's the diff", 有何不同, 区别; not 不同意, disagree). */
const PLANS_COMPARED =
  /\b(?:vs\.?|versus|differ\w*|diff|difference|compar\w*|contrast\w*|gap between|both|each)\b|区别|不同(?!意)|差别|差异|对比|相比|比较|分别|各自|各是/iu;
/** "the two drafts", "both plans", "两个方案": every plan of the briefing, unnamed. */
const BOTH_PLANS =
  /\b(?:two|both|the 2)(?: [\w-]+)? (?:plans?|drafts?|versions?|proposals?|blueprints?|frameworks?)\b|两(?:个|份|版|套)?\p{Script=Han}{0,2}?(?:计划|方案|草案|版本|提案)/iu;
/** A cause, purpose or motive stated ("because", "to avoid", "fears", 为了, 由于, 担心, 旨在). */
const REASON_STATED =
  /\b(?:because|since|as a result|due to|owing to|in order|so that|so as|aims?|motives?|reasons?|purposes?|driven|drives?|fears?|feared|worr\w*|avoid\w*|to (?:win|answer|meet|ease|keep|secure|escape|shift|push|force|erode|show|gain|seize|consolidate|bypass)|meant|intended|seeks?|hopes?|wants?|pressure\w*|leverage|because of|thanks to|amid|after|knowing|forcing|forced)\b|因为|由于|为了|以便|旨在|原因|动机|目的|担心|担忧|害怕|以免|避免|导致|出于|所以|因此|借|以此|试图|想|希望|迫使|倒逼|压力/iu;
/** A short trailing guess: ", 10 yrs?", ", like mid 30s?", ", dec 22 or so?", "，27点？", "，22年年初？". */
const GUESS_TAIL =
  /[,，;；]\s*((?:like |maybe |prob |probably |around |about |or )?[^,，;；?？]{1,24}?)\s*(?:or so|ish|or something|right|吧|吗)?\s*[?？]+\s*$/iu;
/** Words hedging a guess, before it ("like mid 30s?") or after it ("10 or so?"). */
const HEDGE_BEFORE = /^(?:like|maybe|prob|probably|around|about) /iu;
const HEDGE_AFTER = /(?:or so|(?<=[\d\s])ish|or something|or smth|something|smth)\s*[?？]*\s*$/iu;
/** A guess written as a sentence of its own after the question: "…the sitdown? dec something", "…? like 10". */
const GUESS_AFTER_MARK = /[?？]\s*([^?？,，;；]{1,24}?)\s*[?？]*\s*$/u;
/** Whether every unit of a question names a person or party ("and zelensky?"). */
function namesOnlyParties(units: readonly Unit[]): boolean {
  return units.length > 0 && units.every((u) => u.kind === 'concept' && u.terms.every((t) => t.startsWith('__a_')));
}

/** A speaker no one in particular: officials, both sides. */
const UNNAMED_SPEAKER = /^(?:the )?(?:officials?|official side|both sides|two sides|each side)$|^(?:官方|官方说法|双方|两边|各方|对外)$/iu;

/** What a question sets aside before asking ("besides cash", "aside from the money", "除了钱以外"). */
const SET_ASIDE =
  /\b(?:besides|aside from|apart from|other than)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)\s*(?:,|\bwhat\b|\bwho\b|\bdoes\b|\bdid\b|\bis\b)|除了(\p{Script=Han}{1,6}?)(?:以外|之外|外|，|,)/u;

/** Now, and before the war, in a question or an item (English text of items). */
const NOW = /\b(?:now|currently|today|at present|presently|these days|rn)\b|现在|目前|当前|如今|眼下/iu;
const PREWAR = /\b(?:(?:before|b4) the (?:war|invasion|conflict)|pre-?war|pre-?invasion|pre-?conflict)\b|战前|冲突前|开战前|打仗前/iu;

/** A concept naming an actor, a glossary name or a plan (`__a_…`, `__g_…`, `__p_…`). */
const NAME_CONCEPT = /^__[agp]_/;

/** Statuses from worst to best. */
const STATUS_ORDER: Record<QaStatus, number> = { 'not-covered': 0, unsure: 1, answered: 2 };
/** A month's name or its usual abbreviation, as a whole word. */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A guess naming a number or a month. */
const GUESSED_DATUM = new RegExp(`\\p{N}|\\b${MONTH}\\b`, 'iu');
/** A guess that is only a number or a month and day: "10?", "dec 28", "30 yrs". */
const BARE_DATUM = new RegExp(`^(?:[\\d.,%]+\\s*(?:[a-z%]{0,5}|[万亿千百年月日号点岁])|${MONTH}\\.?(?:\\s*\\d{1,2})?)$`, 'iu');
/** A question word: a tail holding one asks ("…，达成了百分之几的共识？"), it guesses nothing. */
const ASKING_WORD = /\b(?:what|how|which|who|whom|when|where|why)\b|(?<![\d十百千万两一二三四五六七八九])几|多少|什么|啥|哪|谁|咋|怎/iu;

/** The guess after a question, if its last clause is one (see GUESS_TAIL), or its last sentence (see guessAfterMark). */
function guessTail(question: string): RegExpExecArray | undefined {
  const m = GUESS_TAIL.exec(question);
  if (m) return ASKING_WORD.test(m[1]!) ? undefined : m;
  return guessAfterMark(question);
}

/**
 * A guess written as a sentence after the question mark: only a number or date, hedged or bare ("…? and the missiles" is
 * a second question, and "…? prob pretty bad tbh" or "…? like 'close'" says what the asker thinks, which counts).
 */
function guessAfterMark(question: string): RegExpExecArray | undefined {
  const after = GUESS_AFTER_MARK.exec(question);
  return after &&
    !ASKING_WORD.test(after[1]!) &&
    GUESSED_DATUM.test(after[1]!) &&
    (HEDGE_BEFORE.test(after[1]!) || HEDGE_AFTER.test(after[0]) || BARE_DATUM.test(after[1]!))
    ? after
    : undefined;
}

/**
 * The number or date tokens of a guess the asker adds after asking for that kind of datum ("how long does it last,
 * 10 yrs?", "when was it, dec 22 or so?"): a value they are unsure of, so no item is sought by it. A date after a
 * question asking something else ("what happened in Kyiv, Dec 27?") says which event, and counts.
 */
function guessedTokens(question: string, m: RegExpExecArray | undefined, types: readonly QuestionType[]): Set<string> {
  if (!m) return new Set();
  // (a tail hedged as a guess, "like mid 30s?", "10 or so?", guesses a number whatever the question's shape)
  const hedged = HEDGE_BEFORE.test(m[1]!) || HEDGE_AFTER.test(m[0]);
  const numbers = hedged || types.includes('number') || types.includes('duration');
  const dates = types.includes('when');
  if (!numbers && !dates) return new Set();
  const headTokens = new Set(normalizeText(question.slice(0, m.index)).split(' '));
  // (the whole question normalised, so that the tail reads as the question does: "，50w？" beside Chinese is 50万)
  return new Set(
    normalizeText(question)
      .split(' ')
      .filter((t) => !headTokens.has(t) && ((numbers && /^__n\d/.test(t)) || (dates && /^__[md]\d/.test(t)))),
  );
}

/** A trip's legs: "stop over", "on his way to", "en route", 途中, 路上. */
const JOURNEY_ASKED =
  /\b(?:stop(?:ped|s)? over|on (?:his|her|their|the) way (?:to|from|back)|en route|how did (?:\S+ ){1,3}(?:travel|get|fly|come) (?:to|in))\b|途中|路上/iu;
/** The whole war or all time so far, not one day: "since the war began", "in total", 开战以来, 迄今. */
const WHOLE_WAR =
  /\b(?:in the war|since the war|(?:whole|entire) war|war (?:so far|to date)|in total|so far|to date|since 2022)\b|开战以来|战争中|整场战争|战争爆发以来|到目前为止|迄今|至今|总共|一共/iu;
/** The word for a place itself, in a question asking where. */
const PLACE_WORD = /^(?:地点|地方|位置|场所|场地|地址|place|plac|location|locat|venue|spot|site)$/u;
/** How much a risk at the place asked gains in ranking. */
const RANK_FIT = 1;
/** A question asking a count. */
const HOW_MANY = /\bhow many\b|多少[个次架枚名位人]|几[个次架枚名位]/iu;
/** A question asking why in so many words (not "what for", "reason"). */
const WHY_WORD = /\b(?:why|how come)\b|(?<![沦成作称视认])为什么|为何|为啥|图啥|图个啥|图什么|干嘛要|干啥要/iu;
/** How much less of a "why" question a candidate giving a reason may match and still come before one giving none. */
const REASON_MARGIN = 0.2;
/** The same, for a candidate from the source's analysis when the best match is a party's position or a reported fact. */
const ANALYSIS_REASON_MARGIN = 0.3;
/** How much of a "why" question the best match must cover for a candidate giving a reason to take its place. */
const REASON_EVENT_COVERED = 0.9;
/** An answer speaking of an earlier post or career. */
const FORMER_POST = /\b(?:former|formerly|previously|ex-)|曾任|曾经|前总|前任|原任/iu;
/** Questions after a person's successor ("who replaced", "接替"). */
const SUCCESSOR_ASKED =
  /\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed)?|successor|t(?:ake|akes|ook|aken) over from|in place of)\b|接替|取代|接任|继任|接班/iu;
/** People an item may name without naming an actor ("women and children fled", "voters"), read in its English text. */
const PEOPLE_GROUP =
  /\b(?:women|children|people|residents|civilians|citizens|voters|refugees|soldiers|troops|public|population|electorate|analysts|experts|observers|referendum)\b/i;
/** The query terms a hit matched, as a set (read by several checks per candidate, built once per hit). */
const MATCHED = new WeakMap<TermHit, ReadonlySet<string>>();
function matchedTerms(hit: TermHit | undefined): ReadonlySet<string> {
  if (hit === undefined) return new Set();
  let set = MATCHED.get(hit);
  if (set === undefined) MATCHED.set(hit, (set = new Set(hit.queryTerms)));
  return set;
}
/** How many of the terms are in the set (a count, without building the filtered list). */
function countIn(terms: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const t of terms) if (set.has(t)) n++;
  return n;
}
/** The concept of the actor an item profiles (`actor-zelensky` → `__a_zelensky`); undefined for other items. */
const profileConcept = (item: BriefingItem): string | undefined =>
  item.kind === 'actor' ? `__a_${item.id.replace(/^actor-/, '')}` : undefined;
/** Every term of a question's units: what it names already. */
const termsAsked = (informative: Unit[]) => new Set(informative.flatMap((u) => u.terms));
const SUMMARY_PENALTY = 0.2;
const POST_FIT = 0.2;
/** An item without the kind of datum asked for (no date for "when") is less likely the answer. */
const TYPE_MISS_PENALTY = 0.08;
const NUMBER_FIGURE_FIT = 0.18;
const WITHHELD_FIT = 0.12;
/** A question asking what something was called wants the item that quotes the words. */
const QUOTES = /[“"「『]([^”"」』]{2,})[”"」』]/g;
/** Whether a text quotes words the question does not already use ("割地" quoted back is no label). */
function quotesNew(text: string, question: string): boolean {
  const asked = question.toLowerCase();
  return [...text.matchAll(QUOTES)].some((m) => !asked.includes(m[1]!.toLowerCase()));
}
const LABEL_QUOTE_FIT = 0.35;
/** An item of another plan than the one the question names answers a different question. */
const OTHER_PLAN_PENALTY = 0.3;
/** Questions after several people at once ("who were in the delegation", "有哪些人"). */
const PLURAL_WHO =
  /\bwho (?:were|are)\b|\bwhich (?:people|officials|leaders|ministers)\b|\bmembers?\b|\bwho (?:was|went|came) (?:in|on|with|along)\b|哪些人|哪几位|哪几个人|都有谁|有谁|成员/iu;
const LIST_FIT = 0.1;
/** Kinds whose statements are single facts; a summary never hides one of them as a duplicate. */

/** "What does the article think…": the source's analysis speaks, not the person named. */
const SOURCE_VIEW = /\b(?:article|analysis|analysts?|source|report|author|briefing)\b|文章|分析|报道|原文|作者|文中/iu;
/** A place named in an item's English text ("at Mar-a-Lago", "in Washington"), for "where" questions in either language. */
const PLACE =
  /\b(?<![Aa]ccording )(?:at|in|to|from|near|outside)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Article|NATO)\b)[A-Z][a-z]+/;
const PLACE_FIT = 0.15;
/** More for an item naming a place the question does not already name. */
const NAMED_PLACE_FIT = 0.1;
/** What is planned ranks lower for a question about what happened (see tense.ts). */
const TENSE_PENALTY = 0.2;
/** Share of a yes/no question's own words (dates aside) an item must state for its other day to mean "no". */
const YES_COVERAGE = 0.8;
/** "Did he publish it jointly?": an item saying the opposite ("unilaterally") settles a yes/no question, so it ranks up. */
const OPPOSITE_FIT = 0.15;
const SPEAKER_FIT = 0.05;
/** A view asked of its holder ("how did Kyiv view…"): that party's statements first, others' statements last. */
const SUBJECT_FIT = 0.3;
const SYNONYM_FOUND = 0.8;
/** Weight of a number in a yes/no question, where it is the claim to check rather than the subject. */
const YESNO_NUMBER_WEIGHT = 0.35;
/** Weight factor of the person or party a "what did X say" question names. */
const SPEAKER_WEIGHT = 2;
/** The most an everyday word weighs, however rare in the briefing. */
const EVERYDAY_WORD_CAP = 2.5;
/** Coverage that answers a "when" or "how many" question whose best candidate states a date or a number. */
const TYPED_ANSWER = 0.4;
/** Coverage, and parts matched, at which a long question is answered though some of its words are not found. */
const BROAD_ANSWER = 0.47;
const BROAD_UNITS = 4;
const SUMMARY_KINDS: ReadonlySet<ItemKind> = new Set(['actor', 'plan']);
/** "did he go and address parliament", "发表讲话": giving a speech is an act, not a question about its words. */
const SPEECH_GIVEN = /\b(?:address(?:ed)?|g[ai]ve (?:a )?speech|deliver(?:ed)? (?:a )?speech)\b|发表(?:了)?(?:讲话|演讲)/iu;
const SINGLE_FACT_KINDS: ReadonlySet<ItemKind> = new Set(['fact', 'event', 'figure', 'provision', 'position', 'signal']);
/** Everyday words ("next", "use", "一个") say little about a subject even where the briefing rarely uses them. */
const GENERIC_WEIGHT = 0.8;
const GENERIC = new Set(
  [...(stopwords.en as string[]).filter((w) => !STOP_LIST_NOUNS.has(w)), ...(stopwords.zh as string[])].flatMap((w) => [w, matchForm(w)]),
);
const MEETING_DETAILS = MEETING_DETAIL_WORDS.map(matchForm);
/** Filler words in the form questions are analysed into (stemmed). */
const FILLER = new Set([...FILLER_WORDS].flatMap((w) => [w, matchForm(w)]));
const HAN = /\p{Script=Han}/u;
const HAN_GLUE = new Set([...ZH_STOPWORDS, ...[...FILLER_WORDS].filter((w) => /\p{Script=Han}/u.test(w))]);
/** Chinese glue the segmenter returns as one group ("大约有", "是啥", "说的"): it splits wholly into stop and filler words. */
function onlyGlue(group: string): boolean {
  const chars = [...group];
  const reach = [true];
  for (let i = 1; i <= chars.length; i++)
    reach[i] = chars.slice(0, i).some((_, j) => reach[j] === true && HAN_GLUE.has(chars.slice(j, i).join('')));
  return reach[chars.length] === true;
}
/** Long English stop words, against which a misspelt one ("acording", "becuase") is recognised. */
const LONG_STOPWORDS = [
  ...new Set((stopwords.en as string[]).filter((w) => /^[a-z]{6,}$/.test(w)).flatMap((w) => [w, matchForm(w)])),
].filter((f) => f.length >= 5);
/** One edit from a long stop word (or its match form): "acording", but also "letter" ("better"); see Engine.misspeltStopword. */
const nearStopword = remembering(
  (form: string): boolean =>
    form.length >= 5 && LONG_STOPWORDS.some((w) => Math.abs(w.length - form.length) <= 1 && distance(w, form) === 1),
);

interface Doc {
  id: number;
  en: string;
  zh: string;
  kw: string;
  ctx: string;
}

/** Concept token of a glossary entry: the actor, topic or plan it means, or a group of its own. */
function glossaryConcept(b: Briefing, means: string | undefined, id: string): string {
  if (means === undefined) return `__g_${id}`;
  if (b.actors.some((a) => a.id === means)) return `__a_${means}`;
  if (b.plans.some((p) => p.id === means)) return `__p_${means}`;
  return `__t_${means}`;
}

/** Alias entries of a briefing: actors, topics, plans, its glossary, plus the generic lexicon. */
export function briefingAliases(b: Briefing, isWord: (form: string) => boolean = () => false): AliasEntry[] {
  const entries: AliasEntry[] = [];
  for (const a of b.actors) {
    for (const p of [a.id.replace(/-/g, ' '), ...actorNames(a)]) entries.push({ phrase: p, concepts: [`__a_${a.id}`], name: true });
  }
  // a word the glossary defines ("Zaporizhzhia": the region) means that in a question, even where a topic also goes by it
  const defined = new Set(b.glossary.flatMap((g) => g.forms.map((f) => f.toLowerCase())));
  for (const t of [...b.sections, ...b.stickingPoints]) {
    for (const p of [t.id.replace(/-/g, ' '), t.title.en, t.title.zh, ...t.aliases])
      if (!defined.has(p.toLowerCase())) entries.push({ phrase: p, concepts: [`__t_${t.id}`] });
  }
  for (const p of b.plans) {
    for (const ph of [p.name.en, p.name.zh, ...p.aliases]) entries.push({ phrase: ph, concepts: [`__p_${p.id}`] });
  }
  for (const g of b.glossary) {
    const concept = glossaryConcept(b, g.means, g.id);
    // a group written with capitals in English (Kyiv, Odesa, Mar-a-Lago) names a place or thing
    const latin = g.forms.filter((f) => /^[A-Za-z]/.test(f));
    const name = g.name ?? (concept.startsWith('__a_') || (latin.length > 0 && latin.every((f) => /^[A-Z]/.test(f))));
    for (const f of g.forms) entries.push({ phrase: f, concepts: [concept], ...(name ? { name: true } : {}) });
  }
  entries.push(...pairedShortNames(entries), ...initialisms(entries, isWord), ...headsOfParties(b), ...leadersMeetings(b));
  for (const [id, forms] of Object.entries(SYNONYMS)) for (const f of forms) entries.push({ phrase: f, concepts: [`__s_${id}`] });
  for (const [id, forms] of Object.entries(KIND_WORDS))
    for (const f of forms) entries.push({ phrase: f, concepts: [`__k_${id}`], soft: true });
  return entries;
}

/** "Kyiv's president", "基辅一把手": a party's leader named by any of the party's names (a name of one character aside). */
function headsOfParties(b: Briefing): AliasEntry[] {
  const out: AliasEntry[] = [];
  for (const a of b.actors) {
    const party = b.actors.find((p) => p.id === a.heads);
    if (!party) continue;
    const names = [
      ...actorNames(party),
      ...b.glossary
        .filter((g) => g.means === party.id)
        // (not a possessive or a people's name: "Russia's", "Americans")
        .flatMap((g) => g.forms.filter((f) => (/^[A-Z]/.test(f) && !/(?:['’]s|ns)$/.test(f)) || /^\p{Script=Han}{2,}$/u.test(f))),
    ];
    for (const name of new Set(names))
      for (const form of HEAD_OF_PARTY_FORMS)
        if (/\p{Script=Han}/u.test(form) === /\p{Script=Han}/u.test(name))
          out.push({ phrase: form.replace('{party}', name), concepts: [`__a_${a.id}`], name: true });
  }
  return out;
}

const LEADERS_MEETING_WORDS: ReadonlyArray<[string, string]> = [
  ['会晤', MEETING_CONCEPT],
  ['会谈', MEETING_CONCEPT],
  ['会面', MEETING_CONCEPT],
  ['会', MEETING_CONCEPT],
  ['通话', CALL_CONCEPT],
];

/** Chinese names a meeting or call of two leaders by their surnames' first characters: 特泽会 (Trump–Zelensky), 特普通话. */
function leadersMeetings(b: Briefing): AliasEntry[] {
  // (the surname comes last in a transliterated name: 唐纳德·特朗普 → 特)
  const initial = (zh: string) => zh.split('·').pop()![0]!;
  const leaders = b.actors.filter((a) => a.kind === 'person' && a.heads !== undefined && /^\p{Script=Han}/u.test(a.name.zh));
  const out: AliasEntry[] = [];
  for (const one of leaders)
    for (const other of leaders)
      if (one !== other && initial(one.name.zh) !== initial(other.name.zh))
        // (only before the meeting or call they name: two initials alone are too easily part of other words)
        for (const [word, concept] of LEADERS_MEETING_WORDS)
          out.push({
            phrase: `${initial(one.name.zh)}${initial(other.name.zh)}${word}`,
            concepts: [`__a_${one.id}`, `__a_${other.id}`, concept],
          });
  return out;
}

/**
 * Chinese joins the one-character short names of two parties ("俄乌" Russia and Ukraine, "美欧"):
 * such a pair stands for both.
 */
function pairedShortNames(entries: readonly AliasEntry[]): AliasEntry[] {
  const short = entries.filter((e) => /^\p{Script=Han}$/u.test(e.phrase) && e.concepts.every((c) => c.startsWith('__a_')));
  const out: AliasEntry[] = [];
  for (const a of short)
    for (const b of short)
      if (a.phrase !== b.phrase) out.push({ phrase: a.phrase + b.phrase, concepts: [...a.concepts, ...b.concepts], name: true });
  return out;
}

/** Words naming a body by its common name. */
const INSTITUTION =
  /\b(?:centre|center|council|committee|bank|department|ministry|agency|parliament|commission)\b|中心|委员会|银行|议会|部门|国务院|指挥部/giu;
/** "Which agency", "what outfit", "哪个部门": the question wants an organisation by name. */
const ORGANISATION_ASKED =
  /\b(?:which|what)\s+(?:[a-z]+\s+)?(?:agency|agencies|regulator|regulators|body|bodies|organi[sz]ations?|institutions?|outfit|company|companies|firm|pollster|polling firm|department|ministry|committee|outlets?|newspapers?|paper|broadcaster|channel|network)\b|哪(?:个|家|些|一个)?(?:部门|机构|组织|公司|单位|委员会|民调机构)|哪(?:个|家|些|一个)?\p{Script=Han}{0,4}?(?:媒体|报纸|报社|电视台|杂志|网站)/iu;
/** "Which outlet", "哪家媒体": the organisation asked is a newspaper, broadcaster or site, by name. */
const OUTLET_ASKED = /\b(?:outlets?|newspapers?|paper|broadcaster|channel|network|media)\b|媒体|报纸|报社|电视台|杂志|网站/iu;

/** "of the $800 billion", "8000亿里": the question asks for a part of a number it gives. */
const PART_OF_NUMBER =
  /\b(?:of|from|toward|towards|out of) (?:the |that |this |its |those |these )?[~≈]?(?:about |around |nearly |some )?[$€£]?\d|\d[^，,。？?\s]{0,8}(?:里|之中|当中|中的)|\d[^，,。？?\s]{0,12}(?:多少|几)/u;
/** "How many of the drones were shot down": a part of a counted whole is asked, not the whole. */
const SUBSET_ASKED = /\bhow many of (?:the|those|these|its|their)\b/i;

/** A town's name before one of these is its government ("the Kyiv authorities"), not a place. */
const GOVERNMENT = /^(?:['’]s)?\s+(?:authorities|government|leadership|regime|officials|leaders?|hand)\b/i;
const GOVERNMENT_ASKED = /\b(?:authorities|government|leadership|regime|officials)\b|当局|政府|领导层|官员/iu;

/**
 * Whether an item names a body by its common name ("a joint command centre", "联合指挥中心") that the question, read
 * against the item's text in its own language, does not use.
 */
function namesNewBody(item: BriefingItem, question: string): boolean {
  const text = /\p{Script=Han}/u.test(question) ? item.text.zh : item.text.en;
  const fold = (t: string) => t.toLowerCase().replace(/center/g, 'centre');
  const asked = fold(question);
  return [...text.matchAll(INSTITUTION)].some((m) => !asked.includes(fold(m[0])));
}

/** A phrase as whole words: not inside a longer word on either side. */
function wholeWords(phrase: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, flags);
}

/** Whether a phrase occurs in a text as whole words, ignoring case. */
function wordIn(phrase: string, text: string): boolean {
  return wholeWords(phrase, 'iu').test(text);
}

/** Words a title's initials skip: "Joint Chiefs of Staff" is JCS. */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for']);

/**
 * Names of three or more capitalised words go by their initials in quick typing ("jcs" for the Joint Chiefs of
 * Staff): each such name also answers to them, unless the initials spell a word or another name already.
 */
function initialisms(entries: readonly AliasEntry[], isWord: (form: string) => boolean): AliasEntry[] {
  const taken = new Set(entries.map((e) => e.phrase.toLowerCase()));
  const out = new Map<string, AliasEntry>();
  for (const e of entries) {
    const words = e.phrase.split(/\s+/).filter((w) => !INITIALS_SKIP.has(w));
    if (words.length < 3 || !words.every((w) => /^[A-Z][a-z]/.test(w))) continue;
    const initials = words.map((w) => w[0]!.toLowerCase()).join('');
    if (taken.has(initials) || isWord(initials)) continue;
    const seen = out.get(initials);
    // the same initials for two different things are no one's
    if (seen && seen.concepts.join() !== e.concepts.join()) out.set(initials, { ...seen, concepts: [] });
    else out.set(initials, { phrase: initials, concepts: e.concepts, ...(e.name ? { name: true } : {}) });
  }
  return [...out.values()].filter((e) => e.concepts.length > 0);
}

/** Words two items stating the same small count must share to be one fact ("two calls" twice, not "two circles"). */
const SHARED_WORDS = 2;

/** Number and date tokens an item states, years aside: what makes two items the same datum. */
function datumTokens(form: string): Set<string> {
  return new Set(form.split(' ').filter((w) => /^__(?:n(?!(?:19|20)\d\d$)|d|m)/.test(w)));
}

/** What a question asks that every candidate's type fit reads (computed once per question). */
interface QuestionFacts {
  /** Glossary places the question names. */
  askedPlaces: ReadonlySet<string>;
  /** A clause or a share asked for (see datum.ts askedForm). */
  askedForm: ReturnType<typeof askedForm>;
  /** How many places it asks for ("which four provinces"). */
  placesAsked: number | undefined;
  /** Whether it asks a person by post ("which head of state"). */
  personNoun: boolean;
  /** Whether it asks for the post a person holds ("what post did he hold", 什么职务). */
  postAsked: boolean;
}

interface Candidate {
  hit: TermHit;
  item: BriefingItem;
  coverage: number;
}

/** Items analysed (or indexed, four times as many) between two yields of a stepwise build. */
const BUILD_SLICE = 24;
/** Two words are of one family when they share a beginning this long, and this share of the shorter one. */
const RELATED_MIN = 6;
const RELATED_SHARE = 0.75;

class Engine implements QaEngine {
  analyzer!: Analyzer;
  private items!: BriefingItem[];
  private search!: MiniSearch<Doc>;
  private termSearch!: TermSearch;
  private readonly df = new Map<string, number>();
  private readonly actors = new Map<string, Actor>();
  /** Each risk's place in the briefing's list. */
  private readonly riskRanks = new Map<string, number>();
  private readonly topicTitles = new Map<string, LocalizedText>();
  private sectionConcepts!: Set<string>;
  private answerContext!: AnswerContext;
  private foreign!: ForeignEntities;
  private countryCodes!: ReadonlySet<string>;
  private itemForms!: Array<LocalizedText>;
  /** Whether an item's own text (not its label: "20-point plan: …") states a number. */
  private itemStatesNumber!: boolean[];
  /** Whether an item speaks of before the war and not of now ("Ukraine's population before the war"). */
  private itemPrewarOnly!: boolean[];
  private vocabulary!: string;
  /** How many people each item names (by index): "who was in the delegation" wants the item listing them. */
  private readonly peopleNamed: number[] = [];
  /** The people and parties each item names (by index), as concepts. */
  private readonly actorsNamed: Array<Set<string>> = [];
  /** The glossary's places, each with its kind and forms. */
  private glossaryPlaces: Array<{ kind: string; forms: string[] }> = [];
  private placeConcepts: ReadonlySet<string> = new Set();
  /** Per item, the places it names that a glossary marks as names (Florida, Odesa, Mar-a-Lago). */
  private readonly placesNamed: Array<Set<string>> = [];
  /** Per item, the plans its text names (a position "as set out in its 20-point plan" is about that plan). */
  private readonly plansNamed: Array<Set<string>> = [];
  /** Concepts of the people among the actors. */
  private personConcepts!: Set<string>;
  /** Concepts of the organisations, blocs and outlets among the actors. */
  private organisations!: Set<string>;
  /** Concepts of the states among the actors. */
  private states!: Set<string>;
  private stateForms!: Map<string, string[]>;
  /** Concepts of the states, blocs and organisations among the actors. */
  private parties!: Set<string>;
  private asked!: AskedEntities;
  /** Names and glossary forms written in Chinese, for spotting variants of known transliterations. */
  private hanNames!: string[];
  /** Chinese aliases long enough to recognise with one character mistyped (see hanTyposMended). */
  private typoNames!: string[];
  private readonly hanAliases: AliasEntry[] = [];
  private thesaurus!: Thesaurus;
  private glossary!: ChineseGlosses;
  /** Chinese words of the items as segmented (not the bigrams across word boundaries the index also holds). */
  private readonly hanWords = new Set<string>();
  private latinWords?: string[];

  constructor(
    private readonly briefing: Briefing,
    readonly thresholds: QaThresholds,
    private readonly tuning: QaTuning,
    stepwise = false,
  ) {
    if (stepwise) return;
    const steps = this.build(briefing, tuning);
    while (!steps.next().done) {
      // built in one pass
    }
  }

  /**
   * Builds the index a slice of items at a time, yielding between slices, so a caller that awaits between them
   * (a reload while commands are answered) never holds the event loop for a whole build.
   */
  *build(briefing: Briefing, tuning: QaTuning): Generator<void, void> {
    this.thesaurus = englishThesaurus();
    this.glossaryPlaces = briefing.glossary.flatMap((g) => (g.place ? [{ kind: g.place, forms: g.forms }] : []));
    this.placeConcepts = new Set(briefing.glossary.flatMap((g) => (g.place ? [`__g_${g.id}`] : [])));
    const aliases = briefingAliases(briefing, (form) => this.thesaurus.knows(form));
    this.analyzer = new Analyzer(aliases);
    this.glossary = chineseGlosses();
    this.items = briefingItems(briefing);
    for (const r of briefing.risks) this.riskRanks.set(r.id, r.rank);
    const speakerForms = new Map<string, { en: string[]; zh: string[] }>();
    for (const a of briefing.actors) {
      this.actors.set(a.id, a);
      const forms = actorNames(a)
        .map(matchForm)
        .filter((s) => s !== '');
      speakerForms.set(a.id, { en: forms.filter((s) => !/\p{Script=Han}/u.test(s)), zh: forms.filter((s) => /\p{Script=Han}/u.test(s)) });
    }
    for (const t of [...briefing.sections, ...briefing.stickingPoints]) this.topicTitles.set(t.id, t.title);
    this.sectionConcepts = new Set(briefing.sections.map((t) => `__t_${t.id}`));
    this.answerContext = answerContext(briefing, speakerForms);
    // what each answer states (an event's date, a figure's measure): indexed, and compared for duplicates
    const shownTexts: LocalizedText[] = [];
    for (const item of this.items) {
      const shown = { en: answerText(this.answerContext, item, 'en'), zh: answerText(this.answerContext, item, 'zh') };
      shownTexts.push(shown);
      if (shownTexts.length % BUILD_SLICE === 0) yield;
    }
    this.itemForms = shownTexts.map((t) => ({ en: matchForm(t.en), zh: matchForm(t.zh) }));
    this.itemStatesNumber = this.items.map((i) => statesNumber(matchForm(i.text.en)));
    this.itemPrewarOnly = this.items.map((i) => PREWAR.test(i.text.en) && !NOW.test(i.text.en));
    this.vocabulary = ` ${[...this.items.flatMap((i) => [i.text.en, i.text.zh, ...i.keywords]), ...aliases.map((a) => a.phrase)]
      .map((x) => x.normalize('NFKC').toLowerCase())
      .join(' \n ')} `;
    // Checking every country name against the vocabulary is the build's longest stretch: it yields too.
    const unknownCountries: string[] = [];
    for (const [i, name] of COUNTRY_NAMES.entries()) {
      if (!this.knows(name)) unknownCountries.push(name);
      if (i % (BUILD_SLICE * 4) === BUILD_SLICE * 4 - 1) yield;
    }
    this.foreign = new ForeignEntities(unknownCountries);
    this.countryCodes = knownCountryCodes((n) => this.knows(n));
    this.parties = new Set(briefing.actors.filter((a) => a.kind !== 'person').map((a) => `__a_${a.id}`));
    this.asked = new AskedEntities({
      actors: briefing.actors,
      analyzer: this.analyzer,
      nameWords: new Set([...speakerForms.values()].flatMap((f) => [...f.en, ...f.zh]).flatMap((n) => n.split(' '))),
      generic: GENERIC,
    });
    for (const a of aliases) {
      if (/^\p{Script=Han}{2}$/u.test(a.phrase)) this.hanAliases.push(a);
    }
    this.hanNames = [...new Set(aliases.map((a) => a.phrase).filter((p) => /^\p{Script=Han}{2,}$/u.test(p)))].sort(
      (a, b) => b.length - a.length,
    );
    // (transliterated names of four characters or more: shorter words, and names made of words (总统特使), one character apart
    // are too often other words: 差多少 / 律多少, 总统特别代表)
    const names = new Set(aliases.filter((a) => a.name === true).map((a) => a.phrase));
    this.typoNames = this.hanNames.filter((p) => p.length >= 4 && names.has(p) && transliterated(p));

    // keywords repeat across items (plan names on every provision): analyse each once
    const kwCache = new Map<string, string[]>();
    const keywordTerms = (k: string) => {
      let terms = kwCache.get(k);
      if (!terms) kwCache.set(k, (terms = this.analyzer.analyze(k).indexTerms));
      return terms;
    };
    this.personConcepts = new Set(briefing.actors.filter((a) => a.kind === 'person').map((a) => `__a_${a.id}`));
    const states = briefing.actors.filter((a) => a.kind === 'state');
    this.states = new Set(states.map((a) => `__a_${a.id}`));
    // a state's words inside another name ("the Russian central bank", 俄央行) name it too
    this.stateForms = new Map(
      states.map((a) => [
        `__a_${a.id}`,
        [a.name.en, a.name.zh, ...a.aliases, ...briefing.glossary.filter((g) => g.means === a.id).flatMap((g) => g.forms)],
      ]),
    );
    this.organisations = new Set(
      briefing.actors.filter((a) => a.kind === 'organisation' || a.kind === 'bloc' || a.kind === 'media').map((a) => `__a_${a.id}`),
    );
    const docs: Doc[] = [];
    const percentFigures = new Set(briefing.figures.filter((f) => f.unit && /percent|%/i.test(f.unit.en)).map((f) => f.id));
    for (const [id, item] of this.items.entries()) {
      const terms = (text: string) => this.analyzer.analyze(text).indexTerms;
      const zhTerms = (text: string) => {
        const a = this.analyzer.analyze(text);
        for (const u of a.units) if (u.kind === 'cjk') this.hanWords.add(u.surface);
        return a.indexTerms;
      };
      const ctx: string[] = item.topics.map((t) => `__t_${t}`);
      const kind = KIND_CONCEPT[item.kind];
      if (kind) ctx.push(`__k_${kind}`);
      if (item.plan) ctx.push(`__p_${item.plan}`);
      // "what share…", "百分之几": a figure measured in percent is a share even where its words say "rating" or "36%"
      if (percentFigures.has(item.id)) ctx.push(PERCENT_CONCEPT);
      const speaker = item.kind === 'actor' ? item.id.replace(/^actor-/, '') : item.by;
      if (speaker) {
        ctx.push(`__a_${speaker}`);
        const a = this.actors.get(speaker);
        if (a?.affiliation) ctx.push(`__a_${a.affiliation}`);
        if (a?.delegation && a.delegation !== a.affiliation) ctx.push(`__a_${a.delegation}`);
      }
      const doc: Doc = {
        id,
        en: terms(shownTexts[id]!.en).join(' '),
        zh: zhTerms(shownTexts[id]!.zh).join(' '),
        kw: item.keywords.flatMap(keywordTerms).join(' '),
        ctx: [...ctx, ...riskRankWords(this.riskRanks.get(item.id), this.riskRanks.size).flatMap(keywordTerms)].join(' '),
      };
      const seen = new Set(`${doc.en} ${doc.zh} ${doc.kw} ${doc.ctx}`.split(' ').filter(Boolean));
      for (const t of seen) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      const named = new Set(`${doc.en} ${doc.zh}`.split(' ').filter((t) => this.personConcepts.has(t) || this.parties.has(t)));
      this.actorsNamed.push(named);
      this.placesNamed.push(
        new Set(`${doc.en} ${doc.zh}`.split(' ').filter((t) => t.startsWith('__g_') && this.analyzer.nameConcepts.has(t))),
      );
      this.peopleNamed.push([...named].filter((t) => this.personConcepts.has(t)).length);
      this.plansNamed.push(new Set(`${doc.en} ${doc.zh}`.split(' ').filter((t) => t.startsWith('__p_'))));
      docs.push(doc);
      if (docs.length % BUILD_SLICE === 0) yield;
    }

    this.search = new MiniSearch<Doc>({
      fields: ['en', 'zh', 'kw', 'ctx'],
      tokenize: (s) => s.split(' ').filter(Boolean),
      processTerm: (t) => t,
      searchOptions: { boost: { ...tuning.boost }, bm25: { ...tuning.bm25 } },
    });
    for (let i = 0; i < docs.length; i += BUILD_SLICE * 4) {
      this.search.addAll(docs.slice(i, i + BUILD_SLICE * 4));
      yield;
    }
    this.termSearch = new TermSearch(this.search, { fuzzy: 0.5, prefix: 0.4 });
  }

  /** Whether the briefing's text or vocabulary contains a name (normalised, whole words for Latin). */
  // remembered: the transliteration check asks it about every stretch of a Chinese question
  private readonly knows = remembering((name: string): boolean => {
    // a plain substring test first: most names are nowhere in the text, and the word-boundary pattern is slow
    if (!this.vocabulary.includes(name)) return false;
    if (/\p{Script=Han}/u.test(name)) return true;
    return wholeWords(name, 'u').test(this.vocabulary);
  });

  private idf(term: string): number {
    const n = this.items.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Weight of a unit: the rarity of its rarest known term; words the briefing never uses weigh little. */
  private unitWeight(u: Unit, asked = false): number {
    let w = 0;
    let known = false;
    // a Chinese group the briefing lacks as a whole ("回答应") weighs what its known bigrams weigh, not the rarest possible word
    // a two-character group the items hold only across a word boundary ("要花" in "需要花费") is not a word they use
    const straddles = u.kind === 'cjk' && [...u.surface].length === 2 && !this.hanWords.has(u.surface);
    for (const t of u.terms) {
      // a translation makes a word findable, not a word of the briefing: it keeps an unknown word's weight
      if (!this.df.has(t) || straddles || u.via?.includes(t)) continue;
      known = true;
      w = Math.max(w, this.idf(t));
    }
    if (!known) w = Math.max(...u.terms.map((t) => this.idf(t)));
    // filler ("wait", "rn", "来着") says nothing about the subject, even where the briefing happens to use the word
    if ((u.kind === 'word' || u.kind === 'cjk') && (FILLER.has(u.terms[0]!) || FILLER.has(u.surface))) return 0;
    if (u.kind === 'cjk' && onlyGlue(u.surface)) return 0;
    if (!known && u.kind === 'word')
      return GENERIC.has(u.surface) || this.misspeltStopword(u.surface.toLowerCase())
        ? GENERIC_WEIGHT / 2
        : !asked && this.thesaurus.knows(u.terms[0]!)
          ? COMMON_WORD_WEIGHT
          : UNKNOWN_WORD_WEIGHT;
    if (!known && u.kind === 'cjk') {
      const partsKnown = straddles ? 0 : (u.parts ?? []).filter((p) => this.df.has(p)).length;
      if (FILLER.has(u.surface)) return 0;
      // a lone unknown character is mostly colloquial glue ("碰的头" = met)
      if (partsKnown === 0)
        return (
          UNKNOWN_HAN_WEIGHT *
          ([...u.surface].length === 1 ? SINGLE_HAN_WEIGHT : !asked && isDictionaryWord(u.surface) ? COMMON_HAN_FACTOR : 1)
        );
    }
    // names, topics and synonym groups carry the subject; a plain word rare in one briefing may still be an everyday word
    if (u.kind === 'word') w *= this.tuning.wordFactor;
    if (u.kind === 'cjk') w *= this.tuning.hanFactor;
    // an everyday word the briefing happens to use once ("拿到", "operate") is no rarer in questions for that
    if (!asked && ((u.kind === 'cjk' && isDictionaryWord(u.surface)) || (u.kind === 'word' && this.thesaurus.knows(u.terms[0]!))))
      w = Math.min(w, EVERYDAY_WORD_CAP);
    // (a stop word that names a synonym group, "来说" for 而言, links the items but is no subject)
    if (
      (u.kind === 'word' ||
        u.kind === 'cjk' ||
        (u.kind === 'concept' && HAN.test(u.surface) && u.terms.every((t) => t.startsWith('__s_')))) &&
      GENERIC.has(u.surface)
    )
      w = Math.min(w, GENERIC_WEIGHT);
    if (u.kind === 'concept' && u.terms.every((t) => this.sectionConcepts.has(t))) w *= SECTION_CONCEPT_WEIGHT;
    // "what percentage…" names the kind of datum asked for, not a subject: the items that say "percentage" are not the answer
    if (u.kind === 'concept' && u.terms.includes(PERCENT_CONCEPT)) w *= PERCENT_WEIGHT;
    // "two leaders", "两位": small numbers in a question are mostly counts of things, not the data asked about
    if (u.kind === 'number' && /^__n\d$/.test(u.terms[0]!)) w *= SINGLE_HAN_WEIGHT;
    // a lone Chinese character ("离", "人") says little on its own
    if (u.kind === 'cjk' && [...u.surface].length === 1) w *= SINGLE_HAN_WEIGHT;
    return w;
  }

  /** How much of a unit an item contains, 0..1. */
  private static found(u: Unit, matched: ReadonlySet<string>): number {
    // (plain loops: this runs for every unit of every candidate)
    const translated = u.via !== undefined && countIn(u.via, matched) > 0 ? SYNONYM_FOUND : 0;
    if (u.kind === 'cjk' && u.parts && u.parts.length > 1) {
      for (const t of u.terms) if (matched.has(t) && !u.parts.includes(t) && !u.via?.includes(t)) return 1;
      return Math.max(translated, countIn(u.parts, matched) / u.parts.length);
    }
    if (u.kind === 'cjk' && u.via) {
      for (const t of u.terms) if (matched.has(t) && !u.via.includes(t)) return 1;
      return translated;
    }
    if (u.kind === 'concept' && u.terms.length > 1) {
      // "Kyiv" is the city and, by metonymy, Ukraine: an item naming only Ukraine matches it less
      const hits = countIn(u.terms, matched);
      return hits === 0 ? 0 : 0.5 + (0.5 * hits) / u.terms.length;
    }
    // a word found only through a synonym or a word of its family is found less surely than as written
    if (u.kind === 'word' && u.terms.length > 1 && !matched.has(u.terms[0]!)) return countIn(u.terms, matched) > 0 ? SYNONYM_FOUND : 0;
    return countIn(u.terms, matched) > 0 ? 1 : 0;
  }

  private coverage(units: Unit[], weights: number[], hit: TermHit): number {
    const matched = matchedTerms(hit);
    let total = 0;
    let got = 0;
    units.forEach((u, i) => {
      const w = weights[i]!;
      total += w;
      got += w * Engine.found(u, matched);
    });
    return total === 0 ? 0 : got / total;
  }

  /**
   * A dictionary word of the question ("光合作用", photosynthesis) stays whole rather than give up a synonym's word inside it
   * ("合作"), unless the briefing writes it (its index holds the parts) or its meaning has that synonym ("重建家园", rebuild
   * one's home). A phrase the dictionary lacks ("这篇文章", "多少钱") is split as before.
   */
  private readonly wordKept = (word: string, concepts: readonly string[]): boolean => {
    if (this.knows(word)) return false;
    const gloss = this.glossary.glosses(word);
    if (gloss === '') return false;
    const meant = new Set(this.analyzer.analyze(gloss).units.flatMap((u) => u.terms));
    return !concepts.some((c) => meant.has(c));
  };

  private runQuery(question: string) {
    const { units } = this.analyzer.analyze(question, this.wordKept);
    // "According to Germany": a stop word whose stem happens to be a synonym ("accord") is still a stop word, and so is
    // one that spells a name only in lower case ("how well…" is not Wiles, whom the source misspells "Wells")
    for (const u of units) {
      if (u.kind !== 'concept' || !GENERIC.has(u.surface) || !/^[a-z]+$/.test(u.surface)) continue;
      const name = u.surface.length >= 4 && u.terms.every((t) => this.analyzer.nameConcepts.has(t));
      const written = name ? `${u.surface[0]!.toUpperCase()}${u.surface.slice(1)}` : u.surface;
      if (!new RegExp(`\\b${written}s?\\b`, name ? '' : 'i').test(question)) {
        u.kind = 'word';
        u.terms = [u.surface];
      }
    }
    // "his calls w putin": the plural noun is the phone calls ("call" alone is a stop word: "what did they call it")
    if (CALLS_NOUN.test(question) && !units.some((u) => u.terms.includes(CALL_CONCEPT)))
      units.push({ kind: 'concept', terms: [CALL_CONCEPT], surface: 'calls' });
    // "27号": a day of the month without its month is any date the briefing has on that day
    const days = daysOfMonth(question);
    if (days.size > 0) {
      for (const u of units)
        if (u.kind === 'number' && days.has(u.terms[0]!))
          u.terms.push(...this.dayTokens().filter((t) => t.endsWith(u.terms[0]!.slice(3).padStart(2, '0'))));
      for (let i = units.length - 1; i >= 0; i--) if (units[i]!.kind === 'cjk' && /^[号日]$/u.test(units[i]!.surface)) units.splice(i, 1);
    }
    // a misspelt name the index does not know ("hegseht") becomes the name's concept,
    for (const u of units) {
      if (u.kind !== 'word' || this.df.has(u.terms[0]!)) continue;
      // a misspelt stop word ("actualy") is filler, not a word to look up; a real word near one ("beginning", "begin") is not
      if (this.misspeltStopword(u.terms[0]!)) continue;
      // and a name cut short ("zel") becomes it too, unless the clipping is an English word ("put", "tru")
      // (a short English word is no name missing a letter: "cane" is not Caine)
      const word = u.terms[0]!;
      const known = this.thesaurus.knows(word);
      const concepts =
        (word.length <= 4 && known ? undefined : known ? this.analyzer.fuzzyKnownConcepts(word) : this.analyzer.fuzzyConcepts(word)) ??
        (known ? undefined : this.analyzer.clippedConcepts(word));
      if (concepts) {
        u.kind = 'concept';
        u.terms = concepts;
        continue;
      }
      // "meetng", "aritcle": a typo of a word the briefing uses is that word (a real word is not a typo)
      const mended = this.thesaurus.knows(u.terms[0]!) ? undefined : this.typos().mend(u.terms[0]!);
      if (mended) {
        u.terms = [mended];
        continue;
      }
      // "truce" where the briefing says "ceasefire": the unit is found by the briefing's own word
      const synonyms = this.briefingSynonyms(u.terms[0]!);
      u.terms.push(...synonyms);
      if (synonyms.length > 0) u.synonyms = synonyms;
    }
    this.placeNamesMeeting(units, question);
    // "草案" where the briefing says "方案" or "plan": the unit is found through its English glosses
    for (const u of units) {
      // (filler has no meaning to look for: 一共 is not "completely")
      if (u.kind !== 'cjk' || [...u.surface].length < 2 || this.hanWords.has(u.surface) || FILLER.has(u.surface)) continue;
      let via = this.translations(u.surface).filter((t) => !u.terms.includes(t));
      // "美债" (US debt), "俄企": a party's one-character name joined to a word is that party and that word; so is one after
      // a character of chat ("完俄" in "会谈完俄那边"), but a word of the dictionary is that word ("沼泽" is a swamp, not Zelensky)
      const chars = [...u.surface];
      const at =
        via.length > 0 || chars.length !== 2 || isDictionaryWord(u.surface) ? -1 : chars.findIndex((c) => this.analyzer.shortName(c));
      if (at >= 0) via = [...this.analyzer.shortName(chars[at]!)!, ...this.wordsWith(chars[1 - at]!)];
      if (via.length === 0 && chars.length === 2 && !this.df.has(u.surface) && !isDictionaryWord(u.surface) && !FILLER.has(u.surface))
        via = chars.flatMap((c) => {
          const w = this.wordsWith(c);
          return w.length === 1 ? w : [];
        });
      if (via.length === 0) continue;
      u.via = via;
      u.terms.push(...via);
    }
    // English names what is asked after a possessive ("Zelensky's wife", "the minister's hometown")
    const owned = new Set([...question.toLowerCase().matchAll(/['’]s\s+([a-z]+)/g)].map((m) => matchForm(m[1]!)).filter((f) => f !== ''));
    // ("putin's threat": a threat someone makes is the thing asked, a word to find, not the briefing's list of risks)
    for (const u of units)
      if (u.kind === 'kind' && u.terms.includes(RISK_KIND) && owned.has(matchForm(u.surface))) {
        u.kind = 'word';
        u.terms = [matchForm(u.surface)];
      }
    const informative = units.filter((u) => u.kind !== 'kind');
    // Chinese puts what is asked last ("总装机容量是多少"): that word keeps its full weight even when it is everyday vocabulary
    const head = informative.findLast((u) => u.kind === 'cjk');
    // (so does Chinese after 的: "马克龙的夫人", "会晤的午餐")
    const ownedHan = (u: Unit) => u.kind === 'cjk' && [...u.surface].length >= 2 && question.includes(`的${u.surface}`);
    const possessed = new Set(informative.filter((u) => (u.kind === 'word' && owned.has(u.terms[0]!)) || ownedHan(u)));
    const weights = informative.map((u) => this.unitWeight(u, u === head || possessed.has(u)));

    const termInfo = new Map<string, { fuzzy: number | false; prefix: boolean; boost: number }>();
    for (const u of units) {
      for (const t of u.terms) {
        if (termInfo.has(t)) continue;
        if (u.kind === 'word' && !t.startsWith('__')) {
          // words the index has match exactly (fuzzy search is what makes long questions slow); others may be typos
          const known = this.df.has(t);
          termInfo.set(t, {
            fuzzy: known ? false : t.length >= 9 ? 2 : t.length >= 5 ? 1 : false,
            prefix: !known && t.length >= 4,
            boost: FILLER.has(t) ? 0.2 : 1,
          });
        } else if (u.kind === 'cjk') {
          termInfo.set(t, { fuzzy: false, prefix: false, boost: u.parts && u.parts.length > 1 && u.parts.includes(t) ? 0.5 : 1 });
        } else if (u.kind === 'kind') {
          termInfo.set(t, { fuzzy: false, prefix: false, boost: 0.6 });
        } else {
          // concept and number tokens: exact only ("__n800" must never match "__n800000")
          termInfo.set(t, { fuzzy: false, prefix: false, boost: t.startsWith('__') ? 1.3 : 1 });
        }
      }
    }
    const hits = this.termSearch.search([...termInfo.keys()], (t) => termInfo.get(t)!);
    return { units, informative, weights, hits, possessed };
  }

  /**
   * "the Mar-a-Lago meeting", "海湖庄园会晤": a place naming the meeting is the meeting, found in every item about it
   * ("published ahead of the talks"), not a second thing the item must mention.
   */
  private placeNamesMeeting(units: Unit[], question: string): void {
    const form = matchForm(question);
    for (let i = units.length - 2; i >= 0; i--) {
      const place = units[i]!;
      const meeting = units[i + 1]!;
      if (place.kind !== 'concept' || !place.terms.every((t) => this.placeConcepts.has(t)) || !meeting.terms.includes(MEETING_CONCEPT))
        continue;
      // only as the time or scene of something else ("before the Mar-a-Lago meeting", 海湖庄园会晤前): "how long did the
      // Mar-a-Lago meeting last" asks about that meeting, not about the phone calls "around the meeting"
      // (the form is stemmed: "befor", "sinc", "dur", "follow")
      const en = new RegExp(
        `\\b(?:befor|after|ahead of|prior to|sinc|until|dur|around|at|follow) (?:the |this |that )?${place.surface} ${meeting.surface}`,
      );
      const zh = new RegExp(`${place.surface}${meeting.surface}(?:之?前|之?后|期间|前夕|上)`, 'u');
      if (!en.test(form) && !zh.test(form)) continue;
      // (a new unit: the analyser's units are shared between questions)
      units.splice(i, 2, { ...meeting, terms: [...meeting.terms, ...place.terms] });
    }
  }

  /** Whether a candidate states the kind of datum the question asks for (see datum.ts). */
  private statesDatum(c: Candidate, types: QuestionType[], question: string, lang: Lang): boolean {
    const id = c.hit.id as number;
    return carriesDatum(
      this.answerContext,
      c.item,
      this.itemForms[id]![lang],
      types,
      question,
      c.coverage,
      this.itemStatesNumber[id] === true,
    );
  }

  /** The words and concepts of a figure's unit ("drones", "架无人机"), read once per figure. */
  private readonly unitTerms = remembering((figureId: string): string[] => {
    const unit = this.answerContext.figures.get(figureId)?.unit;
    if (unit === undefined) return [];
    return [unit.en, unit.zh].flatMap((t) => [...matchForm(t).split(' '), ...this.analyzer.analyze(t).units.flatMap((u) => u.terms)]);
  });

  /** The general concepts a figure measures ("Ukraine's population" → population), for a count asked by another noun. */
  private readonly measuredConcepts = remembering((figureId: string): Set<string> => {
    const figure = this.answerContext.figures.get(figureId);
    // a length of time or a share measured for a thing does not count that thing ("licence term of Unit 1" counts no
    // units, an approval rating no polls)
    const unit = figure?.unit?.en ?? '';
    if (figure === undefined || DURATION_UNIT.test(unit) || /%|percent/.test(unit)) return new Set();
    const { measures } = figure;
    return new Set(
      [measures.en, measures.zh].flatMap((t) => this.analyzer.analyze(t).units.flatMap((u) => u.terms.filter((x) => x.startsWith('__s_')))),
    );
  });

  private days?: string[];
  /** The calendar days the briefing's items state (`__d1227`), for a day of the month asked without its month. */
  private dayTokens(): string[] {
    this.days ??= [...this.df.keys()].filter((t) => /^__d\d{3,4}$/.test(t));
    return this.days;
  }

  private typoMender?: TypoMender;
  /** The typo mender over the briefing's English words, built on first use (after the index exists). */
  private homophoneMender?: HomophoneMender;
  /** "海胡庄园" → 海湖庄园: built on first use, from the words the index holds and the aliases. */
  private homophones(): HomophoneMender {
    this.homophoneMender ??= new HomophoneMender([...this.hanWords, ...this.hanNames]);
    return this.homophoneMender;
  }

  private typos(): TypoMender {
    this.typoMender ??= new TypoMender(
      this.items.map((i) => i.text.en),
      (stem) => this.df.has(stem),
    );
    return this.typoMender;
  }

  /** "acording": one edit from a long stop word and no English word itself ("letter" is not "better"). */
  private misspeltStopword(form: string): boolean {
    return nearStopword(form) && !this.thesaurus.knows(form);
  }

  /** The briefing's two-character words and aliases containing a character ("债" → 国债, debt), when few enough to mean it. */
  private readonly wordsWith = remembering((char: string): string[] => {
    const words = [...this.hanWords].filter((w) => w.length === 2 && w.includes(char));
    const concepts = new Set(this.hanAliases.filter((a) => a.phrase.includes(char)).flatMap((a) => a.concepts));
    const found = [...words, ...concepts];
    return found.length <= 3 ? found : [];
  });

  /** English words the briefing never uses → its words sharing a main sense or a family with them. */
  // (a synonym that is a name's word is no synonym here: "best" (to defeat) is not Trump)
  private readonly briefingSynonyms = remembering((form: string): string[] => [
    ...new Set(
      [...this.thesaurus.synonyms(form).filter((s) => this.df.has(s)), ...this.relatedForms(form)].filter(
        (s) => !this.analyzer.nameWords.has(s),
      ),
    ),
  ]);

  /** A Chinese word's English glosses as the briefing's own terms (words and concepts it uses). */
  private readonly translations = remembering((word: string): string[] => {
    const glosses = this.glossary.glosses(word);
    if (glosses === '') return [];
    // each sense's concepts, and of its plain words only the last ("high speed rail" is a rail, not something high)
    // unless the briefing uses the whole phrase ("national security")
    const terms = glosses
      .split('; ')
      .flatMap((sense) => {
        const units = this.analyzer.analyze(sense).units.filter((u) => u.kind === 'word' || u.kind === 'concept');
        const phrase = this.knows(sense.normalize('NFKC').toLowerCase());
        return units.filter((u, i) => phrase || u.kind === 'concept' || i === units.length - 1);
      })
      .flatMap((u) =>
        // a gloss word the briefing lacks reaches it as an English word would ("指挥": command → commander)
        u.kind === 'word' && !this.df.has(u.terms[0]!) && !GENERIC.has(u.terms[0]!)
          ? [...u.terms, ...this.briefingSynonyms(u.terms[0]!)]
          : u.terms,
      )
      .filter((t) => this.df.has(t) && !t.startsWith('__t_') && !GENERIC.has(t));
    return [...new Set(terms)];
  });

  /**
   * Briefing words of the same family as an unknown word, by a long shared beginning: "secretariat" and
   * "secretary", "negotiator" and "negotiation", "territorial" and "territory".
   */
  private relatedForms(form: string): string[] {
    if (form.length < RELATED_MIN || !/^[a-z]+$/.test(form)) return [];
    this.latinWords ??= [...this.df.keys()].filter((t) => /^[a-z]+$/.test(t) && t.length >= RELATED_MIN);
    return this.latinWords.filter((w) => {
      let common = 0;
      while (common < w.length && w[common] === form[common]) common++;
      return common >= RELATED_MIN && common >= RELATED_SHARE * Math.min(w.length, form.length);
    });
  }

  /** How well an item carries the kind of datum asked for (a date for "when", a number for "how many"). */
  private typeFit(
    id: number,
    question: string,
    form: string,
    types: QuestionType[],
    namesCovered: boolean,
    { askedPlaces, askedForm: asked, placesAsked, personNoun, postAsked }: QuestionFacts,
  ): number {
    const item = this.items[id]!;
    // the briefing's "the source gives no number" answers a question about that number better than the statement missing it
    const withheld = isWithheld(this.answerContext, item);
    let fit = 0;
    const hasDate = item.kind === 'event' || /__d\d|__m\d/.test(form);
    const hasNumber = statesNumber(form);
    for (const t of types) {
      if (t === 'when') fit += hasDate ? (item.kind === 'event' ? 0.2 : item.nature === 'analysis' ? 0.04 : 0.12) : -TYPE_MISS_PENALTY;
      if (t === 'number' && asked && !withheld && !statesForm(item, asked)) fit -= TYPE_MISS_PENALTY;
      else if (t === 'number' && asked === 'article') fit += NUMBER_FIGURE_FIT;
      else if (t === 'number')
        fit +=
          item.kind === 'figure'
            ? // ("how long": a figure that measures no length of time is not the number asked for)
              namesCovered && !(types.includes('duration') && !DURATION_UNIT.test(form))
              ? NUMBER_FIGURE_FIT + (withheld ? WITHHELD_FIT : 0)
              : 0
            : hasNumber
              ? 0.08
              : -TYPE_MISS_PENALTY;
      if (t === 'duration') fit += DURATION_UNIT.test(form) ? 0.15 : -TYPE_MISS_PENALTY;
      // "how many calls" asks a count: a figure measuring how long is another number
      if (t === 'number' && !types.includes('duration') && HOW_MANY.test(question) && item.kind === 'figure' && DURATION_UNIT.test(form))
        fit -= TYPE_MISS_PENALTY;
      // "Mar-a-Lago is in which state": a place the question does not name already (Florida) is where the answer is
      if (t === 'where')
        fit +=
          askedPlaces.size > 0 && [...this.placesNamed[id]!].some((p) => !askedPlaces.has(p))
            ? PLACE_FIT + NAMED_PLACE_FIT
            : PLACE.test(item.text.en)
              ? PLACE_FIT
              : -TYPE_MISS_PENALTY;
      // ("which head of state…" asks for a person: a state's or bloc's profile is not one)
      const partyForPerson = item.kind === 'actor' && !this.personProfile(item) && personNoun;
      if (t === 'who' && (item.kind === 'actor' || item.by !== undefined))
        fit += partyForPerson ? -TYPE_MISS_PENALTY : item.kind === 'actor' ? 0.06 : 0.03;
      if (t === 'who' && PLURAL_WHO.test(question) && (this.peopleNamed[id] ?? 0) >= 3) fit += LIST_FIT;
      // "what percentage did Zelensky claim" asks for the number he gave, not for his statement
      const saidOnly = t === 'said' && !types.includes('number');
      if (saidOnly && (item.kind === 'position' || item.nature === 'claim')) fit += 0.08;
      // a reaction or a view is a statement, not a bare number
      if (saidOnly && item.kind === 'figure') fit -= TYPE_MISS_PENALTY;
      if (t === 'label' && quotesNew(`${item.text.en} ${item.text.zh}`, question)) fit += LABEL_QUOTE_FIT;
    }
    // "小泽想要啥样的安保": a number the source withholds answers only a question asking for a number
    if (withheld && !types.some((t) => t === 'number' || t === 'duration' || t === 'yesno')) fit -= TYPE_MISS_PENALTY;
    // "which four provinces", "哪四个州": an item naming that many places is the list asked for, one naming none is not
    if (placesAsked !== undefined) {
      const named = placesNamedIn(item.text.en).length;
      fit += named === placesAsked ? LIST_FIT : named === 0 ? -SUMMARY_PENALTY : 0;
    }
    // profiles and plan summaries mention a bit of everything: they answer "who is" and "what is the plan", not details
    const detail = types.some((t) => t === 'when' || t === 'number' || t === 'where' || t === 'why');
    if (item.kind === 'actor' && (detail || types.includes('said')) && !types.includes('who') && !postAsked) fit -= SUMMARY_PENALTY;
    // "what post did he hold": a person's profile opens with the post
    if (postAsked && this.personProfile(item)) fit += POST_FIT;
    if (item.kind === 'plan' && detail) fit -= SUMMARY_PENALTY;
    return fit;
  }

  /** Whether an item contains every person or party the question names (a figure about someone else is not the answer). */
  private namesCovered(informative: Unit[], c: Candidate): boolean {
    const matched = matchedTerms(c.hit);
    return informative.every((u) => u.kind !== 'concept' || !u.terms.every((t) => t.startsWith('__a_')) || Engine.found(u, matched) > 0);
  }

  /**
   * What a "how many" question counts ("how many reactors", "多少公里"): the answer has to be a
   * number of that. Undefined when the question counts nothing in particular.
   */
  private countedUnit(question: string, informative: Unit[]): Unit | undefined {
    const form = countedForm(question);
    // a stop-list word the briefing never uses ("pages") is still a thing counted
    if (!form || FILLER.has(form) || (GENERIC.has(form) && this.df.has(form)) || this.misspeltStopword(form)) return undefined;
    // ("几台反应堆机组": the counted word may be the start of a longer Chinese group)
    const han = HAN.test(form);
    return informative.find(
      (u) =>
        (u.kind === 'word' || u.kind === 'cjk' || u.kind === 'concept') &&
        (u.surface.split(' ')[0] === form || (han && u.kind !== 'word' && u.surface.startsWith(form))),
    );
  }

  /** Whether an item names a state the question does not ("which country would run the plant with Ukraine" → the US). */
  private namesNewState(c: Candidate, informative: Unit[], question: string): boolean {
    const asked = termsAsked(informative);
    return [...this.actorsNamed[c.hit.id as number]!].some(
      (t) =>
        this.states.has(t) &&
        !asked.has(t) &&
        !this.stateForms.get(t)!.some((f) => (/^\p{Script=Han}/u.test(f) ? question.includes(f) : wordIn(f, question))),
    );
  }

  /** Whether an item names an organisation, bloc or outlet (not a state or person) the question does not name. */
  private namesNewOrganisation(c: Candidate, informative: Unit[], question: string): boolean {
    const asked = termsAsked(informative);
    // ("which outlet called it a surrender": the briefing's unnamed "European media" is no outlet's name)
    const outlet = OUTLET_ASKED.test(question);
    // (the bloc an asked actor belongs to is asked with it: "欧洲媒体" names Europe too)
    const blocs = new Set([...asked].map((t) => `__a_${this.actors.get(t.slice(4))?.affiliation}`));
    const named = (t: string) =>
      this.organisations.has(t) && !asked.has(t) && !blocs.has(t) && !(outlet && this.actors.get(t.slice(4))?.kind === 'media');
    if ([...this.actorsNamed[c.hit.id as number]!].some(named)) return true;
    return namesNewBody(c.item, question);
  }

  /** Whether an item names an actor, plan or glossary name the question does not, or quotes a new word. */
  private namesSomethingNew(c: Candidate, informative: Unit[], question: string): boolean {
    const asked = termsAsked(informative);
    const form = this.itemForms[c.hit.id as number]!;
    const names = `${form.en} ${form.zh}`.split(' ').filter((t) => NAME_CONCEPT.test(t));
    return names.some((t) => !asked.has(t)) || quotesNew(`${c.item.text.en} ${c.item.text.zh}`, question);
  }

  /** Whether an item is the profile of a person (not of a party or organisation). */
  private personProfile(item: BriefingItem): boolean {
    const concept = profileConcept(item);
    return concept !== undefined && this.personConcepts.has(concept);
  }

  /**
   * Whether an item names both people of a pair the question joins ("Putin and Zelensky", "普京和泽连斯基"):
   * a person named only as context ("Trump's son-in-law", "the Trump meeting") need not be in the answer.
   */
  private pairCovered(question: string, informative: Unit[], c: Candidate): boolean {
    const matched = matchedTerms(c.hit);
    const people = informative.filter((u) => u.kind === 'concept' && u.terms.every((t) => this.personConcepts.has(t)));
    if (people.every((u) => Engine.found(u, matched) > 0)) return true;
    const form = matchForm(question);
    const joined = (a: Unit, b: Unit) =>
      new RegExp(`${escapeRegExp(a.surface)} ?(?:and|&|和|与|跟|同) ?${escapeRegExp(b.surface)}`, 'u').test(form);
    // "the day before Trump and Zelensky met": the pair names the meeting the item is dated by, not its subject
    const meeting = informative.find((u) => u.terms.includes(MEETING_CONCEPT) && Engine.found(u, matched) > 0);
    const meetingOf = (a: Unit, b: Unit) =>
      meeting !== undefined &&
      new RegExp(
        `${escapeRegExp(a.surface)} ?(?:and|&|和|与|跟|同) ?${escapeRegExp(b.surface)} ?(?:[a-z]+ )?${escapeRegExp(meeting.surface)}`,
        'u',
      ).test(form);
    return !people.some((a) => people.some((b) => a !== b && joined(a, b) && !meetingOf(a, b)));
  }

  /** "How did Russia react": a statement by Russia (or one of its people) answers it, not another party's that mentions Russia. */
  private speakerFit(item: BriefingItem, types: QuestionType[], informative: Unit[], subject: ReadonlySet<string>): number {
    if (!types.includes('said') || item.by === undefined || item.kind === 'actor') return 0;
    // "how did Kyiv view the US pledge": the one whose view is asked is the subject; the US is what they view
    if (subject.size > 0) return this.speaksFor(item, subject) ? SUBJECT_FIT : -SUBJECT_FIT / 2;
    const named = new Set(informative.flatMap((u) => (u.kind === 'concept' ? u.terms : [])));
    return this.speaksFor(item, named) ? SPEAKER_FIT : 0;
  }

  /** Whether an item's claim is made by one of these actors (`__a_` concepts) or by someone who belongs to one. */
  private speaksFor(item: BriefingItem, actors: ReadonlySet<string>): boolean {
    if (item.by === undefined) return false;
    const affiliation = this.actors.get(item.by)?.affiliation;
    return actors.has(`__a_${item.by}`) || (affiliation !== undefined && actors.has(`__a_${affiliation}`));
  }

  /**
   * Whether the best candidate leaves out the actors a question makes its subject: it neither speaks for them nor names
   * them (a profile is about its own person, and left to the checks on people).
   */
  private actorsLeftOut(first: Candidate, actors: ReadonlySet<string>, informative: Unit[], matched: ReadonlySet<string>): boolean {
    if (actors.size === 0 || first.item.kind === 'actor' || this.speaksFor(first.item, actors)) return false;
    const asked = informative.filter((u) => u.terms.some((t) => actors.has(t)));
    return asked.length > 0 && asked.every((u) => Engine.found(u, matched) === 0);
  }

  /** "几个机组" answered by a figure counted in years: the figure counts something else than the question. */
  private countsOther(question: string, counted: Unit, item: BriefingItem): boolean {
    const nouns = countNoun(question);
    if (nouns.length === 0) return false;
    // "几台机组" is not answered by "1号机组": an item names the things counted without a number of them (only an ordinal)
    if (!this.answerContext.figures.has(item.id)) return !asksWhichOnes(question) && !countStated(nouns[0]!, item);
    const unitTerms = this.unitTerms(item.id);
    // "how many inhabitants" is a population figure counted in people
    if (counted.terms.some((t) => this.measuredConcepts(item.id).has(t))) return false;
    // "missles" is still missiles: one letter apart counts as the same word
    const same = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && distance(a, b) <= 1);
    return ![...counted.terms, ...nouns].some((t) => unitTerms.some((u) => same(t, u)));
  }

  /** Whether the item leaves out a person the question asks about and names another person instead. */
  private otherPeople(question: string, informative: Unit[], c: Candidate): boolean {
    // "Trump's son-in-law", "特朗普的女婿": a person named to describe another is context, not someone the answer must name
    // (not the second of a pair: in "特朗普和普京的通话" Putin is one of the two asked about)
    const possessive = (u: Unit) =>
      new RegExp(`(?<!(?:和|与|跟|同|and )\\s*)${escapeRegExp(u.surface)}\\S*(?:['’]s?\\b|\\s*的)`, 'iu').test(question);
    const asked = new Set(
      informative.flatMap((u) => {
        const people = u.kind === 'concept' ? u.terms.filter((t) => this.personConcepts.has(t)) : [];
        return people.length > 0 && !possessive(u) ? people : [];
      }),
    );
    const named = [...this.actorsNamed[c.hit.id as number]!].filter((t) => this.personConcepts.has(t));
    return [...asked].some((t) => !named.includes(t)) && named.some((t) => !asked.has(t));
  }

  /**
   * Whether an item names a town or city the question does not name already: one of the glossary's cities or sites by
   * a capitalised form ("Odesa"; not "the Kyiv authorities", who are no place), or a name after "in", "at", "to"… that
   * is no glossary region ("in Washington"). A region counts only when the question names no region itself: "which
   * city is the plant in" may be answered by "Zaporizhzhia", "which towns in Donetsk" not by the regions beside it. A
   * question names a place by a capitalised form, by a Chinese form the dictionary reads as a name (敖德萨) or by a
   * word glossed so (顿涅茨克).
   */
  private namesNewTown(item: BriefingItem, question: string, informative: Unit[], anyPlace = false): boolean {
    const glosses = informative.flatMap((u) => (u.kind === 'cjk' ? [this.glossary.glosses(u.surface)] : [])).join('; ');
    const named = (forms: string[]) =>
      forms.some((f) =>
        /^\p{Script=Han}/u.test(f)
          ? question.includes(f) && /^[A-Z]/.test(this.glossary.glosses(f))
          : /^[A-Z]/.test(f) && (wordIn(f, question) || wordIn(f, glosses)),
      );
    const glossaryKind = (name: string) => this.glossaryPlaces.find((p) => p.forms.includes(name))?.kind;
    // the question names a region, or a place it cannot tell from one (an unknown name, a town glossed "city in …")
    const namesRegion =
      placesNamedIn(question).some(({ name }) => glossaryKind(name) === undefined || glossaryKind(name) === 'region') ||
      /\b(?:city|region|province) (?:in|of)\b/.test(glosses) ||
      this.glossaryPlaces.some((p) => p.kind === 'region' && named(p.forms));
    const counts = (kind: string) => anyPlace || kind !== 'region' || !namesRegion;
    // "which city's authorities did Putin warn" asks for the town behind its government
    const government = GOVERNMENT_ASKED.test(question) ? undefined : GOVERNMENT;
    const text = item.text.en;
    const towns = [
      ...this.glossaryPlaces.filter(
        (p) =>
          counts(p.kind) &&
          p.forms.some(
            (f) =>
              /^[A-Z]/.test(f) &&
              [...text.matchAll(wholeWords(f, 'giu'))].some((m) => !government?.test(text.slice(m.index + m[0].length))),
          ),
      ),
      ...placesNamedIn(text)
        .filter(({ name }) => !this.analyzer.analyze(name).indexTerms.some((t) => this.personConcepts.has(t)))
        .map(
          ({ name, region }) =>
            this.glossaryPlaces.find((p) => p.forms.includes(name)) ?? { kind: region ? 'region' : 'city', forms: [name] },
        )
        .filter((p) => counts(p.kind)),
    ];
    // a place may be a body by its common name ("a joint command centre")
    return (anyPlace && namesNewBody(item, question)) || towns.some((p) => !named(p.forms));
  }

  /**
   * "Where was the 28 February meeting held": in an item that tells of several days, only the clauses of the day asked
   * say where it happened (a profile placing the December talks at Mar-a-Lago says nothing of February's).
   */
  private clausesOfDays(item: BriefingItem, days: readonly string[]): BriefingItem {
    if (days.length === 0) return item;
    const clauses = item.text.en.split(/(?<=[.;:])\s+/);
    const kept = clauses.filter((c) => daysStated(matchForm(c)).some((d) => days.includes(d)));
    return kept.length === 0 || kept.length === clauses.length ? item : { ...item, text: { ...item.text, en: kept.join(' ') } };
  }

  /**
   * Whether the only part of the question an item matches is one plain word (an English word, or a Chinese character or
   * dictionary word: "猫为什么会发出呼噜声" matches only 发出), while other weighty parts are not found.
   */
  private oneWordMatched(informative: Unit[], weights: number[], c: Candidate): boolean {
    const matched = matchedTerms(c.hit);
    const weighty = informative.filter((_, i) => weights[i]! > GENERIC_WEIGHT / 2);
    const found = weighty.filter((u) => Engine.found(u, matched) > 0);
    const plain = (u: Unit) => u.kind === 'word' || (u.kind === 'cjk' && ([...u.surface].length === 1 || isDictionaryWord(u.surface)));
    return found.length === 1 && plain(found[0]!) && weighty.length > 1;
  }

  /**
   * Chat Chinese often types a foreign name with one wrong character of the same sound ("扎鲁日内" for 扎卢日内, "泽连司基"):
   * a run of Chinese characters one character (not the first) away from a transliterated name of four or more characters,
   * itself no word of the dictionary and holding no name already, is read as that name.
   */
  private hanTyposMended(question: string): string {
    if (!/\p{Script=Han}/u.test(question)) return question;
    let out = question;
    for (const name of this.typoNames) {
      if (out.includes(name)) continue;
      const n = name.length;
      for (let i = 0; i + n <= out.length; i++) {
        const piece = out.slice(i, i + n);
        // (the first character is kept: 中国政府 is not a typo of 美国政府)
        let diff = piece[0] === name[0] ? 0 : 2;
        for (let j = 1; j < n && diff < 2; j++) if (piece[j] !== name[j]) diff++;
        if (diff !== 1 || !/^\p{Script=Han}+$/u.test(piece) || isDictionaryWord(piece)) continue;
        // a run that already holds a name is that name followed by something else ("扎波罗热核…", "美国的长…"), unless the
        // name is a part of the one mistyped ("海胡庄园" holds 庄园)
        if (this.hanNames.some((h) => piece.includes(h) && !name.includes(h))) continue;
        out = out.slice(0, i) + name + out.slice(i + n);
        break;
      }
    }
    return out;
  }

  /** Whether the one a "what did X say" question asks about is named only in words the briefing never uses. */
  private speakerUnknown(question: string): boolean {
    const phrase = this.asked.saidPhrase(question);
    // ("官方咋形容的", "how did officials describe the calls": the words were described, by no one in particular)
    if (phrase === undefined || UNNAMED_SPEAKER.test(phrase.trim())) return false;
    const units = this.analyzer
      .analyze(phrase)
      .units.filter((u) => u.kind !== 'kind' && !(u.kind === 'word' && (GENERIC.has(u.surface) || FILLER.has(u.surface))));
    return units.length > 0 && units.every((u) => u.kind !== 'concept' && u.kind !== 'number' && !u.terms.some((t) => this.df.has(t)));
  }

  /** Whether a unit names a person or a party of the briefing. */
  private namesActor(u: Unit): boolean {
    return u.kind === 'concept' && u.terms.some((t) => this.parties.has(t) || this.personConcepts.has(t));
  }

  /** The one person a question names (by concept), if it names exactly one. */
  private namedPerson(informative: Unit[]): string | undefined {
    const people = new Set(informative.flatMap((u) => (u.kind === 'concept' ? u.terms.filter((t) => this.personConcepts.has(t)) : [])));
    return people.size === 1 ? [...people][0]!.slice(4) : undefined;
  }

  /** Whether an item records what a person (or the party they speak for) said or holds. */
  private speaks(item: BriefingItem, person: string, mentions: (concept: string) => boolean): boolean {
    if (item.kind === 'actor') return false;
    const a = this.actors.get(person);
    return item.by === person || (item.by !== undefined && item.by === a?.affiliation && mentions(`__a_${person}`));
  }

  /** The actors named in a short guess after a question ("…，鲁比欧？", "…, the US?") and not before it. */
  private guessedActors(question: string, m: RegExpExecArray | undefined): string[] {
    if (!m) return [];
    const actorsOf = (text: string) =>
      this.analyzer.analyze(text).units.flatMap((u) => (u.kind === 'concept' && u.terms.every((t) => t.startsWith('__a_')) ? u.terms : []));
    const before = new Set(actorsOf(question.slice(0, m.index)));
    return actorsOf(m[1]!).filter((t) => !before.has(t));
  }

  /** Whether an item names every state or organisation the question names ("Ukraine's foreign minister" is not Russia's). */
  private partiesCovered(informative: Unit[], c: Candidate): boolean {
    const matched = matchedTerms(c.hit);
    const partyUnits = informative.filter((u) => u.kind === 'concept' && u.terms.every((t) => this.parties.has(t)));
    // ("the Ukrainian leadership" is named by "the Zelensky authorities": a person speaks for the state they belong to; in a
    // profile only beside a party it names itself — "Ukraine's foreign minister" is not Russia's because he speaks of Zelensky)
    const direct = partyUnits.some((u) => Engine.found(u, matched) > 0);
    const through = new Set(
      [...(c.item.kind !== 'actor' || direct ? this.actorsNamed[c.hit.id as number]! : [])].flatMap((t) => {
        const affiliation = this.actors.get(t.slice(4))?.affiliation;
        return affiliation === undefined ? [] : [`__a_${affiliation}`];
      }),
    );
    return partyUnits.every((u) => Engine.found(u, matched) > 0 || u.terms.some((t) => through.has(t)));
  }

  /** "Which minister…": whether a candidate names a person holding the role asked for (see AskedEntities). */
  private roleHolderNamed(question: string, informative: Unit[], c: Candidate): boolean | undefined {
    return this.asked.roleHolderNamed(question, informative, this.actorsNamed[c.hit.id as number]!, profileConcept(c.item));
  }

  /** "Did the 20-point plan accept the 600,000 cap?": the 28-point plan's cap is not the answer. */
  private otherPlanPenalty(id: number, item: BriefingItem, informative: Unit[], types: QuestionType[]): number {
    // (an item outside a plan's provisions is about the plans its text names: "as set out in its 20-point plan")
    // (a plan's own item naming another plan speaks of both: "the 20-point plan grew out of this one")
    const own = item.plan ? [`__p_${item.plan}`, ...(item.kind === 'plan' ? [] : this.plansNamed[id]!)] : [...this.plansNamed[id]!];
    if (own.length === 0) return 0;
    const named = informative.flatMap((u) => u.terms.filter((t) => t.startsWith('__p_')));
    // "does the 20-point plan keep the cap from the 28-point plan?": a yes/no question checks the plan it names first
    const asked = types.includes('yesno') ? named.slice(0, 1) : named;
    return asked.length > 0 && !asked.some((p) => own.includes(p)) ? OTHER_PLAN_PENALTY : 0;
  }

  /**
   * A summary (a plan, a profile) that matches a question asking about more than its subject
   * matches on the side: the item stating that detail is the answer ("28-point plan army cap?").
   */
  private summaryPenalty(item: BriefingItem, informative: Unit[], weights: number[], types: QuestionType[]): number {
    if (item.kind !== 'plan' && item.kind !== 'actor') return 0;
    if (item.kind === 'actor' && types.includes('who')) return 0;
    const own = item.kind === 'plan' ? `__p_${item.plan ?? item.id.replace(/^plan-/, '')}` : profileConcept(item)!;
    // a detail is a known word or concept other than names, plans, numbers and whole sections
    const detail = (u: Unit) =>
      u.kind !== 'number' &&
      !u.terms.includes(own) &&
      u.terms.some((t) => this.df.has(t)) &&
      !u.terms.every((t) => t.startsWith('__a_') || t.startsWith('__p_') || this.sectionConcepts.has(t));
    const other = informative.some((u, i) => weights[i]! > 0 && detail(u));
    // (a yes/no question checks one claim: a summary gives no verdict on it, see SINGLE_FACT_KINDS)
    return other ? (types.includes('yesno') ? SUMMARY_PENALTY : SUMMARY_PENALTY / 2) : 0;
  }

  ask(question: string, opts: QaAskOptions = {}): QaResult {
    return this.answer(question, opts).result;
  }

  /** The answer plus the numbers behind it. */
  answer(question: string, opts: QaAskOptions = {}): { result: QaResult; debug: QaDebug } {
    const lang = detectLang(question, this.analyzer) ?? langFromLocale(opts.locale);
    const whole = this.rank(question, lang);
    // ("when was the sitdown? dec something": a guess after the question mark is no second question; one after a comma
    // splits nothing)
    const afterMark = guessAfterMark(question);
    const parts = questionParts(afterMark ? question.slice(0, afterMark.index) : question);
    // "how long is X, and which article is it modelled on?": each part gets its own best answer
    // ("战前乌克兰多少人？现在还剩多少": a part naming nothing is about what the part before it names)
    // (the two read together then stand for the part before: "the kyiv strike was the day before right? exact date pls";
    // a remark the part before answers better without is left out: "and zelenskys approval? pretty low i think")
    const partRanks: Array<{ part: string; remarkLeft: boolean } & ReturnType<Engine['rank']>> = [];
    if (parts.length > 1)
      for (const [i, part] of parts.entries()) {
        const own = this.rank(part, lang);
        const namesNothing = i > 0 && !own.informative.some((u) => u.kind === 'concept' || u.kind === 'number');
        const before = partRanks.at(-1);
        const withBefore = () => ({ part: parts[i - 1]!, remarkLeft: false, ...this.rank(`${parts[i - 1]} ${part}`, lang) });
        // ("n zelensky? his approval # in the same poll": a part only naming someone, asking nothing, then a part pointing
        // back to him, is one question about him)
        if (
          before !== undefined &&
          before.part === parts[i - 1] &&
          pointsBack(part) &&
          namesOnlyParties(before.informative) &&
          before.types.every((t) => t === 'what')
        )
          partRanks.splice(-1, 1, withBefore());
        else if (!namesNothing) partRanks.push({ part, remarkLeft: false, ...own });
        else if (before === undefined || before.part !== parts[i - 1]) partRanks.push(withBefore());
        else {
          const both = withBefore();
          if (STATUS_ORDER[both.status] >= STATUS_ORDER[before.status]) partRanks.splice(-1, 1, both);
          else before.remarkLeft = true;
        }
      }
    const ranks = partRanks.filter((r) => r.informative.length > 0);
    const { secondary } = this.thresholds;
    let status = whole.status;
    let chosen = whole.top.filter((c, i) => i === 0 || c.coverage >= secondary);
    // (a request or a name the briefing lacks, anywhere in the question, is the whole question's; so is an outcome asked of
    // what the briefing knows only as a plan: "did the January meeting happen, and what came out of it?")
    if (
      (ranks.length > 1 || ranks.some((r) => r.remarkLeft)) &&
      whole.foreign.length === 0 &&
      !requestForAsker(question) &&
      whole.veto !== 'outcomeMissing'
    ) {
      const statuses = ranks.map((r) => r.status);
      status = statuses.includes('answered') ? 'answered' : statuses.includes('unsure') ? 'unsure' : whole.status;
      // "who is Ukraine's foreign minister, and what was his role": a part pointing back to an unanswered "who" is not answered either
      if (statuses[0] !== 'answered' && ranks[0]!.types.includes('who') && ranks.slice(1).some((r) => pointsBack(r.part)))
        status = statuses[0]!;
      const firsts = ranks
        .filter((r) => r.status !== 'not-covered')
        .map((r) => r.top[0]!)
        .filter(Boolean);
      chosen = this.distinct([...firsts, ...whole.top], lang);
    }
    const verdict = status === 'answered' && ranks.length <= 1 ? this.verdict(question, whole, lang) : undefined;
    const answers =
      status === 'not-covered'
        ? []
        : chosen.map((c, i) => this.toAnswer(c.item, c.hit.score, lang, i === 0 && verdict ? { verdict, question } : undefined));
    const suggestions = status === 'answered' ? [] : this.suggest(whole.units, whole.hits, lang);
    const matched0 = matchedTerms(whole.top[0]?.hit);
    return {
      result: { question, lang, status, answered: status === 'answered', answers, suggestions },
      debug: {
        units: whole.informative.map((u, i) => ({
          kind: u.kind,
          surface: u.surface,
          terms: u.terms,
          weight: whole.weights[i]!,
          found: Engine.found(u, matched0),
        })),
        coverage: whole.top.map((c) => c.coverage),
        hits: whole.ranked.slice(0, 5).map((c) => ({ itemId: c.item.id, score: c.hit.score, queryTerms: c.hit.queryTerms })),
        foreign: whole.foreign,
        types: whole.types,
        ...(whole.veto !== undefined ? { veto: whole.veto } : {}),
      },
    };
  }

  /** Candidates for one question (or one part of it), best first, and whether the best one answers it. */
  private rank(asked: string, lang: Lang) {
    const question = this.hanTyposMended(HAN.test(asked) ? this.homophones().mend(asked) : asked);
    const { informative, weights: found, hits: allHits, units, possessed } = this.runQuery(question);
    const types = questionTypes(question);
    // "how did Russia react…": in a question about someone's words the people and parties named are its subject, not
    // names among many (they are everywhere in a briefing, so their rarity alone makes them weigh little)
    const aboutWords = types.includes('said') && !types.includes('yesno');
    const speakerWeighted = found.map((w, i) => (aboutWords && this.namesActor(informative[i]!) ? w * SPEAKER_WEIGHT : w));
    // "does it need 1 trillion?", "was it in 2023?": in a yes/no question a number, a year or a day is the claim to check; an
    // item stating another one answers it ("no")
    const claimWeighted = types.includes('yesno')
      ? found.map((w, i) =>
          informative[i]!.kind === 'number' && /^__(?:n\d{2,}$|d\d)/.test(informative[i]!.terms[0]!) ? w * YESNO_NUMBER_WEIGHT : w,
        )
      : speakerWeighted;
    // "how long is the guarantee, 10 yrs?", "几点计划来着，27点？": a number guessed after the question names nothing to find
    const tail = guessTail(question);
    const guessed = types.includes('yesno') ? new Set<string>() : guessedTokens(question, tail, types);
    const guessWeighted =
      guessed.size === 0 ? claimWeighted : claimWeighted.map((w, i) => (guessed.has(informative[i]!.terms[0]!) ? 0 : w));
    // "besides cash, what does Ukraine want from Europe": what the question sets aside is not what it asks for (names set
    // aside still say where to look: "besides Donetsk and Kherson, which region…")
    const aside = SET_ASIDE.exec(question.toLowerCase());
    const setAside = aside?.[1] ?? aside?.[2];
    const withoutAside = aside === null ? undefined : question.toLowerCase().replace(aside[0], ' ');
    const termsOf = (text: string) => new Set(this.analyzer.analyze(text).units.flatMap((u) => u.terms));
    const asideTerms = setAside === undefined ? new Set<string>() : termsOf(setAside);
    // (what is asked again outside it stays: "besides security guarantees, what other guarantees…")
    const restTerms = withoutAside === undefined ? new Set<string>() : termsOf(withoutAside);
    const setAsideOnly = (u: Unit) =>
      asideTerms.size > 0 && u.terms.every((t) => asideTerms.has(t)) && !u.terms.some((t) => restTerms.has(t));
    // (nor does an item score for holding the guess: "when was it published, on Christmas Day?" is not the 25 December item;
    // nor, in English, for holding what is set aside when that names no one and nothing to look at: "besides cash, what
    // else…"; a Chinese 除了…还 sentence often states both in one item: "已承诺…还提议…")
    const asideNamesNothing = aside?.[1] !== undefined && ![...asideTerms].some((t) => NAME_CONCEPT.test(t));
    const hits =
      guessed.size > 0 && tail !== undefined
        ? this.runQuery(question.slice(0, tail.index)).hits
        : asideNamesNothing && withoutAside !== undefined
          ? this.runQuery(withoutAside).hits
          : allHits;
    // "国务卿是谁来着，鲁比欧？", "who published it, the US?": a party guessed after asking who need not be in the answer (it
    // still counts where it is: "chief of staff who came along, wiles?")
    const guessedActors = types.includes('who') ? new Set(this.guessedActors(question, tail)) : new Set<string>();
    const askedUnits = guessedActors.size === 0 ? informative : informative.filter((u) => !guessedActors.has(u.terms[0]!));
    // "how long is the guarantee supposed to run", "持续多久": the verb of lasting only says a length is asked; "举办地点是哪里",
    // "what's the location": in a question asking where, the word for place only says a place is asked
    const weights = guessWeighted.map((w, i) =>
      (types.includes('duration') && LASTING.test(informative[i]!.surface)) ||
      (types.includes('where') && PLACE_WORD.test(informative[i]!.surface)) ||
      (informative[i]!.kind !== 'number' && !informative[i]!.terms.some((t) => NAME_CONCEPT.test(t)) && setAsideOnly(informative[i]!))
        ? 0
        : w,
    );
    const topScore = hits[0]?.score ?? 1;
    // "when…", "how many…", "how long…": the question asks for a datum, not for a statement
    const asksDatum = types.some((t) => t === 'when' || t === 'number' || t === 'duration');
    const subject = types.includes('said') && !types.includes('yesno') ? this.asked.saidSubject(question) : new Set<string>();
    const pastAsked = asksWhatHappened(question);
    // "did he publish it on Christmas Day?": what was done decides as much as the day, which another item may give
    const datedYesNo = types.includes('yesno') && informative.some(isDateUnit);
    // "the strike the day before the talks": an item about what came after them is about something else (in a yes/no
    // question the other side is what settles it)
    const sequence = types.includes('yesno') ? undefined : sequenceAsked(question);
    // "乌克兰现在还剩多少人": what is so now, not what was so before the war (unless the question asks both)
    const nowAsked = NOW.test(question) && !PREWAR.test(question);
    // what the question asks, read once for all candidates (see typeFit)
    const facts: QuestionFacts = {
      askedPlaces: new Set(informative.flatMap((u) => (u.kind === 'concept' ? u.terms.filter((t) => t.startsWith('__g_')) : []))),
      // "which article", "what share": the item naming a clause or a share, not any item with a number
      askedForm: types.includes('number') ? askedForm(question) : undefined,
      placesAsked: countOfPlacesAsked(question),
      personNoun: PERSON_NOUN.test(question),
      postAsked: asksPost(question),
    };
    // "what is the second risk", "第四个风险": the risk the briefing ranks there
    const listed = riskRankAsked(question, this.riskRanks.size);
    // "trump's vibe after the mtg, 'very close' or smth?": words quoted from the source point at the item that holds them
    const quoted = [...question.matchAll(QUOTED_WORDS)].map((m) => matchForm(m[1]!)).filter((q) => q.includes(' ') || HAN.test(q));
    // "was the guarantee offered for 10 years?": the number a yes/no question checks is settled by the item's own figure (15
    // years), which the question cannot repeat (a number of over sixteen digits is an id, a chat mention, no figure)
    const checked = types.includes('yesno')
      ? informative.map((u) => u.kind === 'number' && /^__n(?!(?:19|20)\d\d$)\d{2,16}$/.test(u.terms[0]!))
      : [];
    const checking = checked.includes(true);
    const candidates: Candidate[] = hits.slice(0, CANDIDATES).map((hit) => {
      const item = this.items[hit.id as number]!;
      // (a plan's number in its name is no figure: "the 20-point plan")
      const stated =
        checking && !SUMMARY_KINDS.has(item.kind)
          ? [...this.itemForms[hit.id as number]![lang].matchAll(STATED_FIGURE)].map((m) => m[1]!)
          : [];
      // (one the item does state makes the rest other numbers: "30 or 50 years instead of 15" asks beyond the 15)
      const states = stated.length > 0 && !informative.some((u, i) => checked[i] && stated.includes(u.terms[0]!));
      const coverage = this.coverage(informative, states ? weights.map((w, i) => (checked[i] ? 0 : w)) : weights, hit);
      return { hit, item, coverage };
    });
    const ranked = candidates
      .map((c) => ({
        c,
        score:
          (datedYesNo ? (c.coverage + this.coverageBeyondDates(informative, weights, c)) / 2 : c.coverage) +
          0.3 * (c.hit.score / topScore) +
          this.typeFit(
            c.hit.id as number,
            question,
            this.itemForms[c.hit.id as number]![lang],
            types,
            this.namesCovered(informative, c),
            facts,
          ) +
          this.speakerFit(c.item, types, informative, subject) +
          (listed !== undefined && this.riskRanks.get(c.item.id) === listed ? RANK_FIT : 0) +
          (quoted.length > 0 && quoted.some((q) => this.itemForms[c.hit.id as number]![lang].includes(q)) ? QUOTE_FIT : 0) +
          (types.includes('yesno') && opposes(question, c.item.text[lang], SETTLING_OPPOSITES) ? OPPOSITE_FIT : 0) -
          (pastAsked && statesPlan(c.item.text[lang]) ? TENSE_PENALTY : 0) -
          (sequence && otherSide(sequence, c.item.text[lang]) ? TENSE_PENALTY : 0) -
          (nowAsked && this.itemPrewarOnly[c.hit.id as number] ? TENSE_PENALTY : 0) -
          this.summaryPenalty(c.item, informative, weights, types) -
          this.otherPlanPenalty(c.hit.id as number, c.item, informative, types),
      }))
      .sort((a, b) => b.score - a.score)
      .map((x) => x.c);
    const top = this.distinct(
      WHY_WORD.test(question) && types.includes('why') && !types.includes('yesno')
        ? this.reasonFirst(ranked, informative)
        : this.plansSideBySide(ranked, question, informative),
      lang,
    );
    const best = Math.max(0, ...top.map((c) => c.coverage));
    const foreign = this.foreignNames(question, informative, top[0]);
    const { answer, unsure } = this.thresholds;
    // a long question whose best candidate matches four or more of its parts is answered even if its paraphrases are not
    const matchedTop = matchedTerms(top[0]?.hit);
    const broadMatch = informative.filter((u) => Engine.found(u, matchedTop) > 0).length >= BROAD_UNITS;
    // a typed question ("when…", "how many…") whose best candidate states that kind of datum needs less of its wording
    // matched; "who heads the General Staff" is such a question for a person's profile
    const topStatesDatum =
      top[0] !== undefined &&
      (asksDatum
        ? !SUMMARY_KINDS.has(top[0].item.kind) && this.statesDatum(top[0], types, question, lang)
        : (types.includes('who') && !types.includes('said') && this.personProfile(top[0].item)) ||
          // "what label does Zelensky fear": a quoted name for it
          (types.includes('label') &&
            !types.includes('yesno') &&
            top[0].item.kind !== 'actor' &&
            quotesNew(top[0].item.text[lang], question)));
    // ("扎卢日内此前担任什么职务": the post a person held is what the person's profile states)
    const namesOnly =
      !(facts.postAsked && top[0]?.item.kind === 'actor') && this.onlyNamesMatched(informative, weights, top[0], types, possessed);
    // (a date alone is no answer when the first item shares little else with the question: "when was the 28-point plan
    // made public" is not answered by the day the source article came out)
    const datumFloor = types.includes('when')
      ? Math.max(this.thresholds.secondary, TYPED_ANSWER)
      : topStatesDatum && !isWithheld(this.answerContext, top[0]!.item)
        ? Math.min(TYPED_ANSWER, this.thresholds.answer)
        : broadMatch
          ? Math.min(BROAD_ANSWER, this.thresholds.answer)
          : this.thresholds.answer;
    const first = top[0];
    const namedInQuestion = termsAsked(informative);
    const topActors: ReadonlySet<string> = first ? this.actorsNamed[first.hit.id as number]! : new Set();
    const namesNewPerson = [...topActors].some((t) => this.personConcepts.has(t) && !namedInQuestion.has(t));
    const speaker = this.speakerAsked(question, types, subject, informative, asksDatum, facts.postAsked);
    const who = types.includes('who');
    const yesno = types.includes('yesno');
    // the best candidate's answer as shown, in both languages (read by several vetoes; built once, when first needed)
    let shown: string | undefined;
    const shownFirst = () =>
      (shown ??= `${answerText(this.answerContext, first!.item, 'en')} ${answerText(this.answerContext, first!.item, 'zh')}`);
    const said = types.includes('said');
    // Each veto names a way the best candidate, however well it matches the wording, fails to answer what is asked;
    // one that holds makes the question "not sure". They are checked lazily, in this order.
    const vetoes: ReadonlyArray<readonly [string, () => boolean]> = [
      // "what date…", "how many…": when no close candidate states a date or a number, the briefing lacks the datum asked for
      // ("how many Russian soldiers were killed" is not answered by the drone count two places down)
      ['datumMissing', () => !top.some((c) => this.carriesDatum(c, c === first, datumFloor, types, question, lang))],
      // ("哪几个方向" asks which places, no count)
      [
        'countedMissing',
        () => !(types.includes('where') && /哪几/u.test(question)) && this.countedMissing(question, informative, matchedTop, first),
      ],
      // "how many Ukrainian soldiers have died in the war": the source's missing toll of one day's strike is no answer about
      // the whole war
      [
        'withheldOther',
        () =>
          first !== undefined &&
          isWithheld(this.answerContext, first.item) &&
          WHOLE_WAR.test(question) &&
          daysStated(this.itemForms[first.hit.id as number]![lang]).length > 0 &&
          daysAsked(informative).length === 0,
      ],
      // "how many drones were shot down", "击落了多少架": a count of the things the item counts, but not of that act
      ['actMissing', () => this.actMissing(question, types, informative, weights, matchedTop, first)],
      // "casualties of the 25 December strike": an answer dated another day is about another event
      // (in a yes/no question another day is what settles it: "was the deadline 31 December?" — no, 25 December)
      [
        'dayMismatch',
        () => {
          // (a day guessed after the question is no day asked: "when was the sitdown, like right after xmas?")
          const askedDays = daysAsked(informative.filter((u) => !guessed.has(u.terms[0]!)));
          const topDays = first ? daysStated(this.itemForms[first.hit.id as number]![lang]) : [];
          return !yesno && askedDays.length > 0 && topDays.length > 0 && !askedDays.some((d) => topDays.includes(d));
        },
      ],
      // "what job does Zaluzhnyi hold now": a profile that knows only his former post does not say what he does today
      ['formerOnly', () => first?.item.kind === 'actor' && this.asked.formerPostOnly(question, first.item.id)],
      // "what did the IAEA say": a speaker none of whose words the briefing uses is not one it records
      ['unknownSpeaker', () => subject.size === 0 && said && !yesno && this.speakerUnknown(question)],
      // "who won the game last night": one everyday word matched ("game") while the rest of the question is not found
      ['oneWordOnly', () => first !== undefined && this.oneWordMatched(informative, weights, first)],
      // "what type of drones": an answer counting them ("nearly 500 drones") does not say which kind
      ['kindMissing', () => first !== undefined && kindMissing(question, first.item)],
      // "which towns did Russia seize": "seizing town after town" names none
      ['townMissing', () => first !== undefined && asksTown(question) && !this.namesNewTown(first.item, question, informative)],
      // "where is the command centre": an item placing nothing anywhere the question does not already name
      // ("which country": a state, not a body such as a central bank)
      [
        'placeMissing',
        () =>
          first !== undefined &&
          types.includes('where') &&
          asksPlace(question) &&
          !yesno &&
          !said &&
          !(asksCountry(question)
            ? this.namesNewState(first, informative, question)
            : this.namesNewTown(this.clausesOfDays(first.item, daysAsked(informative)), question, informative, true)),
      ],
      ['numberEchoed', () => this.numberEchoed(question, types, informative, first)],
      // "what was the result of the referendum", "did Trump actually go to Kyiv": a referendum or a visit the briefing states
      // only as possible has no outcome in it
      [
        'outcomeMissing',
        () =>
          first !== undefined &&
          asksOutcome(question) &&
          (!said || SPEECH_GIVEN.test(question)) &&
          statesPossibility(first.item.text.en) &&
          statesPossibility(first.item.text.zh),
      ],
      // "what's the name of the mechanism", "那个机制叫什么名字": an item naming nothing the question does not is no name
      ['nameMissing', () => first !== undefined && NAME_OF_THING.test(question) && !this.namesSomethingNew(first, informative, question)],
      // "第几轮制裁": an ordinal of another count ("第一圈") is not the one asked (a plain 第几个 takes any)
      [
        'ordinalMissing',
        () => {
          const ordinal = /第几\s*(\p{Script=Han})/u.exec(question)?.[1];
          return (
            ordinal !== undefined &&
            ordinal !== '个' &&
            first !== undefined &&
            !new RegExp(`(?:第[\\d一二两三四五六七八九十百千]+|首|头一?)${ordinal}`, 'u').test(first.item.text.zh)
          );
        },
      ],
      // "which agency issued the licence", "哪个部门": an item naming no organisation beside those asked about does not say which
      [
        'organisationMissing',
        () => first !== undefined && ORGANISATION_ASKED.test(question) && !this.namesNewOrganisation(first, informative, question),
      ],
      // "how long did the Trump–Zelensky meeting last": a figure about other people (the Trump–Putin calls) is another event's
      ['otherPeople', () => first !== undefined && asksDatum && this.otherPeople(question, informative, first)],
      // "what did Kushner tell reporters": when the briefing records nothing that person said, his profile is not the answer
      [
        'wordsMissing',
        () =>
          speaker !== undefined &&
          !top.some((c) => c.coverage >= this.thresholds.secondary && this.speaks(c.item, speaker, (t) => matchedTerms(c.hit).has(t))),
      ],
      // "what did Lavrov say about the 15-year guarantee": his words on something else do not answer it; what he is asked
      // about must be in the item, not only his name
      [
        'aboutMissing',
        () => {
          const aboutUnits = informative.filter((u, i) => weights[i]! > 0 && !u.terms.some((t) => subject.has(t)));
          return (
            speaker !== undefined &&
            subject.size > 0 &&
            first !== undefined &&
            aboutUnits.length > 0 &&
            aboutUnits.every((u) => Engine.found(u, matchedTop) === 0)
          );
        },
      ],
      // "how did the Kremlin respond to the US pledge", "特朗普对公投设想怎么看": an item on what is asked about that neither
      // names nor speaks for the one whose reaction is asked does not record that reaction
      ['reactorMissing', () => first !== undefined && said && !yesno && this.actorsLeftOut(first, subject, informative, matchedTop)],
      // "did Russia accept the 15-year guarantee", "俄罗斯同意…了吗": an item on the guarantee that neither names nor speaks for
      // the one said to act does not settle what that one did
      [
        'agentMissing',
        () => first !== undefined && yesno && this.actorsLeftOut(first, this.asked.yesNoSubject(question), informative, matchedTop),
      ],
      // "did Putin and Zelensky talk by phone": an item naming only one of the people asked about does not answer it
      ['personMissing', () => first !== undefined && !this.pairCovered(question, informative, first)],
      ['partiesMissing', () => who && first !== undefined && !this.partiesCovered(askedUnits, first)],
      // "who would run the free economic zone", "谁来管", "who ran the poll with Zaluzhnyi at 64": an item that names no actor
      // beyond those asked about and no group of people ("women and children fled", a referendum) does not say who (a
      // profile, or a question naming a person answered by an item naming no actor at all — titles are people's aliases —
      // is left to the role checks; "the name of the plan" is a thing's)
      [
        'nobodyNew',
        () =>
          first !== undefined &&
          who &&
          !said &&
          !yesno &&
          first.item.kind !== 'actor' &&
          !/\bname of\b|名字|名称|叫什么|叫啥/iu.test(question) &&
          (![...namedInQuestion].some((t) => this.personConcepts.has(t)) || topActors.size > 0) &&
          !PEOPLE_GROUP.test(first.item.text.en) &&
          ![...topActors].some((t) => !namedInQuestion.has(t)),
      ],
      // "who replaced Zaluzhnyi", "接替扎卢日内的是谁": the successor asked is someone else than the person named, so his own
      // profile, or an item naming no other person, does not answer it
      [
        'successorMissing',
        () =>
          first !== undefined &&
          who &&
          SUCCESSOR_ASKED.test(question) &&
          (namedInQuestion.has(profileConcept(first.item) ?? '') || !namesNewPerson),
      ],
      // "俄方谈判团队是谁领头", "who led the Russian team": the leader asked is a person, so an item naming only parties does
      // not say who
      [
        'leaderMissing',
        () => first !== undefined && who && !yesno && LEADER_ASKED.test(question) && !this.personProfile(first.item) && !namesNewPerson,
      ],
      // "which country would lead the multinational force", "由哪个国家牵头指挥": an item saying who proposed it, but not who
      // leads it, does not answer (a person's profile states a post, which is leading something)
      [
        'leadingMissing',
        () =>
          first !== undefined &&
          !yesno &&
          first.item.kind !== 'actor' &&
          LEADING_ASKED.test(question) &&
          !LEADING_STATED.test(first.item.text.en) &&
          !LEADING_STATED.test(first.item.text.zh),
      ],
      // "who was the first president of the United States": a profile of today's holder, not naming that time, is not the answer
      [
        'eraOther',
        () => {
          const era = ERA_ASKED.exec(question)?.[0].toLowerCase();
          if (first === undefined || era === undefined) return false;
          return !shownFirst().toLowerCase().includes(era);
        },
      ],
      // "what did Witkoff do before becoming envoy", "从政前是干啥的": a post held now is not an earlier career; only an
      // answer that speaks of a former post ("former commander-in-chief", 前总司令) says what came before
      ['careerMissing', () => first !== undefined && CAREER_ASKED.test(question) && !FORMER_POST.test(shownFirst())],
      // "why did the February meeting go so badly", "扎卢日内为啥被调走": an item telling that it happened, with no cause,
      // purpose or motive in it, does not say why
      [
        'reasonMissing',
        () =>
          first !== undefined &&
          types.includes('why') &&
          !yesno &&
          (first.item.kind === 'event' || WHY_EVENT.test(question)) &&
          !REASON_STATED.test(shownFirst()),
      ],
      // "when was the 28-point plan made public": a date of something else, naming none of the plans, people or places asked
      // about, is not its date; nor is one that shares only the month with the question ("1月那个会具体哪天开")
      [
        'dateOfOther',
        () => {
          if (first === undefined || !types.includes('when') || yesno) return false;
          const named = informative.filter((u) => u.kind === 'concept' && u.terms.every((t) => NAME_CONCEPT.test(t)));
          const beyondDates = informative.filter((u, i) => weights[i]! > 0 && !isDateUnit(u));
          // (a plan named is what the date is of: "when was the 28-point plan handed to Kyiv" is not Kyiv's strike)
          const plans = named.filter((u) => u.terms.every((t) => t.startsWith('__p_')));
          return (
            (named.length > 0 && named.every((u) => Engine.found(u, matchedTop) === 0)) ||
            (plans.length > 0 && plans.every((u) => Engine.found(u, matchedTop) === 0)) ||
            (beyondDates.length > 0 && beyondDates.every((u) => Engine.found(u, matchedTop) === 0))
          );
        },
      ],
      ['roleHolderOther', () => who && first !== undefined && this.roleHolderNamed(question, informative, first) === false],
      [
        'personOther',
        () => first !== undefined && this.asked.personNamed(question, informative, topActors, first.item.text[lang]) === false,
      ],
      [
        'organisationOther',
        () => first !== undefined && this.asked.organisationNamed(question, informative, topActors, first.item.text[lang]) === false,
      ],
    ];
    // ("文章列出的第四个风险是什么": the risk the briefing ranks where the question asks answers it, however it is worded)
    const rankFound =
      listed !== undefined &&
      first !== undefined &&
      types.every((t) => t === 'what' || t === 'said') &&
      this.riskRanks.get(first.item.id) === listed;
    const covered = rankFound || best >= answer || (topStatesDatum && best >= TYPED_ANSWER) || (broadMatch && best >= BROAD_ANSWER);
    const veto = covered && !rankFound ? vetoes.find(([, holds]) => holds())?.[0] : undefined;
    const status: QaStatus =
      informative.length === 0 || hits.length === 0 || foreign.length > 0 || namesOnly || requestForAsker(question)
        ? 'not-covered'
        : covered && veto === undefined
          ? 'answered'
          : best >= unsure
            ? 'unsure'
            : 'not-covered';
    return { informative, weights, hits, units, types, ranked, top, foreign, status, veto };
  }

  /**
   * Whether a candidate carries the datum a typed question asks for. A profile or a plan summary mentions numbers and dates
   * about everything, so only the first candidate may be one; a date, a number or a day asked for must be in the first
   * answer unless the question only checks a claim (yes/no).
   */
  private carriesDatum(c: Candidate, isFirst: boolean, floor: number, types: QuestionType[], question: string, lang: Lang): boolean {
    return (
      c.coverage >= floor &&
      (!SUMMARY_KINDS.has(c.item.kind) || isFirst) &&
      (isFirst || (!types.includes('number') && !types.includes('when') && !asksDay(question)) || types.includes('yesno')) &&
      this.statesDatum(c, types, question, lang)
    );
  }

  /** "How many reactors…": the thing counted must be in the best item, and not a count of something else. */
  private countedMissing(question: string, informative: Unit[], matchedTop: ReadonlySet<string>, first: Candidate | undefined): boolean {
    const counted = this.countedUnit(question, informative);
    return (
      counted !== undefined &&
      first !== undefined &&
      (Engine.found(counted, matchedTop) === 0 || this.countsOther(question, counted, first.item))
    );
  }

  /** "How many drones were shot down": the counted act must be in the best item (a withheld number still gets its "no number"). */
  private actMissing(
    question: string,
    types: QuestionType[],
    informative: Unit[],
    weights: number[],
    matchedTop: ReadonlySet<string>,
    first: Candidate | undefined,
  ): boolean {
    const verb = types.includes('yesno') ? undefined : countVerb(question);
    if (verb === undefined || first === undefined || isWithheld(this.answerContext, first.item)) return false;
    const verbUnit = informative.find(
      (u, i) => weights[i]! > 0 && (u.kind === 'cjk' ? u.surface === verb : u.surface.split(' ')[0] === matchForm(verb)),
    );
    return verbUnit !== undefined && Engine.found(verbUnit, matchedTop) === 0;
  }

  /**
   * "How much of the $800 billion would the US pay", "8000亿里美国出多少": a part of a figure the question gives is not that
   * figure (small numbers aside: "over 1 hour" is no part of a one the question happens to write).
   */
  private numberEchoed(question: string, types: QuestionType[], informative: Unit[], first: Candidate | undefined): boolean {
    if (!types.includes('number') || types.includes('yesno') || first?.item.kind !== 'figure') return false;
    const value = this.answerContext.figures.get(first.item.id)?.value;
    if (typeof value !== 'number') return false;
    const askedNumbers = new Set(informative.flatMap((u) => (u.kind === 'number' ? u.terms : [])));
    return (PART_OF_NUMBER.test(question) && value >= 10 && askedNumbers.has(numberToken(value))) || SUBSET_ASKED.test(question);
  }

  /**
   * The person whose words a "what did X say" question asks for. The subject of "how did X react" is the one who speaks: a
   * person named as the object ("Zelensky's plan") is not. A question asking a date ("by what date had Trump told Ukraine
   * to…") or a post ("the official who said…, what is his post?") asks for no one's words.
   */
  private speakerAsked(
    question: string,
    types: QuestionType[],
    subject: ReadonlySet<string>,
    informative: Unit[],
    asksDatum: boolean,
    postAsked: boolean,
  ): string | undefined {
    if (!types.includes('said') || SOURCE_VIEW.test(question) || asksDatum || postAsked) return undefined;
    // "乌克兰国内舆论把小泽公布的计划说成啥": the one who labels stands before 把; a person after it is what is labelled
    const labeller = types.includes('label') ? /^([^，。？?]{1,16}?)把/u.exec(question)?.[1] : undefined;
    if (labeller !== undefined) return this.namedPerson(this.analyzer.analyze(labeller).units);
    if (subject.size === 0) return this.namedPerson(informative);
    const people = [...subject].filter((t) => this.personConcepts.has(t));
    return people.length === 1 ? people[0]!.slice(4) : undefined;
  }

  /** The party an actor belongs to (itself for a party). */
  private partyOf(actor: string): string {
    return this.actors.get(actor)?.affiliation ?? actor;
  }

  /**
   * "28 vs 20pt plans on the nuclear plant, what's the diff", "两个方案在核电站上有何不同": each plan's own point on the matter,
   * side by side, ahead of a summary of either.
   */
  private plansSideBySide(ranked: Candidate[], question: string, informative: Unit[]): Candidate[] {
    if (!PLANS_COMPARED.test(question)) return ranked;
    const named = [...new Set(informative.flatMap((u) => (u.kind === 'concept' ? u.terms.filter((t) => t.startsWith('__p_')) : [])))];
    const plans = named.length >= 2 ? named.map((t) => t.slice(4)) : BOTH_PLANS.test(question) ? this.briefing.plans.map((p) => p.id) : [];
    if (plans.length < 2) return ranked;
    const points = plans
      .map((plan) => ranked.find((c) => c.item.plan === plan && c.item.kind === 'provision' && c.coverage >= this.thresholds.unsure))
      .filter((c) => c !== undefined);
    return points.length < 2 ? ranked : [...points, ...ranked.filter((c) => !points.includes(c))];
  }

  /**
   * "Why did Zelensky publish the plan early": when the best match only tells that it happened and one of the next two,
   * matching nearly as well, gives a cause or motive, that one answers the question.
   */
  private reasonFirst(ranked: Candidate[], informative: Unit[]): Candidate[] {
    const first = ranked[0];
    if (first === undefined) return ranked;
    // (the briefing may name an item's purpose in its keywords where its text puts it as an outcome)
    const gives = (c: Candidate) =>
      REASON_STATED.test(c.item.text.en) || REASON_STATED.test(c.item.text.zh) || c.item.keywords.some((k) => REASON_STATED.test(k));
    const close = (c: Candidate, margin = REASON_MARGIN) => c.coverage >= this.thresholds.answer && c.coverage >= first.coverage - margin;
    const moved = (c: Candidate) => [c, ...ranked.filter((x) => x !== c)];
    const named = new Set(informative.flatMap((u) => (u.kind === 'concept' ? u.terms.filter((t) => t.startsWith('__a_')) : [])));
    // a party's statement or a reported fact tells what was done; the source's analysis of it tells why ("why does Kyiv want
    // 800,000 troops" is not answered by Russia's fear of them: a motive held by a party the question does not name)
    // (an analysis of a plan's point gives its drafters' motive: "why did Trump pick 25 December" is not Kyiv's reason to publish)
    const namedParties = new Set([...named].map((t) => this.partyOf(t.slice(4))));
    const drafters = (c: Candidate) => this.briefing.plans.find((p) => p.id === c.item.plan)?.draftedBy ?? [];
    const othersMotive = (c: Candidate) =>
      named.size > 0 &&
      (c.item.by !== undefined
        ? !this.speaksFor(c.item, named)
        : drafters(c).length > 0 && !drafters(c).some((d) => named.has(`__a_${d}`) || namedParties.has(d)));
    const analysisFirst =
      first.item.nature !== 'analysis'
        ? ranked.slice(1, 5).find((c) => c.item.nature === 'analysis' && gives(c) && close(c, ANALYSIS_REASON_MARGIN) && !othersMotive(c))
        : undefined;
    if (analysisFirst) return moved(analysisFirst);
    // "why is Europe so torn on territory": of the reasons given, the one held by the party asked about
    const parties = new Set([...named].filter((t) => this.parties.has(t)));
    const ownMotive =
      parties.size > 0 && !this.speaksFor(first.item, parties)
        ? ranked.slice(1, 3).find((c) => this.speaksFor(c.item, parties) && gives(c) && close(c, ANALYSIS_REASON_MARGIN))
        : undefined;
    if (ownMotive) return moved(ownMotive);
    // "why does Kyiv want 800,000 troops": a party's stand found (or its plan's point), the analysis of that sticking point
    // naming the party's aims is the reason, however few of the question's words it repeats
    const holder =
      first.item.nature !== 'analysis' && (first.item.kind === 'position' || first.item.kind === 'provision') ? first.item.by : undefined;
    const holderParty = holder === undefined ? undefined : this.partyOf(holder);
    if (holder !== undefined && [...named].some((t) => this.partyOf(t.slice(4)) === holderParty)) {
      const aims = ranked.find(
        (c) =>
          c.item.nature === 'analysis' &&
          c.item.kind === 'fact' &&
          c.item.topics.includes(first.item.topic) &&
          gives(c) &&
          [...this.actorsNamed[c.hit.id as number]!].some((t) => this.partyOf(t.slice(4)) === holderParty) &&
          !othersMotive(c),
      );
      if (aims) return moved(aims);
    }
    // (only when the best match covers all that is asked: "why did Trump pick 25 December" is about a choice no item tells)
    if (gives(first) || first.coverage < REASON_EVENT_COVERED) return ranked;
    const reason = ranked.slice(1, 3).find((c) => gives(c) && close(c));
    return reason === undefined ? ranked : moved(reason);
  }

  /** "Yes"/"No" for a yes/no question when its best item plainly settles it. */
  private verdict(
    question: string,
    ranked: { types: QuestionType[]; top: Candidate[]; informative: Unit[]; weights: number[] },
    lang: Lang,
  ): Verdict | undefined {
    const best = ranked.top[0];
    // profiles and plan summaries say a bit of everything: agreeing with them is no verdict on any one point
    if (!best || !ranked.types.includes('yesno') || !(SINGLE_FACT_KINDS.has(best.item.kind) || this.oneClaimProfile(best.item, lang)))
      return undefined;
    const form = this.itemForms[best.hit.id as number]![lang];
    const matched = matchedTerms(best.hit);
    const isDatum = (t: string) => /^__n\d/.test(t) && !/^__n(?:\d|(?:19|20)\d\d)$/.test(t);
    const value = (t: string) => Number(t.slice(3));
    const asked = ranked.informative.filter((u) => u.kind === 'number' && isDatum(u.terms[0]!)).map((u) => value(u.terms[0]!));
    const askedNames = new Set(ranked.informative.flatMap((u) => (u.kind === 'concept' ? u.terms : [])));
    // "did he publish it on Christmas Day?" answered by the item dating the same act 23 December: "no"
    const askedDays = daysAsked(ranked.informative);
    const statedDays = daysStated(form);
    const beyondDates = this.coverageBeyondDates(ranked.informative, ranked.weights, best);
    if (askedDays.length > 0 && statedDays.length > 0 && !askedDays.some((d) => statedDays.includes(d)))
      return beyondDates >= YES_COVERAGE ? 'no' : undefined;
    // "did Trump visit Kyiv?" answered by "he could visit Kyiv if needed": what may happen settles nothing that did
    if (statesPossibility(best.item.text.en) && statesPossibility(best.item.text.zh) && !POSSIBILITY_ASKED.test(question)) return undefined;
    return yesNoVerdict({
      question,
      questionLang: detectLang(question, this.analyzer) ?? lang,
      answer: best.item.text[lang],
      answerLang: lang,
      // "did he publish it on Christmas Day": a day the item mentions for something else settles nothing; what was done must
      // be there without it
      coverage: Math.min(best.coverage, beyondDates),
      // (the 20 of "the 20-point plan", 20点计划, names the plan: it states no 20 years)
      numbers: {
        asked,
        stated: form
          .split(' ')
          .filter((t, i, all) => isDatum(t) && !/^(?:点|point|pt)/.test(all[i + 1] ?? ''))
          .map(value),
      },
      othersNamed: [...this.actorsNamed[best.hit.id as number]!].some((t) => !askedNames.has(t)),
      nameMissing: ranked.informative.some(
        (u) => u.kind === 'concept' && u.terms.every((t) => NAME_CONCEPT.test(t)) && Engine.found(u, matched) === 0,
      ),
    });
  }

  /** A person's profile that says one thing ("Jared Kushner: part of the US delegation") settles a yes/no question as a fact does. */
  private oneClaimProfile(item: BriefingItem, lang: Lang): boolean {
    // (an actor item's text is the profile; the name and role are put before it when it is shown)
    return this.personProfile(item) && item.text[lang].split(/[.;](?=\s|$)|[。；]/u).filter((c) => c.trim().length > 0).length === 1;
  }

  /** Coverage of a candidate counting only the question's units other than dates and months. */
  private coverageBeyondDates(informative: Unit[], weights: number[], c: Candidate): number {
    if (!informative.some(isDateUnit)) return c.coverage;
    const keep = informative.map((u) => !isDateUnit(u));
    return this.coverage(
      informative.filter((_, i) => keep[i]),
      weights.filter((_, i) => keep[i]),
      c.hit,
    );
  }

  /** Up to three answers that say different things: one datum stated as fact, event and figure is one answer. */
  private distinct(ranked: Candidate[], lang: Lang): Candidate[] {
    const out: Candidate[] = [];
    const seen: Array<{ text: string; datums: Set<string>; single: boolean; words: Set<string>; by: string | undefined }> = [];
    for (const c of ranked) {
      const form = this.itemForms[c.hit.id as number]![lang];
      const datums = datumTokens(form);
      const single = SINGLE_FACT_KINDS.has(c.item.kind);
      const words = new Set(form.split(' ').filter((w) => w.length >= 4 && !w.startsWith('__')));
      // a count below ten ("two circles", "two calls") tells one fact from another only with words they share
      const smallOnly = [...datums].every((d) => /^__n\d$/.test(d));
      // (Russia's fear of an 800,000-strong army is not Kyiv's plan keeping 800,000: a view held by another party is another
      // fact; Zelensky's plan and Ukraine's position are one party's)
      const party = c.item.by === undefined ? undefined : this.partyOf(c.item.by);
      const sameDatum = (s: { datums: Set<string>; single: boolean; words: Set<string>; by: string | undefined }) =>
        single &&
        (s.by === party || s.by === undefined || party === undefined) &&
        s.single &&
        datums.size > 0 &&
        [...datums].every((d) => s.datums.has(d)) &&
        (!smallOnly || [...words].filter((w) => s.words.has(w)).length >= SHARED_WORDS);
      if (seen.some((s) => s.text === form || sameDatum(s))) continue;
      seen.push({ text: form, datums, single, words, by: party });
      out.push(c);
      if (out.length === 3) break;
    }
    return out;
  }

  /**
   * "Weather in Paris tomorrow", "who won the world cup in 2022": a name or year the briefing knows, and nothing else it knows. A question is
   * about something only when a word or concept beyond the people and places matches too.
   */
  private onlyNamesMatched(
    informative: Unit[],
    weights: number[],
    best: Candidate | undefined,
    types: QuestionType[],
    possessed: ReadonlySet<Unit> = new Set(),
  ): boolean {
    if (!best) return false;
    const matched = matchedTerms(best.hit);
    // "what was served at the meeting", "did they swap gifts at the meeting": in a what- or yes/no question the meeting is
    // the scene too (a when- or where-question about the meeting asks for its date or place, which the briefing has)
    const scene = types.every((t) => t === 'what' || t === 'yesno');
    let other = 0;
    let unknown = 0;
    let person = false;
    informative.forEach((u, i) => {
      // people, places and years set the scene; they are not what a question is about
      const isName =
        (u.kind === 'concept' &&
          u.terms.every((t) => t.startsWith('__a_') || this.analyzer.nameConcepts.has(t) || (scene && t === MEETING_CONCEPT))) ||
        (u.kind === 'number' && /^__n(?:19|20)\d\d$/.test(u.terms[0]!));
      if (!isName && Engine.found(u, matched) > 0) other += weights[i]!;
      // a Chinese word known only through a translation ("成绩": achievement) is still one the briefing never uses
      // so is an English word reached only through a synonym the best item does not use ("wear" → "erode")
      const reached = u.terms.some((t) => this.df.has(t) && !u.via?.includes(t) && (!u.synonyms?.includes(t) || matched.has(t)));
      if (!isName && !reached && weights[i]! > 0) unknown += weights[i]!;
      if (isName && u.terms.some((t) => this.personConcepts.has(t))) person = true;
    });
    // "who runs the Pentagon": a description that names a person is the answer to a "who" question, not its scene
    // (unless what is asked is something of the person's the briefing never mentions: "马克龙的夫人"; English is left out:
    // "who is X's <word>" is as often a paraphrase of a post the briefing words otherwise)
    // (one person named: "who leads the Pentagon in Trump's team" names Hegseth by his post)
    const people = new Set(informative.flatMap((u) => u.terms.filter((t) => this.personConcepts.has(t))));
    const ownUnknown =
      people.size === 1 &&
      informative.some((u, i) => possessed.has(u) && u.kind === 'cjk' && weights[i]! > 0 && !u.terms.some((t) => this.df.has(t)));
    if (types.includes('who') && person) return other === 0 && ownUnknown;
    // a place sets a scene for anything ("the weather in Paris"); a person named with one unknown word is more often asked about
    return other === 0 && unknown >= (person ? UNKNOWN_WORD_WEIGHT : COMMON_WORD_WEIGHT);
  }

  /** Names in the question that the briefing never mentions: countries, or capitalised words no item matches. */
  private foreignNames(question: string, informative: Unit[], best: Candidate | undefined): string[] {
    const names = [
      ...this.foreign.countriesIn(question),
      ...unknownTransliterations(question, (n) => this.knows(n), this.hanNames),
      ...unknownOrganisations(
        question,
        (n) => this.knows(n),
        (w) => this.df.has(w),
      ),
      ...acronyms(question).filter(
        (a) =>
          !this.knows(a.toLowerCase()) &&
          !FILLER.has(a.toLowerCase()) &&
          !(a.toLowerCase() in ABBREVIATIONS) &&
          !this.countryCodes.has(a.toLowerCase()),
      ),
      ...modelDesignations(question).filter((m) => !this.knows(m.toLowerCase())),
    ];
    // "加沙" (Gaza), "世界杯" (World Cup): a Chinese word the dictionary glosses as a proper name the briefing never uses
    for (const u of informative) {
      if (u.kind !== 'cjk' || [...u.surface].length < 2 || this.knows(u.surface)) continue;
      const gloss = this.glossary.glosses(u.surface);
      if (
        glossNamesUnknown(
          gloss,
          (n) => this.knows(n),
          (w) => this.df.has(matchForm(w)),
        )
      )
        names.push(u.surface);
    }
    names.push(...this.namesAcrossSegments(question));
    // "what was on the lunch menu": a meeting's small change the briefing never mentions
    for (const u of informative)
      if (
        (u.kind === 'word' || u.kind === 'cjk') &&
        !this.df.has(u.terms[0]!) &&
        MEETING_DETAILS.some((w) => u.surface === w || (/\p{Script=Han}/u.test(w) && u.surface.includes(w)))
      )
        names.push(u.surface);
    // (eating is asked with a verb in chat Chinese: "请泽连斯基吃了什么")
    const room = ROOM_ASKED.exec(question)?.[0];
    if (room !== undefined && !this.knows(room.toLowerCase())) names.push(room);
    const meal = MEAL_ASKED.exec(question)?.[0];
    if (meal !== undefined && !this.knows('吃')) names.push(meal);
    // ("where did he stop over on his way to Florida", "飞佛州途中"): a journey the briefing does not follow
    const journey = JOURNEY_ASKED.exec(question)?.[0];
    if (journey !== undefined && !this.knows(journey.toLowerCase())) names.push(journey);
    // "what does the term 'nuclear family' mean": a term the briefing never writes (its glossary's are known)
    const term = /\bwhat does the (?:term|word|phrase|expression) ["'“‘]?([^"'”’?]{2,40}?)["'”’]? mean\b/iu.exec(question)?.[1];
    if (term !== undefined && !this.knows(term.toLowerCase())) names.push(term);
    // "有没有“匕首”导弹": a name quoted that the briefing never writes, nor any part of it (“近乎投降书” paraphrases its
    // “几乎投降书”)
    for (const [, quoted] of question.matchAll(/[“「"]([^”」"]{2,20})[”」"]/gu)) {
      const q = quoted!.toLowerCase();
      const parts = HAN.test(q) ? [...q].slice(1).map((c, i) => q[i]! + c) : q.split(/\s+/).map(matchForm);
      if (!this.knows(q) && parts.every((p) => !this.knows(p) && !this.df.has(p))) names.push(quoted!);
    }
    // "the largest port in the world", "世界上最大的港口": a world record, unless the briefing speaks of the world that way
    const world = /\bin the world\b|\bworld's\b|世界上|全世界|全球最/iu.exec(question)?.[0];
    if (world !== undefined && !this.knows(world.toLowerCase())) names.push(world);
    // "《战争与和平》是谁写的": a book, film or game by its title, which the briefing never writes
    for (const [, title] of question.matchAll(/《([^》]{1,20})》/gu)) if (!this.knows(title!)) names.push(title!);
    // (an age the briefing states would be in years old, 岁)
    const age = AGE_ASKED.exec(question)?.[0];
    if (age !== undefined && !this.knows('岁') && !this.knows('years old')) names.push(age);
    const holder = this.asked.unknownRoleHolder(question, informative);
    if (holder !== undefined) names.push(holder);
    const matched = matchedTerms(best?.hit);
    for (const w of capitalisedWords(question)) {
      const form = matchForm(w);
      const unit = informative.find((u) => u.kind === 'word' && u.terms[0] === form);
      if (unit && !this.df.has(form) && !matched.has(form) && !FILLER.has(form) && !this.knows(w.toLowerCase())) names.push(w);
    }
    return names;
  }

  /**
   * "联合国" (the United Nations) is segmented 联合|国, so no unit holds it: a run of segments, three to six characters,
   * that the dictionary glosses as a proper name and the briefing never writes is a name it lacks.
   */
  private namesAcrossSegments(question: string): string[] {
    if (!HAN.test(question)) return [];
    const cuts = wordCuts(question);
    const out: string[] = [];
    for (let a = 0; a < cuts.length; a++)
      for (let b = a + 2; b < cuts.length && cuts[b]! - cuts[a]! <= 6; b++) {
        const word = question.slice(cuts[a], cuts[b]);
        if (word.length < 3 || !/^\p{Script=Han}+$/u.test(word) || this.knows(word)) continue;
        // every word of the gloss counts as unknown here: the briefing's "United (States)" does not excuse "United Nations"
        if (
          glossNamesUnknown(
            this.glossary.glosses(word),
            (n) => this.knows(n),
            () => false,
          )
        )
          out.push(word);
      }
    return out;
  }

  private suggest(units: Unit[], hits: TermHit[], lang: Lang): Array<{ id: string; title: string }> {
    const ids: string[] = [];
    const add = (id: string) => {
      if (this.topicTitles.has(id) && !ids.includes(id)) ids.push(id);
    };
    for (const u of units) for (const t of u.terms) if (t.startsWith('__t_')) add(t.slice(4));
    for (const h of hits.slice(0, 8)) add(this.items[h.id as number]!.topic);
    if (ids.length === 0) for (const s of this.briefing.stickingPoints) add(s.id);
    return ids.slice(0, 3).map((id) => ({ id, title: this.topicTitles.get(id)![lang] }));
  }

  private toAnswer(item: BriefingItem, score: number, lang: Lang, verdict?: { verdict: Verdict; question: string }): QaAnswer {
    const by = answerBy(this.answerContext, item, lang);
    return {
      itemId: item.id,
      text: shortenAnswer(withVerdict(answerText(this.answerContext, item, lang), verdict?.verdict, lang, verdict?.question ?? '')),
      topic: item.topic,
      topicTitle: this.topicTitles.get(item.topic)?.[lang] ?? item.topic,
      citation: formatCitation(item.cite),
      nature: item.nature,
      ...(by !== undefined ? { by } : {}),
      score: Math.round(score * 1000) / 1000,
    };
  }
}

export type DebuggableQaEngine = QaEngine & {
  answer(question: string, opts?: QaAskOptions): { result: QaResult; debug: QaDebug };
  readonly analyzer: Analyzer;
};

/**
 * Builds an engine while letting other work run: `pause` is awaited between slices of the build (e.g. the next
 * turn of the event loop), and `slice` hears how long each one held the thread.
 */
export async function buildQaEngineStepwise(
  briefing: Briefing,
  pause: () => Promise<unknown>,
  slice: (ms: number) => void = () => undefined,
): Promise<DebuggableQaEngine> {
  const engine = new Engine(briefing, DEFAULT_THRESHOLDS, DEFAULT_TUNING, true);
  const steps = engine.build(briefing, DEFAULT_TUNING);
  for (;;) {
    const t0 = performance.now();
    const { done } = steps.next();
    slice(performance.now() - t0);
    if (done) return engine;
    await pause();
  }
}

/** Builds the index once (a few milliseconds for one briefing); `ask` is then synchronous and fast. */
export function createQaEngine(
  briefing: Briefing,
  thresholds: QaThresholds = DEFAULT_THRESHOLDS,
  tuning: QaTuning = DEFAULT_TUNING,
): DebuggableQaEngine {
  return new Engine(briefing, thresholds, tuning);
}
