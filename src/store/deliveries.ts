import type { Kysely, Selectable } from 'kysely';
import type {
  ClaimableDelivery,
  DeliveriesTable,
  Database,
  Delivery,
  DeliveryContent,
  DeliveryCursor,
  DeliveryKind,
  DeliveryStatus,
  NewDelivery,
} from './types.ts';
import { iso, optDate } from './dates.ts';
import { SubscriptionRepo } from './subscriptions.ts';

type Row = Selectable<DeliveriesTable>;

export function toDelivery(r: Row): Delivery {
  return {
    id: Number(r.id),
    deliveryKey: r.delivery_key,
    subscriptionId: Number(r.subscription_id),
    kind: r.kind as DeliveryKind,
    fireTime: new Date(r.fire_time),
    status: r.status as DeliveryStatus,
    nonce: r.nonce,
    section: r.section,
    attempts: Number(r.attempts),
    messageId: r.message_id,
    error: r.error,
    claimedBy: r.claimed_by,
    claimedAt: optDate(r.claimed_at),
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    deliveredAt: optDate(r.delivered_at),
    lastAttemptAt: optDate(r.last_attempt_at),
    content: r.content as DeliveryContent,
    editionId: r.edition_id,
    fromEditionId: r.from_edition_id,
  };
}

/**
 * Delivery log and claim protocol. Each state change is a single conditional UPDATE, which is atomic
 * in both engines: under PostgreSQL READ COMMITTED a concurrent updater re-checks the WHERE clause
 * against the committed row, so exactly one process wins a claim.
 */
