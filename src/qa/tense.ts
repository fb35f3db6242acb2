/**
 * Past and planned: "where did they meet" asks about what happened, so an item about what is only
 * planned ("Trump plans to host…", "2026年1月（计划中）") is not its answer, however many words they share.
 */

const PAST_EN = /\b(?:did|was|were|had)\b/i;
/**
 * 了 / 过 mark a done thing, except inside other words (了解 understand, 为了, 除了, 通过, 超过, 不过, 经过);
 * 本次 / 这次 point at the event the briefing is about.
 */
const PAST_ZH = /(?<![为除])了(?!解)|(?<![通超不经])过|本次|这次|此次|这回/u;
/** Plans as a verb ("plans to", 打算), not a plan's name ("the 20-point plan", 20点计划). */
const FUTURE_ASKED =
  /\b(?:will|would|going to|plans? to|planning|planned|next|upcoming|future)\b|将要|将会|将于|会不会|打算|准备|计划(?:中|于|在)|明年|下一|下次|未来|以后/iu;
const PLANNED = /\b(?:plans? to|planned|will (?!of\b)|is to|are to|(?:is|are) due to)\b|将(?!军|领)|计划中|打算|(?<!草)拟/iu;

/** Whether a question asks about something that has happened, not about plans. */
export function asksWhatHappened(question: string): boolean {
  return (PAST_EN.test(question) || PAST_ZH.test(question)) && !FUTURE_ASKED.test(question);
}

/** Whether a text states what is planned or due rather than what happened. */
export function statesPlan(text: string): boolean {
  return PLANNED.test(text);
}
