import type { Kysely } from 'kysely';
import { iso } from './dates.ts';
import type { Database } from './types.ts';

/** A multi-page reply as stored, so a page button works on any instance and after a restart. */
export interface StoredPagerSession {
  id: string;
  userId: string;
  /** The command interaction whose reply carries the buttons. */
  origin: string;
  /** The pages as JSON (Discord embeds), kept opaque here. */
  pagesJson: string;
  lang: string;
  ephemeral: boolean;
  expiresAt: Date;
}

export class PagerSessionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(s: StoredPagerSession, now = new Date()): Promise<void> {
    await this.db
      .insertInto('pager_sessions')
      .values({
        id: s.id,
        user_id: s.userId,
        origin: s.origin,
        pages: s.pagesJson,
        lang: s.lang,
        ephemeral: s.ephemeral ? 1 : 0,
        expires_at: iso(s.expiresAt),
        created_at: iso(now),
      })
      .execute();
  }

  /** The session unless it is unknown or has expired at `now`. */
  async get(id: string, now = new Date()): Promise<StoredPagerSession | undefined> {
    const r = await this.db
      .selectFrom('pager_sessions')
      .selectAll()
      .where('id', '=', id)
      .where('expires_at', '>', iso(now))
      .executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      userId: r.user_id,
      origin: r.origin,
      pagesJson: r.pages,
      lang: r.lang,
      ephemeral: Number(r.ephemeral) === 1,
      expiresAt: new Date(r.expires_at),
    };
  }

  /** Removes sessions that expired before `now`; returns how many. */
  async deleteExpired(now = new Date()): Promise<number> {
    const res = await this.db.deleteFrom('pager_sessions').where('expires_at', '<=', iso(now)).executeTakeFirst();
    return Number(res.numDeletedRows ?? 0);
  }
}
