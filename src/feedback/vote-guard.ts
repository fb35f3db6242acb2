/**
 * Remembers who has rated which answer message, so one person's second click is not counted again.
 * Kept in memory only, because the log must not hold user ids: after a restart (or once a message's
 * record is pushed out by newer ones) the same person could rate that message once more.
 */
export class VoteGuard {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 50_000) {}

  /** True the first time this user rates this message; false afterwards. */
  firstVote(messageId: string, userId: string): boolean {
    const key = `${messageId}:${userId}`;
    if (this.seen.has(key)) return false;
    if (this.seen.size >= this.max) this.seen.delete(this.seen.values().next().value!);
    this.seen.add(key);
    return true;
  }

  /** Forgets a vote that could not be recorded, so the user can try again. */
  forget(messageId: string, userId: string): void {
    this.seen.delete(`${messageId}:${userId}`);
  }
}
