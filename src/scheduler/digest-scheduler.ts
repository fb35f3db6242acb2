import { randomUUID } from 'node:crypto';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import cron, { type ScheduledTask } from 'node-cron';
import { ROTATE, type Delivery, type NewDelivery, type Store, type Subscription } from '../store/index.ts';
import { manualKey, nonceFor, scheduledKey } from './delivery-key.ts';
import { nextFireTime, nextFireTimes } from './fire-times.ts';
import { KeyedPool } from './pool.ts';
import { silentLogger, type Logger } from '../log.ts';
import { systemClock, type Clock, type DigestSender, type RenderDigest, type SendResult } from './types.ts';

const MINUTE = 60_000;
/** Longest stretch the materialize phase keeps the event loop to itself (see {@link DigestScheduler.breathe}). */
const SLICE_MS = 8;

export interface DigestSchedulerOptions {
  store: Store;
  sender: DigestSender;
  render: RenderDigest;
  /** Ordered sections a `rotate` subscription cycles through: those of the subscription's own briefing (never empty). */
  rotationFor: (sub: Subscription) => readonly string[];
  logger?: Logger;
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  /** Identifies this process in delivery claims. Default: random UUID. */
  instanceId?: string;
  /** A run may still be posted (catch-up or retry) this long after its fire time. Default 15 min. */
  graceMs?: number;
  /**
   * A claim not renewed for this long is presumed dead and can be taken over. Default 60 s. Must be
   * shorter than `nonceWindowMs`, so a crashed process's delivery can be retried inside that window.
   */
  claimLeaseMs?: number;
  /**
   * A delivery that may already have been posted (attempts > 0: the outcome of its last send is
   * unknown) is resent only this long after that attempt — while Discord still deduplicates the nonce
   * ("the past few minutes"); later it is given up as missed. Default 3 min.
   */
  nonceWindowMs?: number;
  /** Concurrent sends per tick (never more than one per channel). Default 4. */
  concurrency?: number;
  /** Send attempts per delivery within one tick. Default 3. */
  attemptsPerTick?: number;
  /** Send attempts per delivery overall, across ticks and processes, before it is failed. Default 6. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt. Default 1 s. */
  backoffBaseMs?: number;
  /** Fires older than this before now are not even recorded as missed (long outages). Default 7 days. */
  maxLookbackMs?: number;
  /** Rows read per query when listing due subscriptions and claimable deliveries. Default 2,000. */
  pageSize?: number;
  /** Pages of each list one tick goes through at most; the rest waits for the next tick. Default 100. */
  maxPagesPerTick?: number;
  /** Due subscriptions recorded per transaction. Default 200. */
  materializeBatchSize?: number;
  /** Told of each run's final state and each subscription disabled (metrics); must not throw. */
  onDigest?: (event: DigestEvent) => void;
}

/** What {@link DigestSchedulerOptions.onDigest} hears: a run posted, failed or missed, or a subscription disabled. */
export type DigestEvent = 'delivered' | 'failed' | 'missed' | 'disabled';

export type RunOutcome =
  | { status: 'delivered'; deliveryKey: string; messageId: string }
  | { status: 'failed'; deliveryKey: string; error: string }
  | { status: 'missed'; deliveryKey: string; reason: string }
  /** Left pending after retryable errors; a later tick retries it. */
  | { status: 'retrying'; deliveryKey: string; error: string }
  /** Not sent because the scheduler is stopping; left pending and unclaimed for the next start. */
  | { status: 'deferred'; deliveryKey: string }
  /** Another process holds it, or it was already finished. */
  | { status: 'skipped'; deliveryKey: string };

export interface TickSummary {
  now: Date;
  subscriptionsChecked: number;
  /** Fires recorded as missed (outage beyond grace) during this tick. */
  recordedMissed: number;
  outcomes: RunOutcome[];
}

