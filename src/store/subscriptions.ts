import type { Lang } from '../briefing/schema.ts';
import type { Kysely, Selectable, UpdateObject } from 'kysely';
import type {
  Database,
  Delivers,
  NewSubscription,
  Scope,
  Subscription,
  SubscriptionPatch,
  SubscriptionStatus,
  SubscriptionsTable,
} from './types.ts';
import { iso, optDate } from './dates.ts';

type Row = Selectable<SubscriptionsTable>;

export function toSubscription(r: Row): Subscription {
  return {
    id: Number(r.id),
    guildId: r.guild_id,
    channelId: r.channel_id,
    section: r.section,
    rotationIndex: Number(r.rotation_index),
    schedule: r.schedule,
    scheduleLabel: r.schedule_label,
    timezone: r.timezone,
    language: r.language as Lang,
    briefingId: r.briefing_id,
    status: r.status as SubscriptionStatus,
    disabledReason: r.disabled_reason,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    lastDeliveredAt: optDate(r.last_delivered_at),
    lastFireCheckedAt: new Date(r.last_fire_checked_at),
    nextFireAt: optDate(r.next_fire_at),
    delivers: r.delivers as Delivers,
  };
}

/**
 * Unsubscribing is a soft delete (`deleted_at`): the row and its delivery history stay for auditing,
 * ids are never reused, and every read below ignores deleted rows unless it says otherwise.
 */
