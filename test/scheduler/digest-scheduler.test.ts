import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nonceFor, scheduledKey } from '../../src/scheduler/delivery-key.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { engines, type TestDatabase } from '../store/engines.ts';
import { ChannelLimitedSender, FakeSender, http500, invalidBody, local, missingPermissions, unknownChannel } from './fakes.ts';
import { harness, SECTIONS, tickThrough } from './harness.ts';

const MIN = 60_000;

describe.each(engines)('DigestScheduler on $engine', ({ create }) => {
  let db: TestDatabase | undefined;
  let store: Store;

  beforeEach(async () => {
    db = await create();
    store = await openStore(db.url);
  });
  afterEach(async () => {
    try {
      await store?.close();
    } finally {
      await db?.cleanup();
      db = undefined;
    }
  });

  it('posts at 09:00 local on both sides of a DST change', async () => {
    const h = harness(store, '2025-03-08T00:00:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00', timezone: 'America/New_York' });
    await tickThrough(h, '2025-03-11T00:00:00Z', 10);

    const posted = (await store.deliveries.listRecentBySubscription(sub.id)).reverse();
    expect(posted.map((d) => [d.status, local(d.fireTime, 'America/New_York')])).toEqual([
      ['delivered', '2025-03-08 09:00'],
      ['delivered', '2025-03-09 09:00'], // first day of EDT
      ['delivered', '2025-03-10 09:00'],
    ]);
    expect(h.sender.messages).toHaveLength(3);
    expect(h.sender.messages[0]?.nonce).toBe(nonceFor(`${sub.id}:2025-03-08T14:00:00.000Z`));
  });

  it('posts on the minute it fires and only once while ticking every minute through a fall-back night', async () => {
    const h = harness(store, '2025-10-25T23:50:00Z');
    await h.subscribe({ schedule: '30 1 * * *', timezone: 'Europe/London' });
    await tickThrough(h, '2025-10-26T02:10:00Z', 1);
    expect(h.sender.messages).toHaveLength(1);
    expect(h.sender.messages[0]?.payload).toEqual({ content: expect.stringContaining('2025-10-26T00:30:00.000Z') });
  });

  it('cycles a rotate subscription through the sections, advancing only on delivery', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00', section: 'rotate' });
    h.sender.failNext(sub.channelId, invalidBody); // day 1 fails: rotation must not advance
    await tickThrough(h, '2025-06-05T10:00:00Z', 30);

    const sections = h.sender.messages.map((m) => (m.payload as { content: string }).content.split(' ')[0]);
    expect(sections).toEqual([SECTIONS[0], SECTIONS[1], SECTIONS[2], SECTIONS[0]]);
    expect((await store.subscriptions.get(sub.id))?.rotationIndex).toBe(4);
    const statuses = (await store.deliveries.listRecentBySubscription(sub.id)).map((d) => d.status);
    expect(statuses.sort()).toEqual(['delivered', 'delivered', 'delivered', 'delivered', 'failed']);
  });

  it('does not double-post after a crash between send and record: the retry reuses the nonce', async () => {
    const sender = new FakeSender({ dedupByNonce: true });
    const crashing: Store = {
      ...store,
      deliveries: Object.create(store.deliveries, {
        markDelivered: { value: async () => Promise.reject(new Error('process killed')) },
      }),
    };
    const before = harness(crashing, '2025-06-01T08:59:00Z', { sender, instanceId: 'before-crash' });
    const sub = await before.subscribe({ schedule: 'daily 09:00' });
    before.clock.set('2025-06-01T09:00:00Z');
    const first = await before.scheduler.tick();
    expect(first.outcomes.map((o) => o.status)).toEqual(['retrying']);
    expect(sender.messages).toHaveLength(1); // it did go out

    // "Restart": a new process with the real store, after the dead process's claim lease ran out.
    const after = harness(store, '2025-06-01T09:03:00Z', { sender, instanceId: 'after-crash' });
    const second = await after.scheduler.tick();
    expect(second.outcomes.map((o) => o.status)).toEqual(['delivered']);
    expect(sender.calls).toBe(2);
    expect(sender.messages).toHaveLength(1);
    const d = (await store.deliveries.listRecentBySubscription(sub.id))[0];
    expect(d).toMatchObject({ status: 'delivered', attempts: 2, messageId: sender.messages[0]?.id });

    after.clock.set('2025-06-01T09:30:00Z');
    await after.scheduler.tick();
    expect(sender.calls).toBe(2);
  });

  it('gives up (without resending) on a crashed delivery found after the grace window', async () => {
    const sender = new FakeSender({ dedupByNonce: false });
    const crashing: Store = {
      ...store,
      deliveries: Object.create(store.deliveries, {
        markDelivered: { value: async () => Promise.reject(new Error('process killed')) },
      }),
    };
    const before = harness(crashing, '2025-06-01T08:59:00Z', { sender });
    const sub = await before.subscribe({ schedule: 'daily 09:00' });
    before.clock.set('2025-06-01T09:00:00Z');
    await before.scheduler.tick();

    const after = harness(store, '2025-06-01T10:00:00Z', { sender });
    const summary = await after.scheduler.tick();
    expect(summary.outcomes).toEqual([
      expect.objectContaining({
        status: 'missed',
        reason: expect.stringMatching(/outcome of the last send unknown; not resent to avoid a duplicate/),
      }),
    ]);
    expect(sender.messages).toHaveLength(1);
    expect((await store.deliveries.listRecentBySubscription(sub.id))[0]?.status).toBe('missed');
  });

  /** The store as seen by a process killed right after a send, before it could record the delivery. */
  const crashingAfterSend = (): Store => ({
    ...store,
    deliveries: Object.create(store.deliveries, {
      markDelivered: { value: async () => Promise.reject(new Error('process killed')) },
    }),
  });

  it('retries a send orphaned by a crash inside the nonce window, with the same nonce: one message', async () => {
    const inner = new FakeSender({ dedupByNonce: true });
    const nonces: string[] = [];
    const sender = {
      messages: inner.messages,
      send: (c: string, p: object, n: string) => {
        nonces.push(n);
        return inner.send(c, p, n);
      },
    };
    const before = harness(crashingAfterSend(), '2025-06-01T08:59:00Z', { sender, instanceId: 'crashed' });
    const sub = await before.subscribe({ schedule: 'daily 09:00' });
    before.clock.set('2025-06-01T09:00:00Z');
    expect((await before.scheduler.tick()).outcomes.map((o) => o.status)).toEqual(['retrying']);

    // The restarted process ticks every minute with the default options: the dead claim (60 s lease)
    // is taken over at 09:02, well inside the 3-minute nonce window after the 09:00 attempt.
    const after = harness(store, '2025-06-01T09:01:00Z', { sender, instanceId: 'restarted' });
    expect((await after.scheduler.tick()).outcomes).toEqual([]); // lease still live
    after.clock.set('2025-06-01T09:02:00Z');
    expect((await after.scheduler.tick()).outcomes.map((o) => o.status)).toEqual(['delivered']);
    expect(nonces).toEqual([nonceFor(`${sub.id}:2025-06-01T09:00:00.000Z`), nonceFor(`${sub.id}:2025-06-01T09:00:00.000Z`)]);
    expect(inner.messages).toHaveLength(1);
    expect((await store.deliveries.listRecentBySubscription(sub.id))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('does not resend a crashed send found after the nonce window, even inside the grace window', async () => {
    const sender = new FakeSender({ dedupByNonce: false }); // Discord has forgotten the nonce by now
    const before = harness(crashingAfterSend(), '2025-06-01T08:59:00Z', { sender });
    const sub = await before.subscribe({ schedule: 'daily 09:00' });
    before.clock.set('2025-06-01T09:00:00Z');
    await before.scheduler.tick();
    expect(sender.messages).toHaveLength(1);

    const after = harness(store, '2025-06-01T09:05:00Z', { sender }); // 5 min later: within grace (15), past nonce (3)
    const summary = await after.scheduler.tick();
    expect(summary.outcomes).toEqual([
      expect.objectContaining({
        status: 'missed',
        reason: expect.stringMatching(/^outcome of the last send unknown; not resent to avoid a duplicate/),
      }),
    ]);
    expect(sender.calls).toBe(1);
    expect(sender.messages).toHaveLength(1);
    expect((await store.deliveries.listRecentBySubscription(sub.id))[0]).toMatchObject({ status: 'missed', attempts: 1, claimedBy: null });
  });

  it('still sends a never-attempted orphan (attempts = 0) anywhere in the grace window', async () => {
    const h = harness(store, '2025-06-01T08:59:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00' });
    const key = scheduledKey(sub.id, new Date('2025-06-01T09:00:00Z'));
    const at = new Date('2025-06-01T09:00:00Z');
    // A process recorded the run and claimed it, then died before its first attempt.
    await store.deliveries.insertIfAbsent(
      {
        deliveryKey: key,
        subscriptionId: sub.id,
        kind: 'scheduled',
        fireTime: at,
        status: 'pending',
        nonce: nonceFor(key),
        section: 'risks',
      },
      at,
    );
    expect(await store.deliveries.claim(key, 'dead', at, 60_000)).toBeDefined();

    h.clock.set('2025-06-01T09:10:00Z');
    expect((await h.scheduler.tick()).outcomes.map((o) => o.status)).toEqual(['delivered']);
    expect(h.sender.messages).toHaveLength(1);
  });

  it('requires the claim lease to be shorter than the nonce window', () => {
    expect(() => harness(store, '2025-06-01T08:00:00Z', { claimLeaseMs: 3 * MIN })).toThrow(
      /claimLeaseMs must be shorter than nonceWindowMs/,
    );
    expect(() => harness(store, '2025-06-01T08:00:00Z', { nonceWindowMs: 30_000 })).toThrow(
      /claimLeaseMs must be shorter than nonceWindowMs/,
    );
    expect(() => harness(store, '2025-06-01T08:00:00Z', { claimLeaseMs: 30_000, nonceWindowMs: 45_000 })).not.toThrow();
  });

  it('catches up exactly one missed run within the grace window and records older ones as missed', async () => {
    const h = harness(store, '2025-06-01T07:30:00Z');
    const sub = await h.subscribe({ schedule: '0 * * * *' });
    h.clock.set('2025-06-01T12:10:00Z'); // bot was down 07:30–12:10
    const summary = await h.scheduler.tick();

    expect(summary.recordedMissed).toBe(4);
    expect(h.sender.messages).toHaveLength(1);
    expect((h.sender.messages[0]!.payload as { content: string }).content).toContain('12:00:00.000Z');
    const rows = await store.deliveries.listRecentBySubscription(sub.id);
    expect(rows.map((d) => [d.fireTime.toISOString().slice(11, 16), d.status])).toEqual([
      ['12:00', 'delivered'],
      ['11:00', 'missed'],
      ['10:00', 'missed'],
      ['09:00', 'missed'],
      ['08:00', 'missed'],
    ]);
    expect(rows[1]?.error).toMatch(/offline/);

    await h.scheduler.tick(); // nothing new
    expect(h.sender.messages).toHaveLength(1);
  });

  it('records the run as missed and posts nothing when the outage ends beyond the grace window', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00' });
    h.clock.set('2025-06-01T09:16:00Z');
    await h.scheduler.tick();
    expect(h.sender.messages).toHaveLength(0);
    expect((await store.deliveries.listRecentBySubscription(sub.id)).map((d) => [d.subscriptionId, d.status])).toEqual([
      [sub.id, 'missed'],
    ]);
    expect((await store.subscriptions.get(sub.id))?.nextFireAt?.toISOString()).toBe('2025-06-02T09:00:00.000Z');
  });

  it('retries a 500 with backoff and delivers once', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00' });
    h.sender.failNext(sub.channelId, http500, 'throw');
    h.clock.set('2025-06-01T09:00:30Z');
    const summary = await h.scheduler.tick();

    expect(summary.outcomes.map((o) => o.status)).toEqual(['delivered']);
    expect(h.sleeps).toEqual([1000, 2000]);
    expect(h.sender.messages).toHaveLength(1);
    expect((await store.deliveries.listRecentBySubscription(sub.id))[0]).toMatchObject({ status: 'delivered', attempts: 3 });
  });

  it('leaves persistent 5xx pending for the next tick, then fails after maxAttempts', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z', { attemptsPerTick: 3, maxAttempts: 5 });
    const sub = await h.subscribe({ schedule: 'daily 09:00' });
    h.sender.failNext(sub.channelId, ...Array(10).fill(http500));
    h.clock.set('2025-06-01T09:00:00Z');
    expect((await h.scheduler.tick()).outcomes.map((o) => o.status)).toEqual(['retrying']);
    expect(await store.deliveries.get(`${sub.id}:2025-06-01T09:00:00.000Z`)).toMatchObject({
      status: 'pending',
      attempts: 3,
      claimedBy: null,
    });

    h.clock.advance(MIN);
    const second = await h.scheduler.tick();
    expect(second.outcomes).toEqual([
      expect.objectContaining({ status: 'failed', error: expect.stringMatching(/gave up after 5 attempts.*500/) }),
    ]);
    expect(h.sender.calls).toBe(5);
    expect((await store.subscriptions.get(sub.id))?.status).toBe('active');
  });

  it.each([
    ['403 Missing Permissions', missingPermissions, /no access to the channel: Missing Permissions \(403\/50013\)/],
    ['404 Unknown Channel', unknownChannel, /channel not found: Unknown Channel \(404\/10003\)/],
  ])('disables the subscription (keeping it) on %s', async (_name, failure, reason) => {
    const h = harness(store, '2025-06-01T08:00:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00' });
    h.sender.failNext(sub.channelId, failure);
    await tickThrough(h, '2025-06-03T10:00:00Z', 30);

    expect(h.sender.calls).toBe(1); // no retries, and no runs on the following days
    const after = await store.subscriptions.get(sub.id);
    expect(after).toMatchObject({ status: 'disabled', disabledReason: expect.stringMatching(reason) });
    expect((await store.deliveries.listRecentBySubscription(sub.id)).map((d) => d.status)).toEqual(['failed']);
  });

  it('fails a run on a fatal error or a render error without disabling the subscription', async () => {
    let renders = 0;
    const h = harness(store, '2025-06-01T08:00:00Z', {
      render: (_sub, section) => {
        if (++renders === 2) throw new Error('briefing missing');
        return { content: section };
      },
    });
    const sub = await h.subscribe({ schedule: 'daily 09:00' });
    h.sender.failNext(sub.channelId, invalidBody);
    await tickThrough(h, '2025-06-03T10:00:00Z', 30);
    const rows = await store.deliveries.listRecentBySubscription(sub.id);
    expect(rows.map((d) => [d.status, d.error])).toEqual([
      ['delivered', null],
      ['failed', 'render failed: briefing missing'],
      ['failed', 'Invalid Form Body (400/50035)'],
    ]);
    expect((await store.subscriptions.get(sub.id))?.status).toBe('active');
  });

  it('sends with bounded concurrency when many digests are due at once', async () => {
    const sender = new FakeSender({ delayMs: () => 2 });
    const h = harness(store, '2025-06-01T08:00:00Z', { sender, concurrency: 4 });
    for (let i = 0; i < 40; i++) await h.subscribe({ schedule: 'daily 09:00' });
    h.clock.set('2025-06-01T09:00:00Z');
    const summary = await h.scheduler.tick();
    expect(summary.outcomes.filter((o) => o.status === 'delivered')).toHaveLength(40);
    expect(new Set(sender.messages.map((m) => m.channelId)).size).toBe(40);
    expect(sender.maxInFlight).toBeGreaterThan(1);
    expect(sender.maxInFlight).toBeLessThanOrEqual(4);
  });

  it('does not let a busy channel hold up the others: channels round-robin, one send in flight per channel', async () => {
    const sender = new ChannelLimitedSender(50); // one message per 50 ms per channel
    const h = harness(store, '2025-06-01T08:00:00Z', { sender, concurrency: 4 });
    // Worst case for id order: the busy channel's 10 subscriptions come first.
    const busy = [];
    for (let i = 0; i < 10; i++) busy.push(await h.subscribe({ schedule: 'daily 09:00', channelId: 'busy' }));
    for (let i = 0; i < 30; i++) await h.subscribe({ schedule: 'daily 09:00', channelId: `quiet-${i}` });
    h.clock.set('2025-06-01T09:00:00Z');
    const summary = await h.scheduler.tick();

    expect(summary.outcomes.filter((o) => o.status === 'delivered')).toHaveLength(40);
    expect(sender.starts).toHaveLength(40);
    expect(new Set(sender.starts.slice(0, 30)).size).toBeGreaterThanOrEqual(25);
    expect(sender.maxInFlightPerChannel).toBe(1);
    expect(sender.maxInFlight).toBeGreaterThan(1);
    expect(sender.maxInFlight).toBeLessThanOrEqual(4);
    // The busy channel takes turns with the others instead of holding the workers: in id order (and in
    // a plain pool) it would take the first 10 sends. How many turns it gets while quiet channels are
    // still being claimed depends on database speed, so the bound leaves room for that.
    expect(sender.starts.slice(0, 30).filter((c) => c === 'busy').length).toBeLessThanOrEqual(3);
    // The busy channel's runs still go out in order.
    const busyRows = await Promise.all(busy.map((b) => store.deliveries.listRecentBySubscription(b.id)));
    const deliveredAt = busyRows.map((r) => r[0]?.messageId ?? '').map((id) => Number(id.slice('msg-'.length)));
    expect(deliveredAt).toEqual([...deliveredAt].sort((a, b) => a - b));
  });

  it('goes through every due subscription and claimable delivery in one tick, page by page and batch by batch', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z', { pageSize: 7, materializeBatchSize: 3, attemptsPerTick: 1 });
    const subs = [];
    for (let i = 0; i < 20; i++) {
      subs.push(await h.subscribe({ schedule: 'daily 09:00' }));
      if (i === 8) {
        // An invalid schedule in the middle of a batch only disables its own subscription.
        await store.subscriptions.create(
          {
            guildId: 'g1',
            channelId: 'bad',
            section: 'risks',
            schedule: 'not a cron',
            scheduleLabel: 'x',
            timezone: 'UTC',
            language: 'en',
            createdBy: 'admin',
          },
          h.clock.now(),
        );
      }
    }
    for (const sub of subs) h.sender.failNext(sub.channelId, http500);
    h.clock.set('2025-06-01T09:00:00Z');
    const first = await h.scheduler.tick();
    expect(first.subscriptionsChecked).toBe(21);
    expect(first.outcomes.map((o) => o.status)).toEqual(Array(20).fill('retrying'));
    expect(h.sender.calls).toBe(20); // a delivery left for retry is not taken again in the same tick
    expect((await store.subscriptions.listByChannel('bad'))[0]).toMatchObject({
      status: 'disabled',
      disabledReason: expect.stringMatching(/invalid schedule/),
    });

    h.clock.advance(MIN);
    const second = await h.scheduler.tick(); // 20 claimable rows, listed 7 at a time
    expect(second.subscriptionsChecked).toBe(0);
    expect(second.outcomes.map((o) => o.status)).toEqual(Array(20).fill('delivered'));
    expect(h.sender.messages).toHaveLength(20);
    expect(new Set(h.sender.messages.map((m) => m.channelId)).size).toBe(20);
    for (const sub of subs) {
      expect((await store.deliveries.listRecentBySubscription(sub.id)).map((d) => [d.status, d.attempts])).toEqual([['delivered', 2]]);
      expect((await store.subscriptions.get(sub.id))?.nextFireAt?.toISOString()).toBe('2025-06-02T09:00:00.000Z');
    }
  });

  it('bounds the pages one tick reads; the rest is picked up by the next tick', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z', { pageSize: 5, maxPagesPerTick: 2 });
    for (let i = 0; i < 12; i++) await h.subscribe({ schedule: 'daily 09:00' });
    h.clock.set('2025-06-01T09:00:00Z');
    expect((await h.scheduler.tick()).subscriptionsChecked).toBe(10);
    h.clock.advance(MIN);
    const second = await h.scheduler.tick();
    expect(second.subscriptionsChecked).toBe(2);
    expect(h.sender.messages).toHaveLength(12);
  });

  it('records catch-up and missed rows the same way when many subscriptions share a batch', async () => {
    const h = harness(store, '2025-06-01T07:30:00Z', { materializeBatchSize: 250 });
    const subs = [];
    for (let i = 0; i < 5; i++) subs.push(await h.subscribe({ schedule: '0 * * * *' }));
    h.clock.set('2025-06-01T12:10:00Z');
    const summary = await h.scheduler.tick();
    expect(summary.recordedMissed).toBe(20);
    expect(h.sender.messages).toHaveLength(5);
    for (const sub of subs) {
      const rows = await store.deliveries.listRecentBySubscription(sub.id);
      expect(rows.map((d) => d.status)).toEqual(['delivered', 'missed', 'missed', 'missed', 'missed']);
    }
    expect((await h.scheduler.tick()).recordedMissed).toBe(0);
    expect(h.sender.messages).toHaveLength(5);
  });

  it('skips paused subscriptions and does not catch up after resume', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00' });
    await store.subscriptions.pause(sub.id);
    await tickThrough(h, '2025-06-02T09:05:00Z', 30);
    expect(h.sender.calls).toBe(0);
    await store.subscriptions.resume(sub.id, { now: h.clock.now() });
    await h.scheduler.tick();
    expect(h.sender.calls).toBe(0);
    await tickThrough(h, '2025-06-03T09:00:00Z', 30);
    expect(h.sender.messages).toHaveLength(1);
  });

  it('sendNow posts immediately under a manual key, for any status, scoped to the guild', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z', { logger: pino({ level: 'silent' }) });
    const sub = await h.subscribe({ schedule: 'daily 09:00', section: 'rotate', guildId: 'g9' });
    await store.subscriptions.pause(sub.id);
    expect(await h.scheduler.sendNow(sub.id, { guildId: 'other' })).toEqual({ status: 'not-found' });

    const out = await h.scheduler.sendNow(sub.id, { guildId: 'g9' });
    expect(out).toEqual({ status: 'delivered', deliveryKey: `${sub.id}:manual:2025-06-01T08:00:00.000Z`, messageId: 'msg-1' });
    expect((await store.subscriptions.get(sub.id))?.rotationIndex).toBe(1);
    expect((await store.deliveries.listRecentBySubscription(sub.id))[0]).toMatchObject({ kind: 'manual', section: SECTIONS[0] });
  });

  it('sendNow with a requestId posts once however often the same request is made', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00', guildId: 'g9' });
    const first = await h.scheduler.sendNow(sub.id, { guildId: 'g9' }, 'interaction-123');
    expect(first).toEqual({ status: 'delivered', deliveryKey: `${sub.id}:manual:interaction-123`, messageId: 'msg-1' });

    h.clock.advance(5); // a retried interaction arrives a little later: same request id
    expect(await h.scheduler.sendNow(sub.id, { guildId: 'g9' }, 'interaction-123')).toEqual(first);
    expect(h.sender.calls).toBe(1);

    const other = await h.scheduler.sendNow(sub.id, { guildId: 'g9' }, 'interaction-456');
    expect(other).toMatchObject({ status: 'delivered', deliveryKey: `${sub.id}:manual:interaction-456`, messageId: 'msg-2' });
    expect(await h.scheduler.sendNow(sub.id, { guildId: 'other' }, 'interaction-123')).toEqual({ status: 'not-found' });
    expect((await store.deliveries.listRecentBySubscription(sub.id)).filter((d) => d.kind === 'manual')).toHaveLength(2);
  });

  it('sendNow with a requestId reports a failed first run instead of posting again', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00' });
    h.sender.failNext(sub.channelId, invalidBody);
    const first = await h.scheduler.sendNow(sub.id, {}, 'req-1');
    expect(first).toMatchObject({ status: 'failed', error: 'Invalid Form Body (400/50035)' });
    expect(await h.scheduler.sendNow(sub.id, {}, 'req-1')).toEqual(first);
    expect(h.sender.calls).toBe(1);
  });

  it('stop() mid-tick lets the sends in flight finish, starts no new ones, and loses nothing', async () => {
    const sender = new FakeSender({ dedupByNonce: false, delayMs: () => 60 });
    const h = harness(store, '2025-06-01T08:00:00Z', { sender, concurrency: 4, instanceId: 'stopping' });
    const subs = [];
    for (let i = 0; i < 20; i++) subs.push(await h.subscribe({ schedule: 'daily 09:00' }));
    h.clock.set('2025-06-01T09:00:00Z');

    const ticking = h.scheduler.tick();
    while (sender.inFlight < 4) await new Promise((r) => setTimeout(r, 2));
    const callsAtStop = sender.calls;
    await h.scheduler.stop();

    // At most the sends already under way (one per worker) went out after stop() was called.
    expect(sender.inFlight).toBe(0);
    expect(sender.calls).toBeLessThanOrEqual(callsAtStop + 4);
    expect(sender.calls).toBeLessThan(20);
    const summary = await ticking;
    expect(summary.outcomes.filter((o) => o.status === 'delivered')).toHaveLength(sender.messages.length);
    const rows = (await Promise.all(subs.map((s) => store.deliveries.listRecentBySubscription(s.id)))).flat();
    expect(rows.filter((d) => d.status === 'delivered')).toHaveLength(sender.messages.length);
    // The rest are pending and unclaimed (claims taken but not used were released), never attempted.
    for (const d of rows.filter((r) => r.status !== 'delivered'))
      expect(d).toMatchObject({ status: 'pending', claimedBy: null, attempts: 0 });

    // The next process (or start) delivers the remainder at once, and nothing twice.
    h.clock.set('2025-06-01T09:00:30Z');
    const next = harness(store, '', { sender, clock: h.clock, concurrency: 4, instanceId: 'next' });
    await next.scheduler.tick();
    expect(sender.messages).toHaveLength(20);
    expect(new Set(sender.messages.map((m) => m.channelId)).size).toBe(20);
    expect(sender.calls).toBe(20);
  });

  it('start() ticks right away and stop() ends the timer', async () => {
    const h = harness(store, '2025-06-01T08:00:00Z');
    const sub = await h.subscribe({ schedule: 'daily 09:00' });
    h.clock.set('2025-06-01T09:00:10Z');
    h.scheduler.start();
    h.scheduler.start(); // idempotent
    await h.scheduler.stop();
    // stop() may come before the first tick's send: the run is then not recorded yet (the subscription
    // stays due), or left pending and unclaimed.
    const row = (await store.deliveries.listRecentBySubscription(sub.id))[0];
    if (h.sender.messages.length === 0 && row) expect(row).toMatchObject({ status: 'pending', claimedBy: null });
    await h.scheduler.tick(); // a stopped scheduler still ticks on demand
    expect(h.sender.messages).toHaveLength(1);
  });
});
