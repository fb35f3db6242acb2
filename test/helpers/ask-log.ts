import { ASK_LOG_MAX_LIMIT, type AskLogRepo } from '../../src/store/ask-log.ts';
import type { AskLogEntry } from '../../src/store/types.ts';

/** One logged question by id, read the way the bot reads the log (newest first, every guild). */
export async function loggedEntry(log: Pick<AskLogRepo, 'listRecent'>, id: number): Promise<AskLogEntry | undefined> {
  return (await log.listRecent({ limit: ASK_LOG_MAX_LIMIT })).find((e) => e.id === id);
}