export class SubscriptionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Idempotent per `requestId`: a second create for the same request returns the row the first one made. */
  async create(input: NewSubscription, now = new Date()): Promise<Subscription> {
    const at = iso(now);
    const requestId = input.requestId ?? null;
    const row = await this.db
      .insertInto('subscriptions')
      .values({
        guild_id: input.guildId,
        channel_id: input.channelId,
        section: input.section,
        rotation_index: 0,
        schedule: input.schedule,
        schedule_label: input.scheduleLabel,
        timezone: input.timezone,
        language: input.language,
        briefing_id: input.briefingId ?? null,
        status: 'active',
        disabled_reason: null,
        created_by: input.createdBy,
        created_at: at,
        updated_at: at,
        last_delivered_at: null,
        // Only fires after creation count: a new 09:00 subscription made at 09:05 waits for tomorrow.
        last_fire_checked_at: at,
        next_fire_at: null,
        deleted_at: null,
        request_id: requestId,
        delivers: input.delivers ?? 'digests',
      })
      .onConflict((oc) => oc.column('request_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return toSubscription(row);
    const first = await this.db.selectFrom('subscriptions').selectAll().where('request_id', '=', requestId).executeTakeFirstOrThrow();
    return toSubscription(first);
  }

  async get(id: number, scope: Scope = {}): Promise<Subscription | undefined> {
    let q = this.db.selectFrom('subscriptions').selectAll().where('id', '=', id).where('deleted_at', 'is', null);
    if (scope.guildId !== undefined) q = q.where('guild_id', '=', scope.guildId);
    const row = await q.executeTakeFirst();
    return row && toSubscription(row);
  }

  /** Also returns soft-deleted rows (for delivery history). */
  async getIncludingDeleted(id: number): Promise<(Subscription & { deletedAt: Date | null }) | undefined> {
    const row = await this.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { ...toSubscription(row), deletedAt: optDate(row.deleted_at) };
  }

  async listByGuild(guildId: string): Promise<Subscription[]> {
    const rows = await this.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map(toSubscription);
  }

  async listByChannel(channelId: string): Promise<Subscription[]> {
    const rows = await this.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('channel_id', '=', channelId)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map(toSubscription);
  }

  async countByGuild(guildId: string): Promise<number> {
    const row = await this.db
      .selectFrom('subscriptions')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('guild_id', '=', guildId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Active subscriptions whose next fire is due (or not yet computed), by id. Pages with `afterId`
   * (the last id of the previous page).
   */
  async listDue(now: Date, limit = 10_000, afterId?: number): Promise<Subscription[]> {
    let q = this.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('status', '=', 'active')
      .where('deleted_at', 'is', null)
      // Change-alert-only subscriptions have no schedule to run.
      .where('delivers', '!=', 'changes')
      .where((eb) => eb.or([eb('next_fire_at', 'is', null), eb('next_fire_at', '<=', iso(now))]));
    if (afterId !== undefined) q = q.where('id', '>', afterId);
    const rows = await q.orderBy('id').limit(limit).execute();
    return rows.map(toSubscription);
  }

  /**
   * Edits settings. A changed schedule/timezone moves the watermark to now so past fires of the
   * new schedule are not treated as missed.
   */
  async update(id: number, patch: SubscriptionPatch, scope: Scope = {}): Promise<Subscription | undefined> {
    const now = iso(scope.now ?? new Date());
    const set: UpdateObject<Database, 'subscriptions'> = { updated_at: now };
    if (patch.channelId !== undefined) set.channel_id = patch.channelId;
    if (patch.section !== undefined) {
      set.section = patch.section;
      set.rotation_index = 0;
    }
    if (patch.scheduleLabel !== undefined) set.schedule_label = patch.scheduleLabel;
    if (patch.language !== undefined) set.language = patch.language;
    if (patch.briefingId !== undefined) set.briefing_id = patch.briefingId;
    if (patch.schedule !== undefined || patch.timezone !== undefined) {
      if (patch.schedule !== undefined) set.schedule = patch.schedule;
      if (patch.timezone !== undefined) set.timezone = patch.timezone;
      set.last_fire_checked_at = now;
      set.next_fire_at = null;
    }
    return this.mutate(id, scope, set);
  }

  pause(id: number, scope: Scope = {}): Promise<Subscription | undefined> {
    return this.mutate(id, scope, { status: 'paused', updated_at: iso(scope.now ?? new Date()) });
  }

  /**
   * Back to active (from paused or disabled). Fires that passed meanwhile are skipped, not caught up.
   * The command layer re-checks channel permissions before calling this.
   */
  resume(id: number, scope: Scope = {}): Promise<Subscription | undefined> {
    const now = iso(scope.now ?? new Date());
    return this.mutate(id, scope, {
      status: 'active',
      disabled_reason: null,
      last_fire_checked_at: now,
      next_fire_at: null,
      updated_at: now,
    });
  }

  /** Alias of {@link resume} for disabled subscriptions. */
  enable(id: number, scope: Scope = {}): Promise<Subscription | undefined> {
    return this.resume(id, scope);
  }

  disable(id: number, reason: string, scope: Scope = {}): Promise<Subscription | undefined> {
    return this.mutate(id, scope, {
      status: 'disabled',
      disabled_reason: reason,
      updated_at: iso(scope.now ?? new Date()),
    });
  }

  /** Unsubscribe (soft delete). Returns false when there was nothing to delete in that scope. */
  async remove(id: number, scope: Scope = {}): Promise<boolean> {
    const now = iso(scope.now ?? new Date());
    const row = await this.mutate(id, scope, { deleted_at: now, updated_at: now });
    return row !== undefined;
  }

  /**
   * Active subscriptions that take change alerts for a briefing: those naming it, and (when it is the default
   * briefing) those naming none or a briefing no longer loaded, which follow the default.
   */
  async listFollowingChanges(briefingId: string, opts: { isDefault: boolean; loadedIds: readonly string[] }): Promise<Subscription[]> {
    let q = this.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('status', '=', 'active')
      .where('deleted_at', 'is', null)
      .where('delivers', 'in', ['changes', 'both']);
    q = opts.isDefault
      ? q.where((eb) =>
          eb.or([
            eb('briefing_id', '=', briefingId),
            eb('briefing_id', 'is', null),
            ...(opts.loadedIds.length > 0 ? [eb('briefing_id', 'not in', [...opts.loadedIds])] : []),
          ]),
        )
      : q.where('briefing_id', '=', briefingId);
    const rows = await q.orderBy('id').execute();
    return rows.map(toSubscription);
  }

  async advanceRotation(id: number): Promise<void> {
    await this.db
      .updateTable('subscriptions')
      .set((eb) => ({ rotation_index: eb('rotation_index', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }

  /** Moves the scheduler watermark forward (never backward) and stores the next fire time. */
  async recordFireCheck(id: number, checkedUpTo: Date, nextFireAt: Date | null): Promise<void> {
    await this.db
      .updateTable('subscriptions')
      .set({ last_fire_checked_at: iso(checkedUpTo), next_fire_at: nextFireAt && iso(nextFireAt) })
      .where('id', '=', id)
      .where('last_fire_checked_at', '<=', iso(checkedUpTo))
      .execute();
  }

  async markDelivered(id: number, at: Date, advanceRotation: boolean): Promise<void> {
    await this.db
      .updateTable('subscriptions')
      .set((eb) => ({
        last_delivered_at: iso(at),
        ...(advanceRotation ? { rotation_index: eb('rotation_index', '+', 1) } : {}),
      }))
      .where('id', '=', id)
      .execute();
  }

  private async mutate(id: number, scope: Scope, set: UpdateObject<Database, 'subscriptions'>): Promise<Subscription | undefined> {
    let q = this.db.updateTable('subscriptions').set(set).where('id', '=', id).where('deleted_at', 'is', null);
    if (scope.guildId !== undefined) q = q.where('guild_id', '=', scope.guildId);
    const row = await q.returningAll().executeTakeFirst();
    return row && toSubscription(row);
  }
}
