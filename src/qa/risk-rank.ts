/**
 * A risk asked by its place in the briefing's list ("the second risk", "第四项风险", "风险一"): the words that ask for
 * a place, and the words indexed with each risk so such a question finds it. Language knowledge; the ranks are the
 * briefing's.
 */

/** A question about risks or uncertainties. */
const RISK_ASKED = /\b(?:risks?|uncertaint\w*|dangers?)\b|风险|不确定/iu;

/** Ordinal words, by the place they name. */
const ORDINALS: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:first|1st|top)\b|(?:#|\bno\.? ?|\bnumber )1\b|第一|头一|首要|风险一(?![共些下样般直切起])|一是/iu, 1],
  [/\b(?:second|2nd)\b|(?:#|\bno\.? ?|\bnumber )2\b|第二|风险二|二是/iu, 2],
  [/\b(?:third|3rd)\b|(?:#|\bno\.? ?|\bnumber )3\b|第三|风险三|三是/iu, 3],
  [/\b(?:fourth|4th)\b|(?:#|\bno\.? ?|\bnumber )4\b|第四|风险四|四是/iu, 4],
];
/** "the last risk", "最后一个风险": the end of the list, however long. */
const LAST = /\blast\b|最后一/iu;

/** The place in the list of risks a question asks about, if it asks about a risk by its place. */
export function riskRankAsked(question: string, count: number): number | undefined {
  if (!RISK_ASKED.test(question)) return undefined;
  return ORDINALS.find(([re]) => re.test(question))?.[1] ?? (LAST.test(question) ? count : undefined);
}

const ORDINAL_NAMES: ReadonlyArray<[string, string]> = [
  ['first', '一'],
  ['second', '二'],
  ['third', '三'],
  ['fourth', '四'],
  ['fifth', '五'],
];

/** The words naming a risk's place in the list ("second risk", "第二个风险"), indexed with it. */
export function riskRankWords(rank: number | undefined, count: number): string[] {
  if (rank === undefined || rank > ORDINAL_NAMES.length) return [];
  const [en, zh] = ORDINAL_NAMES[rank - 1]!;
  return [`${en} risk`, `risk ${rank}`, `第${zh}个风险`, ...(rank === count ? ['last risk', '最后一个风险'] : [])];
}
