import type { Kysely, Selectable } from 'kysely';
import { iso } from './dates.ts';
import type { AskLogEntry, AskLogQuery, AskLogTable, AskOrigin, AskStatus, AskVote, Database, NewAskLogEntry } from './types.ts';
import type { Lang } from '../briefing/schema.ts';

type Row = Selectable<AskLogTable>;

export function toAskLogEntry(r: Row): AskLogEntry {
  return {
    id: Number(r.id),
    question: r.question,
    language: r.language as Lang,
    status: r.status as AskStatus,
    answerItemIds: parseIds(r.answer_item_ids),
    answerText: r.answer_text,
    briefingId: r.briefing_id,
    guildId: r.guild_id,
    origin: r.origin as AskOrigin,
    helpful: Number(r.helpful),
    unhelpful: Number(r.unhelpful),
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

function parseIds(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
}

/** Most entries one listing returns, whatever the caller asks for. */
export const ASK_LOG_MAX_LIMIT = 10_000;

/** Questions kept for analysts: refused, unsure, or marked unhelpful by a reader. */
export class AskLogRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Logs a question when it is asked (refused or unsure ones). Returns the new entry. */
  async record(entry: NewAskLogEntry, now = new Date()): Promise<AskLogEntry> {
    const row = await this.db
      .insertInto('ask_log')
      .values({ ...newRow(entry, iso(now)), message_id: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAskLogEntry(row);
  }

  /** Counts a 👍 or 👎 on an entry logged when it was asked. False when there is no such entry. */
  async vote(id: number, vote: AskVote, now = new Date()): Promise<boolean> {
    const res = await this.db
      .updateTable('ask_log')
      .set((eb) =>
        vote === 'up'
          ? { helpful: eb('helpful', '+', 1), updated_at: iso(now) }
          : { unhelpful: eb('unhelpful', '+', 1), updated_at: iso(now) },
      )
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  /**
   * A 👎 on an answer that was not logged when asked: the first one logs it under its message id,
   * later ones on the same message count on that entry. Returns the entry as it is now.
   */
  async recordUnhelpful(entry: NewAskLogEntry & { messageId: string }, now = new Date()): Promise<AskLogEntry> {
    const at = iso(now);
    const row = await this.db
      .insertInto('ask_log')
      .values({ ...newRow(entry, at), message_id: entry.messageId, unhelpful: 1 })
      .onConflict((oc) => oc.column('message_id').doUpdateSet((eb) => ({ unhelpful: eb('ask_log.unhelpful', '+', 1), updated_at: at })))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAskLogEntry(row);
  }

  /** Newest first (by when the question was logged, then id). */
  async listRecent(query: AskLogQuery = {}): Promise<AskLogEntry[]> {
    let q = this.db.selectFrom('ask_log').selectAll();
    if (query.guildId !== undefined) q = q.where('guild_id', '=', query.guildId);
    switch (query.filter ?? 'all') {
      case 'not-covered':
        q = q.where('status', '=', 'not-covered');
        break;
      case 'unsure':
        q = q.where('status', '=', 'unsure');
        break;
      case 'unhelpful':
        q = q.where('unhelpful', '>', 0);
        break;
      default:
        break;
    }
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? 25)), ASK_LOG_MAX_LIMIT);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toAskLogEntry);
  }
}

function newRow(e: NewAskLogEntry, at: string) {
  return {
    question: e.question,
    language: e.language,
    status: e.status,
    answer_item_ids: JSON.stringify(e.answerItemIds),
    answer_text: e.answerText,
    briefing_id: e.briefingId,
    guild_id: e.guildId,
    origin: e.origin,
    helpful: 0,
    unhelpful: 0,
    created_at: at,
    updated_at: at,
  };
}
