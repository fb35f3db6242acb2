import type { Kysely, Selectable } from 'kysely';
import type { Edition } from '../editions/edition.ts';
import { iso } from './dates.ts';
import type { Database, EditionsTable, StoredEdition } from './types.ts';

type Row = Omit<Selectable<EditionsTable>, 'snapshot'>;

const toEdition = (r: Row): StoredEdition => ({
  seq: Number(r.seq),
  briefingId: r.briefing_id,
  editionId: r.edition_id,
  hash: r.content_hash,
  asOf: r.as_of,
  recordedAt: new Date(r.recorded_at),
});

const META = ['seq', 'briefing_id', 'edition_id', 'content_hash', 'as_of', 'recorded_at'] as const;

/**
 * Every edition of every briefing, in the order first recorded. Ids come from the content, so every
 * instance agrees on them, and recording the same edition twice (another instance, a restart) is a no-op.
 */
export class EditionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Records an edition unless it is already known. Returns whether this call recorded it and, if so, the
   * edition recorded before it (the one it follows). Run it in the transaction that acts on the news.
   */
  async record(e: Edition, now = new Date()): Promise<{ recorded: boolean; previous?: StoredEdition }> {
    const previous = await this.latest(e.briefingId);
    const res = await this.db
      .insertInto('editions')
      .values({
        briefing_id: e.briefingId,
        edition_id: e.id,
        content_hash: e.hash,
        as_of: e.asOf,
        snapshot: e.snapshot,
        recorded_at: iso(now),
      })
      .onConflict((oc) => oc.columns(['briefing_id', 'edition_id']).doNothing())
      .executeTakeFirst();
    const recorded = Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
    return recorded && previous ? { recorded, previous } : { recorded };
  }

  /** The most recently recorded edition of a briefing. */
  async latest(briefingId: string): Promise<StoredEdition | undefined> {
    const row = await this.db
      .selectFrom('editions')
      .select(META)
      .where('briefing_id', '=', briefingId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toEdition(row);
  }

  /** Every edition of a briefing, oldest first. */
  async list(briefingId: string): Promise<StoredEdition[]> {
    const rows = await this.db.selectFrom('editions').select(META).where('briefing_id', '=', briefingId).orderBy('seq').execute();
    return rows.map(toEdition);
  }

  async snapshot(briefingId: string, editionId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('editions')
      .select('snapshot')
      .where('briefing_id', '=', briefingId)
      .where('edition_id', '=', editionId)
      .executeTakeFirst();
    return row?.snapshot;
  }
}
