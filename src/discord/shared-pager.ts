import type { APIEmbed } from 'discord-api-types/v10';
import type { Lang } from '../briefing/schema.ts';
import { newPagerSession, type PagerSession } from './pager.ts';
import type { PagerSessionRepo } from '../store/pager-sessions.ts';

/** What the interaction handler needs from a pager: the in-memory {@link PagerStore} or the shared one below. */
export interface PagerSessions {
  create(userId: string, pages: APIEmbed[], lang: Lang, ephemeral: boolean, origin: string): PagerSession | Promise<PagerSession>;
  get(id: string): PagerSession | undefined | Promise<PagerSession | undefined>;
}

/** How often one instance clears expired rows (on the next create after this long). */
const SWEEP_EVERY_MS = 60_000;

/**
 * Pager sessions in the database: a Next button pressed on any instance, or after a restart, finds its
 * pages, with the same invoker and message checks, expiry and session ids as the in-memory store.
 */
export class SharedPagerStore implements PagerSessions {
  private lastSweep = 0;

  constructor(
    private readonly repo: PagerSessionRepo,
    private readonly ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
    private readonly onSweepError: (err: unknown) => void = () => undefined,
  ) {}

  async create(userId: string, pages: APIEmbed[], lang: Lang, ephemeral: boolean, origin: string): Promise<PagerSession> {
    const now = this.now();
    const session = newPagerSession(userId, pages, lang, ephemeral, origin, now + this.ttlMs);
    await this.repo.insert(
      { id: session.id, userId, origin, pagesJson: JSON.stringify(pages), lang, ephemeral, expiresAt: new Date(session.expiresAt) },
      new Date(now),
    );
    if (now - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now;
      // Housekeeping only: a failure here must not cost the user their reply.
      this.repo.deleteExpired(new Date(now)).catch(this.onSweepError);
    }
    return session;
  }

  async get(id: string): Promise<PagerSession | undefined> {
    const row = await this.repo.get(id, new Date(this.now()));
    if (!row) return undefined;
    return {
      id: row.id,
      userId: row.userId,
      origin: row.origin,
      pages: JSON.parse(row.pagesJson) as APIEmbed[],
      lang: row.lang === 'zh' ? 'zh' : 'en',
      ephemeral: row.ephemeral,
      expiresAt: row.expiresAt.getTime(),
    };
  }
}