/**
 * Turns subscriptions into posted digests, exactly once per (subscription, fire time):
 *
 * 1. For each active subscription that is due, the fire times between its watermark and now are
 *    written as delivery rows — the latest one `pending` if still within the grace window, older ones
 *    `missed` — and the watermark advances, in the same transaction (one per batch of subscriptions).
 *    Keys are unique, so concurrent processes computing the same fires insert each row once.
 * 2. Every claimable pending row (new, left for retry, or orphaned by a crash once its lease expired)
 *    is claimed with a conditional UPDATE (one winner across processes), its attempt is recorded,
 *    then it is sent with a nonce derived from its key, then marked delivered.
 *
 * Sending starts as soon as the first batch is recorded, while later batches are still being written.
 * Sends go through a pool that serves channels round-robin with at most one send in flight per
 * channel: a channel with many digests waits on its own rate-limit bucket without holding up the rest.
 * A tick pages through everything due (up to `maxPagesPerTick` pages) rather than one page per minute.
 *
 * A crash between send and record leaves the row pending (its claim lapses after `claimLeaseMs`); the
 * retry reuses the nonce, and Discord's `enforce_nonce` returns the original message instead of posting
 * again. Discord only remembers nonces for "the past few minutes", so a row that may already have been
 * sent (attempts > 0) is resent only within `nonceWindowMs` (default 3 min) of its last attempt; after
 * that it is given up as missed ("outcome of the last send unknown; not resent to avoid a duplicate").
 * The claim lease (default 60 s) is shorter than that window, so a crashed process's row is retried by
 * the next tick after its lease runs out. Rows never attempted (attempts = 0) follow the grace rule
 * alone: they may be posted up to `graceMs` after their fire time; no row is posted later than that.
 *
 * `stop()` lets the sends in flight finish and starts no new ones: deliveries still queued stay
 * pending (a claim taken but not yet used is released), so the next start picks them up.
 */
export class DigestScheduler {
  readonly instanceId: string;
  private readonly store: Store;
  private readonly sender: DigestSender;
  private readonly render: RenderDigest;
  private readonly rotationFor: (sub: Subscription) => readonly string[];
  private readonly log: Logger;
  private readonly clock: Clock;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly graceMs: number;
  private readonly leaseMs: number;
  private readonly nonceWindowMs: number;
  private readonly concurrency: number;
  private readonly attemptsPerTick: number;
  private readonly maxAttempts: number;
  private readonly backoffBaseMs: number;
  private readonly maxLookbackMs: number;
  private readonly pageSize: number;
  private readonly maxPages: number;
  private readonly batchSize: number;
  private readonly onDigest: (event: DigestEvent) => void;
  private lastYield = 0;
  private task: ScheduledTask | undefined;
  private inFlight: Promise<TickSummary> | undefined;
  /** Set by stop(): the running tick sends nothing new. */
  private stopping = false;

  constructor(opts: DigestSchedulerOptions) {
    this.store = opts.store;
    this.sender = opts.sender;
    this.render = opts.render;
    this.rotationFor = opts.rotationFor;
    this.log = opts.logger ?? silentLogger;
    this.clock = opts.clock ?? systemClock;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.instanceId = opts.instanceId ?? randomUUID();
    this.graceMs = opts.graceMs ?? 15 * MINUTE;
    this.leaseMs = opts.claimLeaseMs ?? MINUTE;
    this.nonceWindowMs = opts.nonceWindowMs ?? 3 * MINUTE;
    this.concurrency = Math.max(1, opts.concurrency ?? 4);
    this.attemptsPerTick = Math.max(1, opts.attemptsPerTick ?? 3);
    this.maxAttempts = Math.max(this.attemptsPerTick, opts.maxAttempts ?? 6);
    this.backoffBaseMs = opts.backoffBaseMs ?? 1_000;
    this.maxLookbackMs = opts.maxLookbackMs ?? 7 * 24 * 60 * MINUTE;
    this.pageSize = Math.max(1, opts.pageSize ?? 2_000);
    this.maxPages = Math.max(1, opts.maxPagesPerTick ?? 100);
    this.batchSize = Math.max(1, opts.materializeBatchSize ?? 200);
    this.onDigest = opts.onDigest ?? (() => undefined);
    if (this.leaseMs >= this.graceMs) throw new Error('claimLeaseMs must be shorter than graceMs');
    if (this.leaseMs >= this.nonceWindowMs) throw new Error('claimLeaseMs must be shorter than nonceWindowMs');
  }

  /** Ticks every minute (and once right away). Idempotent. */
  start(): void {
    if (this.task) return;
    const run = () => {
      this.tick().catch((err: unknown) => this.log.error({ err }, 'digest tick failed'));
    };
    // Overlap is handled by tick() itself (a tick still running absorbs the next one).
    this.task = cron.schedule('* * * * *', run, { name: `digest-scheduler-${this.instanceId}` });
    run();
  }

