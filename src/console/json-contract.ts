import type { QaResult } from '../qa/engine.ts';
import type { AskLogEntry, AskLogFilter } from '../store/types.ts';
import { ASK_LOG_MAX_LIMIT } from '../store/ask-log.ts';

/**
 * `cli ask --json`: one object per question. `answered` is true only for a confident answer; a "not sure"
 * result lists its closest candidates with `answered: false`; a refusal has no answers.
 */
export function askJsonRecord(result: QaResult) {
  return {
    question: result.question,
    status: result.status,
    answered: result.answered,
    answers: result.answers.map((a) => ({ text: a.text, topic: a.topic, citation: a.citation, nature: a.nature, by: a.by ?? null })),
  };
}

/** `cli ask-log --json`: one object per logged question (never a user id: none is stored). */
export function askLogJsonRecord(e: AskLogEntry) {
  return {
    id: e.id,
    time: e.createdAt.toISOString(),
    question: e.question,
    language: e.language,
    status: e.status,
    answerItemIds: e.answerItemIds,
    answerText: e.answerText,
    helpful: e.helpful,
    unhelpful: e.unhelpful,
    briefingId: e.briefingId,
    guildId: e.guildId,
    origin: e.origin,
  };
}

export interface AskLogExportArgs {
  limit: number;
  filter: AskLogFilter;
  guildId?: string;
}

const FILTERS: readonly AskLogFilter[] = ['all', 'not-covered', 'unsure', 'unhelpful'];

/** `--limit N` (default and most: 10,000), `--show all|not-covered|unsure|unhelpful`, `--guild ID`. Throws a readable message on bad input. */
export function parseAskLogExportArgs(words: readonly string[]): AskLogExportArgs {
  const args: AskLogExportArgs = { limit: ASK_LOG_MAX_LIMIT, filter: 'all' };
  for (let i = 0; i < words.length; i++) {
    const [flag, inline] = words[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? words[++i];
      if (v === undefined || v === '') throw new Error(`ask-log: ${flag} needs a value`);
      return v;
    };
    if (flag === '--limit') {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1 || n > ASK_LOG_MAX_LIMIT)
        throw new Error(`ask-log: --limit must be a whole number from 1 to ${ASK_LOG_MAX_LIMIT}`);
      args.limit = n;
    } else if (flag === '--show') {
      const v = value();
      if (!FILTERS.includes(v as AskLogFilter)) throw new Error(`ask-log: --show must be one of: ${FILTERS.join(', ')}`);
      args.filter = v as AskLogFilter;
    } else if (flag === '--guild') {
      args.guildId = value();
    } else {
      throw new Error(`ask-log: unknown option ${words[i]}; options: --limit N, --show ${FILTERS.join('|')}, --guild ID`);
    }
  }
  return args;
}
