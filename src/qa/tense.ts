/**
 * Past and planned: "where did they meet" asks about what happened, so an item about what is only
 * planned ("Trump plans to host…", "2026年1月（计划中）") is not its answer, however many words they share.
 */

const PAST_EN = /\b(?:did|was|were|had)\b/i;
/** 了 / 过 mark a done thing (not 了解, "understand"); 本次 / 这次 point at the event the briefing is about. */
const PAST_ZH = /[了过](?!解)|本次|这次|此次|这回/u;
const FUTURE_ASKED = /\b(?:will|would|going to|plan(?:s|ned)?|next|upcoming|future)\b|将|会不会|要|打算|计划|明年|下一|下次|未来|以后/iu;
const PLANNED = /\b(?:plans? to|planned|will|is to|are to|(?:is|are) due to)\b|将|计划中|打算|拟/;

/** Whether a question asks about something that has happened, not about plans. */
export function asksWhatHappened(question: string): boolean {
  return (PAST_EN.test(question) || PAST_ZH.test(question)) && !FUTURE_ASKED.test(question);
}

/** Whether a text states what is planned or due rather than what happened. */
export function statesPlan(text: string): boolean {
  return PLANNED.test(text);
}
