import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type NewSubscription, type Store } from '../../src/store/index.ts';
import { engines, type TestDatabase } from './engines.ts';

const T0 = new Date('2025-03-01T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const input = (over: Partial<NewSubscription> = {}): NewSubscription => ({
  guildId: 'g1',
  channelId: 'c1',
  section: 'risks',
  schedule: '0 9 * * *',
  scheduleLabel: 'daily 09:00',
  timezone: 'Europe/London',
  language: 'en',
  createdBy: 'u1',
  ...over,
});

describe.each(engines)('store on $engine', ({ engine, create }) => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => {
    await database?.cleanup();
  });
  beforeEach(async () => {
    store = await openStore(database.url);
  });
  afterEach(async () => {
    await store?.close();
  });

  it('migrates an empty database and reports its engine', () => {
    expect(store.engine).toBe(engine);
  });

  it('re-opens an existing database without re-running migrations and keeps data', async () => {
    const sub = await store.subscriptions.create(input({ guildId: 'reopen' }), T0);
    await store.close();
    store = await openStore(database.url);
    const again = await openStore(database.url); // concurrent second opener on a migrated DB
    try {
      expect((await again.subscriptions.get(sub.id))?.guildId).toBe('reopen');
    } finally {
      await again.close();
    }
  });

  it('creates a subscription once per request id, even when two openers race with the same request', async () => {
    const other = await openStore(database.url);
    try {
      const [a, b] = await Promise.all([
        store.subscriptions.create(input({ guildId: 'idem', requestId: 'interaction-1' }), T0),
        other.subscriptions.create(input({ guildId: 'idem', requestId: 'interaction-1' }), T0),
      ]);
      expect(b.id).toBe(a.id);
      const again = await store.subscriptions.create(input({ guildId: 'idem', requestId: 'interaction-1', section: 'territory' }), at(1));
      expect(again).toEqual(a);
      const fresh = await store.subscriptions.create(input({ guildId: 'idem', requestId: 'interaction-2' }), T0);
      const noRequest = await store.subscriptions.create(input({ guildId: 'idem' }), T0);
      expect(new Set([a.id, fresh.id, noRequest.id]).size).toBe(3);
      expect(await store.subscriptions.countByGuild('idem')).toBe(3);
    } finally {
      await other.close();
    }
  });

  it('creates, reads and lists subscriptions with small integer ids', async () => {
    const a = await store.subscriptions.create(input({ guildId: 'crud' }), T0);
    const b = await store.subscriptions.create(input({ guildId: 'crud', section: 'rotate', language: 'zh' }), T0);
    await store.subscriptions.create(input({ guildId: 'other' }), T0);

    expect(Number.isInteger(a.id)).toBe(true);
    expect(b.id).toBeGreaterThan(a.id);
    expect(a).toMatchObject({
      guildId: 'crud',
      channelId: 'c1',
      section: 'risks',
      rotationIndex: 0,
      schedule: '0 9 * * *',
      scheduleLabel: 'daily 09:00',
      timezone: 'Europe/London',
      language: 'en',
      briefingId: null,
      status: 'active',
      disabledReason: null,
      createdBy: 'u1',
      lastDeliveredAt: null,
      nextFireAt: null,
    });
    expect(a.createdAt).toEqual(T0);
    expect(a.lastFireCheckedAt).toEqual(T0);

    const listed = await store.subscriptions.listByGuild('crud');
    expect(listed.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(await store.subscriptions.countByGuild('crud')).toBe(2);
    expect(await store.subscriptions.get(a.id, { guildId: 'other' })).toBeUndefined();
    expect((await store.subscriptions.listByChannel('c1')).length).toBeGreaterThanOrEqual(3);
  });

  it('pauses, resumes, disables with a reason, and enables', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'status' }), T0);
    expect((await store.subscriptions.pause(s.id, { guildId: 'status', now: at(1) }))?.status).toBe('paused');
    expect(await store.subscriptions.pause(s.id, { guildId: 'nope' })).toBeUndefined();

    const resumed = await store.subscriptions.resume(s.id, { now: at(60) });
    expect(resumed?.status).toBe('active');
    expect(resumed?.lastFireCheckedAt).toEqual(at(60)); // no catch-up of fires skipped while paused

    const disabled = await store.subscriptions.disable(s.id, 'forbidden: Missing Access (403/50001)');
    expect(disabled).toMatchObject({ status: 'disabled', disabledReason: 'forbidden: Missing Access (403/50001)' });
    expect((await store.subscriptions.get(s.id))?.status).toBe('disabled');

    const enabled = await store.subscriptions.enable(s.id, { now: at(90) });
    expect(enabled).toMatchObject({ status: 'active', disabledReason: null });
  });

  it('updates settings and resets the watermark when the schedule changes', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'upd', section: 'rotate' }), T0);
    await store.subscriptions.advanceRotation(s.id);
    await store.subscriptions.recordFireCheck(s.id, at(10), at(100));
    const u = await store.subscriptions.update(
      s.id,
      { schedule: '0 10 * * 1-5', scheduleLabel: 'weekdays 10:00', language: 'zh' },
      { now: at(20) },
    );
    expect(u).toMatchObject({ schedule: '0 10 * * 1-5', scheduleLabel: 'weekdays 10:00', language: 'zh', nextFireAt: null });
    expect(u?.lastFireCheckedAt).toEqual(at(20));
    expect(u?.rotationIndex).toBe(1);
  });

  it('unsubscribe is a soft delete that keeps delivery history', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'del' }), T0);
    await store.deliveries.insertIfAbsent(delivery(s.id, 'del'), T0);
    expect(await store.subscriptions.remove(s.id, { guildId: 'someone-else' })).toBe(false);
    expect(await store.subscriptions.remove(s.id, { guildId: 'del' })).toBe(true);
    expect(await store.subscriptions.remove(s.id, { guildId: 'del' })).toBe(false);
    expect(await store.subscriptions.get(s.id)).toBeUndefined();
    expect(await store.subscriptions.listByGuild('del')).toEqual([]);
    expect((await store.subscriptions.getIncludingDeleted(s.id))?.deletedAt).toBeInstanceOf(Date);
    expect((await store.deliveries.listRecentBySubscription(s.id)).map((d) => d.deliveryKey)).toEqual([`${s.id}:del`]);
  });

  it('lists due subscriptions by next fire time and moves the watermark only forward', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'due' }), T0);
    const isDue = async (now: Date) => (await store.subscriptions.listDue(now)).some((x) => x.id === s.id);
    expect(await isDue(T0)).toBe(true); // next fire not computed yet
    await store.subscriptions.recordFireCheck(s.id, at(5), at(60));
    expect(await isDue(at(59))).toBe(false);
    expect(await isDue(at(60))).toBe(true);
    await store.subscriptions.recordFireCheck(s.id, at(1), at(2)); // stale writer: ignored
    expect((await store.subscriptions.get(s.id))?.lastFireCheckedAt).toEqual(at(5));
    await store.subscriptions.pause(s.id);
    expect(await isDue(at(60))).toBe(false);
  });

  it('enforces a unique delivery key', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'uniq' }), T0);
    expect(await store.deliveries.insertIfAbsent(delivery(s.id, 'k'), T0)).toBe(true);
    expect(await store.deliveries.insertIfAbsent({ ...delivery(s.id, 'k'), status: 'missed' }, T0)).toBe(false);
    expect((await store.deliveries.get(`${s.id}:k`))?.status).toBe('pending');
  });

  it('claims a delivery once, honours the lease, and records attempts', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'claim', section: 'rotate' }), T0);
    const key = `${s.id}:claim`;
    await store.deliveries.insertIfAbsent(delivery(s.id, 'claim'), T0);
    const lease = 120_000;

    expect((await store.deliveries.listClaimable(T0, lease)).some((d) => d.deliveryKey === key)).toBe(true);
    const mine = await store.deliveries.claim(key, 'A', T0, lease);
    expect(mine).toMatchObject({ claimedBy: 'A', status: 'pending', attempts: 0 });
    expect(await store.deliveries.claim(key, 'B', at(1), lease)).toBeUndefined();
    expect((await store.deliveries.listClaimable(at(1), lease)).some((d) => d.deliveryKey === key)).toBe(false);

    expect(await store.deliveries.recordAttempt(key, 'A', at(1))).toBe(1);
    expect(await store.deliveries.recordAttempt(key, 'B', at(1))).toBeUndefined();

    // lease (renewed at +1 min) expires at +3 min: B may take over
    expect(await store.deliveries.claim(key, 'B', at(3), lease)).toBeUndefined();
    expect((await store.deliveries.claim(key, 'B', at(4), lease))?.attempts).toBe(1);

    await store.deliveries.release(key, 'B', 'HTTP 503', at(4));
    expect(await store.deliveries.get(key)).toMatchObject({ claimedBy: null, error: 'HTTP 503', status: 'pending' });

    expect(await store.deliveries.markDelivered({ deliveryKey: key, messageId: 'm1', now: at(5), advanceRotation: true })).toBe(true);
    expect(await store.deliveries.markDelivered({ deliveryKey: key, messageId: 'm2', now: at(6), advanceRotation: true })).toBe(false);
    expect(await store.deliveries.get(key)).toMatchObject({ status: 'delivered', messageId: 'm1', error: null });
    const after = await store.subscriptions.get(s.id);
    expect(after?.rotationIndex).toBe(1);
    expect(after?.lastDeliveredAt).toEqual(at(5));
  });

  it('pages due subscriptions by id', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await store.subscriptions.create(input({ guildId: 'due-pages' }), T0)).id);
    const seen: number[] = [];
    let afterId: number | undefined;
    for (;;) {
      const page = await store.subscriptions.listDue(T0, 2, afterId);
      seen.push(...page.map((s) => s.id));
      if (page.length < 2) break;
      afterId = page[page.length - 1]!.id;
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.filter((id) => ids.includes(id))).toEqual(ids);
  });

  it('inserts many deliveries if absent and reports which ones it inserted', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'many' }), T0);
    await store.deliveries.insertIfAbsent(delivery(s.id, 'm2'), T0);
    const rows = Array.from({ length: 1_201 }, (_, i) => ({ ...delivery(s.id, `m${i}`), status: 'missed' as const, error: 'offline' }));
    const inserted = await store.deliveries.insertManyIfAbsent(rows, at(1));
    expect(inserted.size).toBe(1_200);
    expect(inserted.has(`${s.id}:m2`)).toBe(false);
    expect(await store.deliveries.get(`${s.id}:m2`)).toMatchObject({ status: 'pending', error: null }); // untouched
    expect(await store.deliveries.get(`${s.id}:m1200`)).toMatchObject({ status: 'missed', error: 'offline', attempts: 0 });
    expect((await store.deliveries.insertManyIfAbsent(rows, at(2))).size).toBe(0);
    expect((await store.deliveries.insertManyIfAbsent([], at(2))).size).toBe(0);
  });

  it('lists claimable deliveries with their channel, page by page (keyset on fire time, id)', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'pages', channelId: 'chan-pages' }), T0);
    const mine = new Set<string>();
    for (const [i, k] of ['p1', 'p2', 'p3', 'p4', 'p5'].entries()) {
      await store.deliveries.insertIfAbsent({ ...delivery(s.id, k), fireTime: at(i < 3 ? -600 : -500) }, T0);
      mine.add(`${s.id}:${k}`);
    }
    await store.deliveries.insertIfAbsent({ ...delivery(987_654, 'orphan'), fireTime: at(-600) }, T0); // no subscription row
    const seen: { key: string; channelId: string | null }[] = [];
    let after: { fireTime: Date; id: number } | undefined;
    for (;;) {
      const page = await store.deliveries.listClaimable(T0, 120_000, 2, after);
      seen.push(...page.map((d) => ({ key: d.deliveryKey, channelId: d.channelId })));
      if (page.length < 2) break;
      after = page[page.length - 1];
    }
    expect(new Set(seen.map((x) => x.key)).size).toBe(seen.length); // no row twice
    expect(seen.filter((x) => mine.has(x.key))).toEqual(
      ['p1', 'p2', 'p3', 'p4', 'p5'].map((k) => ({ key: `${s.id}:${k}`, channelId: 'chan-pages' })),
    );
    expect(seen.find((x) => x.key === '987654:orphan')).toEqual({ key: '987654:orphan', channelId: null });
  });

  it('marks failed and missed only from pending, and lists recent deliveries newest first', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'hist' }), T0);
    for (const [i, k] of ['a', 'b', 'c'].entries()) {
      await store.deliveries.insertIfAbsent({ ...delivery(s.id, k), fireTime: at(i * 60) }, T0);
    }
    expect(await store.deliveries.markFailed(`${s.id}:a`, 'forbidden', at(1))).toBe(true);
    expect(await store.deliveries.markMissed(`${s.id}:a`, 'late', at(1))).toBe(false);
    expect(await store.deliveries.markMissed(`${s.id}:b`, 'offline', at(1))).toBe(true);
    const recent = await store.deliveries.listRecentBySubscription(s.id, 2);
    expect(recent.map((d) => [d.deliveryKey, d.status])).toEqual([
      [`${s.id}:c`, 'pending'],
      [`${s.id}:b`, 'missed'],
    ]);
  });

  it('commits or rolls back a transaction as a whole', async () => {
    const s = await store.subscriptions.create(input({ guildId: 'tx' }), T0);
    await expect(
      store.transaction(async (tx) => {
        await tx.deliveries.insertIfAbsent(delivery(s.id, 'tx1'), T0);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.deliveries.get(`${s.id}:tx1`)).toBeUndefined();
    await store.transaction(async (tx) => {
      await tx.deliveries.insertIfAbsent(delivery(s.id, 'tx2'), T0);
      await tx.subscriptions.recordFireCheck(s.id, at(10), null);
    });
    expect(await store.deliveries.get(`${s.id}:tx2`)).toBeDefined();
  });
});

function delivery(subscriptionId: number, suffix: string) {
  return {
    deliveryKey: `${subscriptionId}:${suffix}`,
    subscriptionId,
    kind: 'scheduled' as const,
    fireTime: T0,
    status: 'pending' as const,
    nonce: '12345',
    section: 'risks',
  };
}
