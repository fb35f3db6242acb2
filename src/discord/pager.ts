import { randomBytes } from 'node:crypto';
import type { APIEmbed } from 'discord-api-types/v10';
import type { Lang } from '../briefing/schema.ts';

export interface PagerSession {
  id: string;
  userId: string;
  /** The command interaction whose reply carries the buttons: a click on any other message is refused. */
  origin: string;
  pages: APIEmbed[];
  lang: Lang;
  ephemeral: boolean;
  expiresAt: number;
}

/** A new session with an unguessable id (72 random bits): a button's custom id cannot be used to read someone else's pages. */
export function newPagerSession(
  userId: string,
  pages: APIEmbed[],
  lang: Lang,
  ephemeral: boolean,
  origin: string,
  expiresAt: number,
): PagerSession {
  return { id: randomBytes(9).toString('base64url'), userId, origin, pages, lang, ephemeral, expiresAt };
}

/**
 * Keeps multi-page replies in memory for a while so Previous/Next can flip them.
 * Bounded in time and count; a session holds only its pages, never the interaction, and costs nothing when it
 * expires: a click on an expired (or, after a restart, unknown) session is answered as expired then.
 */
export class PagerStore {
  private readonly sessions = new Map<string, PagerSession>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly maxSessions = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  create(userId: string, pages: APIEmbed[], lang: Lang, ephemeral: boolean, origin: string): PagerSession {
    this.sweep();
    while (this.sessions.size >= this.maxSessions) this.sessions.delete(this.sessions.keys().next().value!);
    const session = newPagerSession(userId, pages, lang, ephemeral, origin, this.now() + this.ttlMs);
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string): PagerSession | undefined {
    const s = this.sessions.get(id);
    if (s && s.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return s;
  }

  get size(): number {
    return this.sessions.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(id);
  }
}
