import { briefingItems } from '../briefing/items.ts';
import type { BriefingRegistry } from '../briefing/registry.ts';
import type { Briefing, Lang } from '../briefing/schema.ts';
import type { QaResult } from '../qa/engine.ts';
import type { AskLogRepo } from '../store/ask-log.ts';
import type { AskOrigin, AskVote, NewAskLogEntry } from '../store/types.ts';
import type { VoteTarget } from './vote-id.ts';
import { t } from '../i18n/catalogue.ts';

/** Where a question was asked; never who asked it. */
export interface AskPlace {
  briefingId: string;
  guildId: string | null;
  origin: AskOrigin;
}

/** Longest question kept (the /ask option allows 500 characters; the console has no limit). */
const MAX_QUESTION = 1000;

/** What is kept of an /ask result: the question, its outcome and what was shown, best first. */
export function askLogEntry(result: QaResult, place: AskPlace): NewAskLogEntry {
  return {
    question: result.question.trim().slice(0, MAX_QUESTION),
    language: result.lang,
    status: result.status,
    answerItemIds: result.answers.map((a) => a.itemId),
    answerText: result.answers[0]?.text ?? null,
    ...place,
  };
}

/** Whether a question is logged as soon as it is asked (refusals and "not sure"); answers only on a 👎. */
export const loggedWhenAsked = (result: QaResult): boolean => result.status !== 'answered';

/** What the buttons under an answer that was not logged refer to: the answer itself. */
export const answerTarget = (result: QaResult): VoteTarget => ({
  kind: 'answer',
  lang: result.lang,
  status: result.status,
  itemIds: result.answers.map((a) => a.itemId),
});

/**
 * Logs a refused or unsure question, and says what the reply's 👍/👎 buttons refer to: the new log entry,
 * or, for an answer, the answer itself. A log that cannot be written never costs the user the answer:
 * it is reported to `log`, and the buttons then refer to the answer (a 👎 can still log it).
 */
export async function logAsked(
  openLog: (() => Promise<AskLogRepo>) | undefined,
  result: QaResult,
  place: AskPlace,
  now: Date,
  log: { warn(obj: object, msg?: string): void },
): Promise<VoteTarget> {
  if (!openLog || !loggedWhenAsked(result)) return answerTarget(result);
  try {
    const entry = await (await openLog()).record(askLogEntry(result, place), now);
    return { kind: 'logged', entryId: entry.id };
  } catch (err) {
    log.warn({ err, status: result.status }, 'could not log the question for analysts');
    return answerTarget(result);
  }
}

export type VoteOutcome = 'counted' | 'logged' | 'noted';

export interface VoteInput {
  vote: AskVote;
  target: VoteTarget;
  /** The message the buttons are on: one entry per answered message, however many 👎 it gets. */
  messageId: string;
  /** The question as shown on that message (only needed for answers that were not logged). */
  shownQuestion: string | undefined;
  guildId: string | null;
  now: Date;
}

/**
 * Records a 👍/👎. On a logged entry both count. On an answer that was not logged, a 👎 logs it and a
 * 👍 keeps nothing (only what went wrong is kept).
 */
export async function recordVote(repo: AskLogRepo, briefings: BriefingRegistry, input: VoteInput): Promise<VoteOutcome> {
  const { target } = input;
  if (target.kind === 'logged') return (await repo.vote(target.entryId, input.vote, input.now)) ? 'counted' : 'noted';
  if (input.vote === 'up') return 'noted';
  const briefing = briefingWith(briefings, target.itemIds[0]);
  const first = target.itemIds[0] ? briefingItems(briefing).find((i) => i.id === target.itemIds[0]) : undefined;
  await repo.recordUnhelpful(
    {
      question: (input.shownQuestion ?? '(question not shown on the message)').slice(0, MAX_QUESTION),
      language: target.lang,
      status: target.status,
      answerItemIds: target.itemIds,
      answerText: first ? first.text[target.lang] : null,
      briefingId: briefing.id,
      guildId: input.guildId,
      origin: 'discord',
      messageId: input.messageId,
    },
    input.now,
  );
  return 'logged';
}

/** The briefing an item belongs to (a newer briefing may have become the default since the answer). */
function briefingWith(briefings: BriefingRegistry, itemId: string | undefined): Briefing {
  if (itemId) for (const b of briefings.all) if (briefingItems(b).some((i) => i.id === itemId)) return b;
  return briefings.default;
}

/** The private reply to a vote. */
export function voteReply(outcome: VoteOutcome | 'already', lang: Lang): string {
  return t(lang).feedback[outcome === 'counted' ? 'noted' : outcome];
}