export class DeliveryRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts unless the delivery key already exists. Returns true when this call inserted it. */
  async insertIfAbsent(d: NewDelivery, now = new Date()): Promise<boolean> {
    const res = await this.db
      .insertInto('deliveries')
      .values(newRow(d, iso(now)))
      .onConflict((oc) => oc.column('delivery_key').doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /**
   * {@link insertIfAbsent} for many rows, in multi-row INSERTs (chunks of {@link INSERT_CHUNK}, in the
   * given order). Returns the keys this call inserted; keys that already existed are left untouched.
   * Not atomic by itself: run it inside a transaction for all-or-nothing.
   */
  async insertManyIfAbsent(ds: readonly NewDelivery[], now = new Date()): Promise<Set<string>> {
    const at = iso(now);
    const inserted = new Set<string>();
    for (let start = 0; start < ds.length; start += INSERT_CHUNK) {
      const rows = await this.db
        .insertInto('deliveries')
        .values(ds.slice(start, start + INSERT_CHUNK).map((d) => newRow(d, at)))
        .onConflict((oc) => oc.column('delivery_key').doNothing())
        .returning('delivery_key')
        .execute();
      for (const r of rows) inserted.add(r.delivery_key);
    }
    return inserted;
  }

  async get(deliveryKey: string): Promise<Delivery | undefined> {
    const row = await this.db.selectFrom('deliveries').selectAll().where('delivery_key', '=', deliveryKey).executeTakeFirst();
    return row && toDelivery(row);
  }

  /**
   * Pending deliveries nobody holds a live claim on, oldest fire first (then by id), each with its
   * subscription's current channel. Pages with `after`: pass the last row of the previous page (keyset,
   * so rows that change state meanwhile neither shift the pages nor come round twice).
   */
  async listClaimable(now: Date, leaseMs: number, limit = 10_000, after?: DeliveryCursor): Promise<ClaimableDelivery[]> {
    const expired = iso(new Date(now.getTime() - leaseMs));
    let q = this.db
      .selectFrom('deliveries')
      // No FK (history outlives subscriptions), hence a left join.
      .leftJoin('subscriptions', 'subscriptions.id', 'deliveries.subscription_id')
      .selectAll('deliveries')
      .select('subscriptions.channel_id as channel_id')
      .where('deliveries.status', '=', 'pending')
      .where((eb) => eb.or([eb('deliveries.claimed_by', 'is', null), eb('deliveries.claimed_at', '<', expired)]));
    if (after) {
      const fireTime = iso(after.fireTime);
      q = q.where((eb) =>
        eb.or([
          eb('deliveries.fire_time', '>', fireTime),
          eb.and([eb('deliveries.fire_time', '=', fireTime), eb('deliveries.id', '>', after.id)]),
        ]),
      );
    }
    const rows = await q.orderBy('deliveries.fire_time').orderBy('deliveries.id').limit(limit).execute();
    return rows.map(({ channel_id, ...r }) => ({ ...toDelivery(r), channelId: channel_id ?? null }));
  }

  /** Takes the claim if the delivery is pending and unclaimed (or its lease expired). */
  async claim(deliveryKey: string, claimant: string, now: Date, leaseMs: number): Promise<Delivery | undefined> {
    const expired = iso(new Date(now.getTime() - leaseMs));
    const row = await this.db
      .updateTable('deliveries')
      .set({ claimed_by: claimant, claimed_at: iso(now), updated_at: iso(now) })
      .where('delivery_key', '=', deliveryKey)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('claimed_by', 'is', null), eb('claimed_at', '<', expired)]))
      .returningAll()
      .executeTakeFirst();
    return row && toDelivery(row);
  }

  /**
   * Counts a send attempt and renews the lease; must be durable before the send. Returns the new
   * attempt count, or undefined if the claim was lost.
   */
  async recordAttempt(deliveryKey: string, claimant: string, now: Date): Promise<number | undefined> {
    const row = await this.db
      .updateTable('deliveries')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), claimed_at: iso(now), last_attempt_at: iso(now), updated_at: iso(now) }))
      .where('delivery_key', '=', deliveryKey)
      .where('status', '=', 'pending')
      .where('claimed_by', '=', claimant)
      .returning('attempts')
      .executeTakeFirst();
    return row && Number(row.attempts);
  }

  /** Gives the claim back, leaving the delivery pending for a later tick (with `error` as its last error). */
  async release(deliveryKey: string, claimant: string, error: string | null, now: Date): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ claimed_by: null, claimed_at: null, error, updated_at: iso(now) })
      .where('delivery_key', '=', deliveryKey)
      .where('status', '=', 'pending')
      .where('claimed_by', '=', claimant)
      .execute();
  }

  /**
   * Marks delivered and, in the same transaction, stamps the subscription (and advances its rotation).
   * Conditional on the delivery still being pending, so the rotation moves once per delivery.
   */
  async markDelivered(args: { deliveryKey: string; messageId: string; now: Date; advanceRotation: boolean }): Promise<boolean> {
    return inTransaction(this.db, async (trx) => {
      const row = await trx
        .updateTable('deliveries')
        .set({
          status: 'delivered',
          message_id: args.messageId,
          error: null,
          delivered_at: iso(args.now),
          updated_at: iso(args.now),
        })
        .where('delivery_key', '=', args.deliveryKey)
        .where('status', '=', 'pending')
        .returning('subscription_id')
        .executeTakeFirst();
      if (!row) return false;
      await new SubscriptionRepo(trx).markDelivered(Number(row.subscription_id), args.now, args.advanceRotation);
      return true;
    });
  }

  /** Remembers which edition a digest showed (set when it is rendered, so a resend records what it resent). */
  async setEdition(deliveryKey: string, editionId: string): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ edition_id: editionId })
      .where('delivery_key', '=', deliveryKey)
      .where('content', '=', 'digest')
      .execute();
  }

  /** The edition the subscription's last delivered digest showed, if it recorded one. */
  async lastDeliveredDigestEdition(subscriptionId: number, exceptKey?: string): Promise<string | undefined> {
    let q = this.db
      .selectFrom('deliveries')
      .select('edition_id')
      .where('subscription_id', '=', subscriptionId)
      .where('status', '=', 'delivered')
      .where('content', '=', 'digest')
      .where('edition_id', 'is not', null);
    if (exceptKey !== undefined) q = q.where('delivery_key', '!=', exceptKey);
    const row = await q.orderBy('delivered_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row?.edition_id ?? undefined;
  }

  markFailed(deliveryKey: string, error: string, now: Date): Promise<boolean> {
    return this.finish(deliveryKey, 'failed', error, now);
  }

  markMissed(deliveryKey: string, reason: string, now: Date): Promise<boolean> {
    return this.finish(deliveryKey, 'missed', reason, now);
  }

  async listRecentBySubscription(subscriptionId: number, limit = 20): Promise<Delivery[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('subscription_id', '=', subscriptionId)
      .orderBy('fire_time', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toDelivery);
  }

  private async finish(deliveryKey: string, status: 'failed' | 'missed', error: string, now: Date): Promise<boolean> {
    const res = await this.db
      .updateTable('deliveries')
      .set({ status, error, claimed_by: null, claimed_at: null, updated_at: iso(now) })
      .where('delivery_key', '=', deliveryKey)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }
}

/** Rows per multi-row INSERT: 16 columns × 500 stays far below SQLite's and PostgreSQL's parameter limits. */
const INSERT_CHUNK = 500;

function newRow(d: NewDelivery, at: string) {
  return {
    delivery_key: d.deliveryKey,
    subscription_id: d.subscriptionId,
    kind: d.kind,
    fire_time: iso(d.fireTime),
    status: d.status,
    nonce: d.nonce,
    section: d.section,
    attempts: 0,
    message_id: null,
    error: d.error ?? null,
    claimed_by: null,
    claimed_at: null,
    created_at: at,
    updated_at: at,
    delivered_at: null,
    last_attempt_at: null,
    content: d.content ?? 'digest',
    edition_id: d.editionId ?? null,
    from_edition_id: d.fromEditionId ?? null,
  };
}

export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
