/**
 * Past and planned: "where did they meet" asks about what happened, so an item about what is only
 * planned ("Trump plans to host…", "2026年1月（计划中）") is not its answer, however many words they share.
 */

const PAST_EN =
  /\b(?:did|was|were|had|took place|happened|occurred|sat down)\b|(?<!\b(?:be|being|been|is|are|'s)\s+)\b(?:hosted|held|met)\b/i;
/**
 * 了 / 过 mark a done thing, except inside other words (了解 understand, 为了, 除了, 通过, 超过, 不过, 经过);
 * 本次 / 这次 point at the event the briefing is about.
 */
const PAST_ZH = /(?<![为除])了(?!解)|(?<![通超不经])过|本次|这次|此次|这回/u;
/** Plans as a verb ("plans to", 打算), not a plan's name ("the 20-point plan", 20点计划). */
const FUTURE_ASKED =
  /\b(?:will|would|going to|gonna|plans? to|planning|planned|next|upcoming|future)\b|将要|将会|将于|会不会|打算|准备|计划(?:中|于|在)|明年|下一|下次|未来|以后/iu;
const PLANNED =
  /\b(?:plans? to|planned|will (?!of\b)|is to|are to|(?:is|are) due to|expects? (?:the |a |an )?[\w-]+(?: [\w-]+)? to)\b|将(?!军|领)|计划中|打算|(?<!草)拟/iu;

/** Whether a question asks about something that has happened, not about plans. */
export function asksWhatHappened(question: string): boolean {
  return (PAST_EN.test(question) || PAST_ZH.test(question)) && !FUTURE_ASKED.test(question);
}

/** Whether a text states what is planned or due rather than what happened. */
export function statesPlan(text: string): boolean {
  return PLANNED.test(text);
}

/** "what was the result of the referendum", "did Trump actually go to Kyiv", "最终有没有去": the outcome of something. */
const OUTCOME_ASKED =
  /\b(?:results?|outcome|actually|in the end|end(?:ed)? up|eventually|turned? out|final (?:result|outcome|tally|vote|count)|c[oa]me out of|(?:agreed|decided) (?:at|in|during))\b|最终(?:有没有|是否|结果)|最后结果|结果如何|结果怎么样|结果怎样|结果是什么|结果咋样|什么结果|啥结果|有没有真的|是否真的|真的\p{Script=Han}{1,2}了|最后有没有|到底(\p{Script=Han})没\1|最后[^，,。？?]{0,4}了(?:没|吗)|后来[^，,。？?]{0,8}了(?:吗|没)/iu;
/** What may or could happen, on a condition or as a plan: "may be put to a referendum", "could visit Kyiv if needed". */
const ONLY_POSSIBLE =
  /\b(?:might|could|if needed|if necessary|proposed?|floated|envisag\w*|task is to|aims? to|hopes? to|seeks? to|tries to|persuade\w*|plans? to|intends? to)\b|可能|如有需要|必要时|如果|计划(?:在|于|要|中)|打算|提议|设想|说服|试图|力图|旨在/iu;
/** "may" the verb, written in lower case (not the month). */
const MAY = /\bmay\b(?! \d)/u;

/** "Could the plan end up being put to a vote?": a question about what may happen. */
const MODAL_ASKED = /\b(?:could|might|may|can|would)\b|可能|会不会|能不能|能否/iu;

/** Whether a question asks how something turned out. */
export function asksOutcome(question: string): boolean {
  // ("would Trump actually go": a question about what may happen is answered by what may happen)
  return OUTCOME_ASKED.test(question) && !FUTURE_ASKED.test(question) && !MODAL_ASKED.test(question);
}

/** Whether a text states only what may happen, not what did. */
export function statesPossibility(text: string): boolean {
  return ONLY_POSSIBLE.test(text) || MAY.test(text) || PLANNED.test(text);
}

const BEFORE = /\b(?:before|b4|prior to|ahead of|eve of|in the run-up)\b|之前|以前|前一天|前夕|会前|会晤前|会谈前|见面前/iu;
const AFTER = /\b(?:after|afterwards|since then)\b|之后|以后|会后|后来|结束后|会晤后|会谈后|见面后|完之后/iu;

/** Whether a question places what it asks about before or after something ("the day before the talks", "会后"). */
export function sequenceAsked(question: string): 'before' | 'after' | undefined {
  const before = BEFORE.test(question);
  const after = AFTER.test(question);
  return before === after ? undefined : before ? 'before' : 'after';
}

/** Whether a text places what it states on the other side only ("after the talks" when "before" is asked). */
export function otherSide(asked: 'before' | 'after', text: string): boolean {
  return sequenceAsked(text) === (asked === 'before' ? 'after' : 'before');
}
