import type { Lang } from '../briefing/schema.ts';
import type { AskStatus, AskVote } from '../store/types.ts';

/**
 * What a 👍/👎 button under an /ask answer refers to. Everything the vote needs travels in the button's
 * custom id, so buttons keep working after a restart (no in-memory session behind them):
 * - `logged`: the question was logged when asked (refused or unsure); the vote counts on that entry.
 * - `answer`: an answer that was not logged; a 👎 logs it with these item ids (the question itself is
 *   read back from the message the button is on, since a custom id holds only 100 characters).
 */
export type VoteTarget = { kind: 'logged'; entryId: number } | { kind: 'answer'; lang: Lang; status: AskStatus; itemIds: string[] };

export const VOTE_PREFIX = 'askvote';
const MAX_CUSTOM_ID = 100;
const STATUS_CODE: Record<AskStatus, string> = { answered: 'a', unsure: 'u', 'not-covered': 'n' };
const CODE_STATUS = Object.fromEntries(Object.entries(STATUS_CODE).map(([k, v]) => [v, k as AskStatus]));

/** `askvote:d:#42` or `askvote:u:en:a:item-one,item-two`; item ids that would not fit are left out. */
export function voteCustomId(vote: AskVote, target: VoteTarget): string {
  const head = `${VOTE_PREFIX}:${vote === 'up' ? 'u' : 'd'}:`;
  if (target.kind === 'logged') return `${head}#${target.entryId}`;
  let id = `${head}${target.lang}:${STATUS_CODE[target.status]}:`;
  let first = true;
  for (const item of target.itemIds) {
    const next = `${id}${first ? '' : ','}${item}`;
    if (next.length > MAX_CUSTOM_ID) break;
    id = next;
    first = false;
  }
  return id;
}

export function parseVoteCustomId(customId: string): { vote: AskVote; target: VoteTarget } | null {
  const logged = /^askvote:([ud]):#(\d{1,15})$/.exec(customId);
  if (logged) return { vote: logged[1] === 'u' ? 'up' : 'down', target: { kind: 'logged', entryId: Number(logged[2]) } };
  const answer = /^askvote:([ud]):(en|zh):([aun]):((?:[a-z0-9-]+)(?:,[a-z0-9-]+)*)?$/.exec(customId);
  if (!answer) return null;
  return {
    vote: answer[1] === 'u' ? 'up' : 'down',
    target: { kind: 'answer', lang: answer[2] as Lang, status: CODE_STATUS[answer[3]!]!, itemIds: answer[4] ? answer[4].split(',') : [] },
  };
}