  /**
   * Stops the timer; a running tick finishes the sends in flight but starts no new ones (the rest stay
   * pending for the next start). Resolves once that tick has ended.
   */
  async stop(): Promise<void> {
    const task = this.task;
    this.task = undefined;
    this.stopping = true;
    try {
      if (task) await task.destroy();
      await this.inFlight?.catch(() => undefined);
    } finally {
      this.stopping = false;
    }
  }

  /** One scheduling pass. Overlapping calls share the pass already running. */
  tick(): Promise<TickSummary> {
    this.inFlight ??= this.runTick().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /**
   * Posts a subscription's digest now (any status), outside its schedule. With a `requestId` (e.g. the
   * Discord interaction id) the run is keyed by it, so the same request made again returns the first
   * run's outcome (or finishes that run) instead of posting a second time.
   */
  async sendNow(
    subscriptionId: number,
    scope: { guildId?: string } = {},
    requestId?: string,
  ): Promise<RunOutcome | { status: 'not-found' }> {
    const sub = await this.store.subscriptions.get(subscriptionId, scope);
    if (!sub) return { status: 'not-found' };
    const now = this.clock.now();
    const key = manualKey(sub.id, requestId || now);
    const inserted = await this.store.deliveries.insertIfAbsent(
      {
        deliveryKey: key,
        subscriptionId: sub.id,
        kind: 'manual',
        fireTime: now,
        status: 'pending',
        nonce: nonceFor(key),
        section: this.sectionFor(sub),
      },
      now,
    );
    if (!inserted) {
      const existing = await this.store.deliveries.get(key);
      if (existing?.status === 'delivered') return { status: 'delivered', deliveryKey: key, messageId: existing.messageId ?? '' };
      if (existing?.status === 'failed') return { status: 'failed', deliveryKey: key, error: existing.error ?? 'failed' };
      if (existing?.status === 'missed') return { status: 'missed', deliveryKey: key, reason: existing.error ?? 'missed' };
      // Still pending: finish it if nobody holds it (same nonce, so no second post), else 'skipped'.
    }
    return this.deliver(key);
  }

  private async runTick(): Promise<TickSummary> {
    const now = this.clock.now();
    const outcomes: RunOutcome[] = [];
    const pool = new KeyedPool<Queued>(
      this.concurrency,
      (q) => q.channel,
      async (q) => {
        // Stopping: leave what is still queued pending (and unclaimed) for the next start.
        if (this.stopping) outcomes.push({ status: 'deferred', deliveryKey: q.key });
        else outcomes.push(await this.deliverSafely(q.key));
      },
    );
    // Each delivery is taken at most once per tick: one left pending for retry waits for the next tick.
    const seen = new Set<string>();
    const enqueue = (key: string, channelId: string | null) => {
      if (seen.has(key)) return;
      seen.add(key);
      // Without a subscription row there is nothing to send (deliver() gives it up): no channel to share.
      pool.push({ key, channel: channelId ?? `\0${key}` });
    };

    let checked = 0;
    let recordedMissed = 0;
    let failure: { err: unknown } | undefined;
    try {
      // Rows already pending: retries from earlier ticks, orphans of dead processes' claims.
      await this.enqueueClaimable(now, enqueue);
      // New rows, each batch queued for sending as soon as it is committed.
      ({ checked, recordedMissed } = await this.materializeDue(now, enqueue));
      // Rows another process recorded meanwhile and has not taken (the claim decides who sends).
      await this.enqueueClaimable(now, enqueue);
    } catch (err) {
      failure = { err };
    }
    pool.close();
    await pool.done;
    if (failure) throw failure.err;

    const summary = { now, subscriptionsChecked: checked, recordedMissed, outcomes };
    if (checked || pool.size) {
      this.log.info({ subscriptions: checked, deliveries: pool.size, recordedMissed, ...countBy(outcomes) }, 'digest tick');
    }
    return summary;
  }

  /** Queues every claimable pending delivery (page by page). */
  private async enqueueClaimable(now: Date, enqueue: (key: string, channelId: string | null) => void): Promise<void> {
    let after: Delivery | undefined;
    for (let page = 0; page < this.maxPages; page++) {
      if (this.stopping) return;
      const rows = await this.store.deliveries.listClaimable(now, this.leaseMs, this.pageSize, after);
      for (const d of rows) enqueue(d.deliveryKey, d.channelId);
      if (rows.length < this.pageSize) return;
      after = rows[rows.length - 1];
      await this.breathe();
    }
    this.log.warn(
      { pages: this.maxPages, pageSize: this.pageSize },
      'more claimable deliveries than one tick takes; the rest wait for the next tick',
    );
  }

  /** Records the due subscriptions' fires (page by page, in batches) and queues the new pending rows. */
  private async materializeDue(
    now: Date,
    enqueue: (key: string, channelId: string | null) => void,
  ): Promise<{ checked: number; recordedMissed: number }> {
    let checked = 0;
    let recordedMissed = 0;
    let afterId: number | undefined;
    for (let page = 0; page < this.maxPages; page++) {
      // Keyset by id: a subscription that could not be recorded (and so is still due) is not read twice.
      const due = await this.store.subscriptions.listDue(now, this.pageSize, afterId);
      checked += due.length;
      for (let i = 0; i < due.length; i += this.batchSize) {
        // Stopping: subscriptions not recorded yet stay due (their watermark has not moved).
        if (this.stopping) return { checked, recordedMissed };
        await this.breathe();
        recordedMissed += await this.materializeBatch(due.slice(i, i + this.batchSize), now, enqueue);
      }
      if (due.length < this.pageSize) return { checked, recordedMissed };
      afterId = due[due.length - 1]!.id;
    }
    this.log.warn(
      { pages: this.maxPages, pageSize: this.pageSize },
      'more due subscriptions than one tick takes; the rest wait for the next tick',
    );
    return { checked, recordedMissed };
  }

  /**
   * Records a batch of due subscriptions in one transaction; returns how many runs were recorded as
   * missed. If that transaction fails, each subscription is retried in its own, so one bad row only
   * holds back its own subscription (which stays due and is retried next tick).
   */
  private async materializeBatch(
    subs: readonly Subscription[],
    now: Date,
    enqueue: (key: string, channelId: string | null) => void,
  ): Promise<number> {
    const plans: Plan[] = [];
    for (const sub of subs) {
      await this.breathe();
      try {
        const plan = await this.plan(sub, now);
        if (plan) plans.push(plan);
      } catch (err) {
        this.log.error({ err, subscriptionId: sub.id }, 'could not schedule subscription');
      }
    }
    if (plans.length === 0) return 0;
    await this.breathe();
    try {
      return await this.record(plans, now, enqueue);
    } catch (err) {
      if (plans.length === 1) {
        this.log.error({ err, subscriptionId: plans[0]!.sub.id }, 'could not schedule subscription');
        return 0;
      }
      this.log.warn({ err, subscriptions: plans.length }, 'batch could not be recorded; recording its subscriptions one by one');
    }
    let missed = 0;
    for (const plan of plans) {
      try {
        missed += await this.record([plan], now, enqueue);
      } catch (err) {
        this.log.error({ err, subscriptionId: plan.sub.id }, 'could not schedule subscription');
      }
    }
    return missed;
  }

  /** The delivery rows for the fires since the watermark; undefined (and disabled) if its schedule is invalid. */
  private async plan(sub: Subscription, now: Date): Promise<Plan | undefined> {
    let fires: Date[];
    let next: Date | null;
    try {
      const from = new Date(Math.max(sub.lastFireCheckedAt.getTime(), now.getTime() - this.maxLookbackMs));
      fires = nextFireTimes(sub.schedule, sub.timezone, from, now);
      next = nextFireTime(sub.schedule, sub.timezone, now);
    } catch (err) {
      const reason = `invalid schedule: ${err instanceof Error ? err.message : String(err)}`;
      await this.store.subscriptions.disable(sub.id, reason, { now });
      this.onDigest('disabled');
      this.log.warn({ subscriptionId: sub.id, reason }, 'subscription disabled');
      return undefined;
    }
    const section = this.sectionFor(sub);
    const rows = fires.map((fireTime, i): NewDelivery => {
      const inGrace = i === fires.length - 1 && now.getTime() - fireTime.getTime() <= this.graceMs;
      const key = scheduledKey(sub.id, fireTime);
      return {
        deliveryKey: key,
        subscriptionId: sub.id,
        kind: 'scheduled',
        fireTime,
        status: inGrace ? 'pending' : 'missed',
        nonce: nonceFor(key),
        section,
        error: inGrace ? null : 'bot was offline at the scheduled time (past the catch-up window)',
      };
    });
    return { sub, rows, next };
  }

  /**
   * Inserts the planned rows (if absent) and advances the watermarks, in one transaction; once it has
   * committed, queues the pending rows this call inserted. Returns how many missed rows it inserted.
   */
  private async record(plans: readonly Plan[], now: Date, enqueue: (key: string, channelId: string | null) => void): Promise<number> {
    const inserted = await this.store.transaction(async (tx) => {
      const keys = await tx.deliveries.insertManyIfAbsent(
        plans.flatMap((p) => p.rows),
        now,
      );
      // One UPDATE per subscription, in id order, so concurrent processes lock rows in the same order.
      for (const p of plans) await tx.subscriptions.recordFireCheck(p.sub.id, now, p.next);
      return keys;
    });
    let missed = 0;
    for (const p of plans) {
      for (const row of p.rows) {
        if (!inserted.has(row.deliveryKey)) continue;
        if (row.status === 'missed') {
          missed++;
          this.onDigest('missed');
        } else enqueue(row.deliveryKey, p.sub.channelId);
      }
    }
    return missed;
  }

  /**
   * Lets the event loop run if this pass has kept it for more than {@link SLICE_MS}. With SQLite every
   * query completes synchronously, so without this the materialize phase would run start to finish in
   * microtasks while the sends it queued wait to reach the network — and then go out in a burst that the
   * REST client's 1-second global window no longer matches (global 429s).
   */
  private async breathe(): Promise<void> {
    const now = performance.now();
    if (now - this.lastYield < SLICE_MS) return;
    await nextMacrotask();
    this.lastYield = performance.now();
  }

  /** {@link deliver} from a tick (so it obeys stop()), with a store failure while claiming turned into a retry outcome. */
  private async deliverSafely(key: string): Promise<RunOutcome> {
    try {
      return await this.deliver(key, true);
    } catch (err) {
      this.log.error({ deliveryKey: key, err }, 'delivery aborted');
      return { status: 'retrying', deliveryKey: key, error: String(err) };
    }
  }

  /**
   * Claims one pending delivery and takes it to a final state (or back to pending for retry). With
   * `stoppable`, a stop() requested before a send starts releases the claim instead ('deferred').
   */
  private async deliver(key: string, stoppable = false): Promise<RunOutcome> {
    const { deliveries, subscriptions } = this.store;
    const now = this.clock.now();
    const d = await deliveries.claim(key, this.instanceId, now, this.leaseMs);
    if (!d) return { status: 'skipped', deliveryKey: key };
    const ctx = { deliveryKey: key, subscriptionId: d.subscriptionId };
    try {
      // (No attempt time with attempts > 0 — rows attempted by a version without the column — counts
      // from the fire time, which can only make the window end earlier.)
      const lastAttempt = d.lastAttemptAt ?? d.fireTime;
      if (d.attempts > 0 && now.getTime() - lastAttempt.getTime() > this.nonceWindowMs) {
        // The last send may have posted, and Discord no longer dedups its nonce: a resend could duplicate.
        const reason = `outcome of the last send unknown; not resent to avoid a duplicate (${d.attempts} attempt(s), last: ${d.error ?? 'interrupted'})`;
        return await this.finish(d, 'missed', reason);
      }
      if (now.getTime() - d.fireTime.getTime() > this.graceMs) {
        const reason =
          d.attempts > 0
            ? `gave up after ${d.attempts} attempt(s) at the end of the catch-up window; outcome of the last send unknown (${d.error ?? 'interrupted'})`
            : 'not sent within the catch-up window';
        return await this.finish(d, 'missed', reason);
      }
      const sub = await subscriptions.get(d.subscriptionId);
      if (!sub) return await this.finish(d, 'missed', 'subscription was removed');
      if (d.kind === 'scheduled' && sub.status !== 'active') return await this.finish(d, 'missed', `subscription is ${sub.status}`);

      let payload: object;
      try {
        payload = await this.render(sub, d.section, d.fireTime, d);
      } catch (err) {
        this.log.error({ ...ctx, err }, 'digest render failed');
        return await this.finish(d, 'failed', `render failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      return await this.sendWithRetry(d, sub, payload, stoppable);
    } catch (err) {
      // Store trouble mid-delivery: the claim lapses and another tick picks the row up again.
      this.log.error({ ...ctx, err }, 'delivery aborted');
      return { status: 'retrying', deliveryKey: key, error: String(err) };
    }
  }

  private async sendWithRetry(d: Delivery, sub: Subscription, payload: object, stoppable: boolean): Promise<RunOutcome> {
    const key = d.deliveryKey;
    const ctx = { deliveryKey: key, subscriptionId: sub.id, channelId: sub.channelId };
    let last: Extract<SendResult, { ok: false }> | undefined;
    for (let i = 0; i < this.attemptsPerTick; i++) {
      if (i > 0) await this.sleep(this.backoffBaseMs * 2 ** (i - 1));
      if (stoppable && this.stopping) {
        // No new send while stopping: give the claim back so the next start takes the row at once.
        await this.store.deliveries.release(key, this.instanceId, last ? describe(last) : d.error, this.clock.now());
        return { status: 'deferred', deliveryKey: key };
      }
      const attempts = await this.store.deliveries.recordAttempt(key, this.instanceId, this.clock.now());
      if (attempts === undefined) return { status: 'skipped', deliveryKey: key }; // claim lost
      const result = await this.safeSend(sub.channelId, payload, d.nonce);
      if (result.ok) {
        // Every delivered digest of a rotation (manual ones too) moves it on; missed/failed runs and change alerts do not.
        await this.store.deliveries.markDelivered({
          deliveryKey: key,
          messageId: result.messageId,
          now: this.clock.now(),
          advanceRotation: sub.section === ROTATE && d.content === 'digest',
        });
        this.onDigest('delivered');
        this.log.debug({ ...ctx, messageId: result.messageId, attempts }, 'digest delivered');
        return { status: 'delivered', deliveryKey: key, messageId: result.messageId };
      }
      last = result;
      const error = describe(result);
      if (result.kind === 'forbidden' || result.kind === 'not-found') {
        const reason = `${result.kind === 'forbidden' ? 'no access to the channel' : 'channel not found'}: ${error}`;
        await this.store.subscriptions.disable(sub.id, reason, { now: this.clock.now() });
        this.onDigest('disabled');
        this.log.warn({ ...ctx, reason }, 'subscription disabled');
        return this.finish(d, 'failed', error);
      }
      if (result.kind === 'fatal') {
        this.log.error({ ...ctx, error }, 'digest send failed');
        return this.finish(d, 'failed', error);
      }
      this.log.warn({ ...ctx, error, attempts }, 'digest send failed, will retry');
      if (attempts >= this.maxAttempts) return this.finish(d, 'failed', `gave up after ${attempts} attempts: ${error}`);
    }
    const error = last ? describe(last) : 'unknown error';
    await this.store.deliveries.release(key, this.instanceId, error, this.clock.now());
    return { status: 'retrying', deliveryKey: key, error };
  }

  private async safeSend(channelId: string, payload: object, nonce: string): Promise<SendResult> {
    try {
      return await this.sender.send(channelId, payload, nonce);
    } catch (err) {
      return { ok: false, kind: 'retryable', message: `sender threw: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  private async finish(d: Delivery, status: 'failed' | 'missed', reason: string): Promise<RunOutcome> {
    const now = this.clock.now();
    const done =
      status === 'failed'
        ? await this.store.deliveries.markFailed(d.deliveryKey, reason, now)
        : await this.store.deliveries.markMissed(d.deliveryKey, reason, now);
    if (!done) return { status: 'skipped', deliveryKey: d.deliveryKey };
    this.onDigest(status);
    return status === 'failed' ? { status, deliveryKey: d.deliveryKey, error: reason } : { status, deliveryKey: d.deliveryKey, reason };
  }

  /** The section a run posts: the subscription's own, or the rotation's current one. */
  sectionFor(sub: Subscription): string {
    if (sub.section !== ROTATE) return sub.section;
    const sections = this.rotationFor(sub);
    if (sections.length === 0) throw new Error(`subscription #${sub.id}: nothing to rotate through`);
    return sections[sub.rotationIndex % sections.length]!;
  }
}

/** A delivery queued for sending, keyed by the channel it posts to. */
interface Queued {
  key: string;
  channel: string;
}

/** What materializing one subscription writes. */
interface Plan {
  sub: Subscription;
  rows: NewDelivery[];
  next: Date | null;
}

function describe(r: Extract<SendResult, { ok: false }>): string {
  const parts = [r.status, r.code].filter((x) => x !== undefined).join('/');
  return parts ? `${r.message} (${parts})` : r.message;
}

function countBy(outcomes: RunOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
  return counts;
}
