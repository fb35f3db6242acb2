import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { createPgTestSchema, type PgTestSchema } from '../store/pg-helper.ts';
import { FakeClock, FakeSender, http500 } from './fakes.ts';
import { harness } from './harness.ts';

// Each "process" has its own connection pool and scheduler; they share only PostgreSQL. The sender
// does NOT dedup nonces here, so any double claim would show up as a second message.
describe('two schedulers on one PostgreSQL', () => {
  let pg: PgTestSchema;
  let storeA: Store;
  let storeB: Store;

  beforeAll(async () => {
    pg = await createPgTestSchema('mp');
    [storeA, storeB] = await Promise.all([openStore(pg.url), openStore(pg.url)]);
  });
  afterAll(async () => {
    await storeA?.close();
    await storeB?.close();
    await pg?.drop();
  });

  it('post each digest exactly once while ticking concurrently', async () => {
    const sender = new FakeSender({ dedupByNonce: false, delayMs: () => Math.random() * 4 });
    const clock = new FakeClock(new Date('2025-06-01T08:00:00Z'));
    const a = harness(storeA, '', { sender, clock, instanceId: 'A', concurrency: 4 });
    const b = harness(storeB, '', { sender, clock, instanceId: 'B', concurrency: 4 });

    const subs = [];
    for (let i = 0; i < 60; i++) subs.push(await a.subscribe({ schedule: i % 2 ? 'daily 09:00' : '0 * * * *' }));
    sender.failNext(subs[5]!.channelId, http500); // one retry in the mix

    for (const t of ['2025-06-01T09:00:00Z', '2025-06-01T09:00:20Z', '2025-06-01T09:01:00Z', '2025-06-01T10:00:00Z']) {
      clock.set(t);
      await Promise.all([a.scheduler.tick(), b.scheduler.tick(), a.scheduler.tick(), b.scheduler.tick()]);
    }

    const perChannel = new Map<string, number>();
    for (const m of sender.messages) perChannel.set(m.channelId, (perChannel.get(m.channelId) ?? 0) + 1);
    for (const [i, sub] of subs.entries()) {
      expect(perChannel.get(sub.channelId), `subscription ${sub.id}`).toBe(i % 2 ? 1 : 2); // daily: 09:00; hourly: 09:00 and 10:00
    }
    expect(sender.messages).toHaveLength(90);

    const rows = await Promise.all(subs.map((s) => storeB.deliveries.listRecentBySubscription(s.id)));
    expect(rows.flat().every((d) => d.status === 'delivered')).toBe(true);
    // Both processes really competed (the work is split between them).
    const byA = rows.flat().filter((d) => d.claimedBy === 'A').length;
    const byB = rows.flat().filter((d) => d.claimedBy === 'B').length;
    expect(byA + byB).toBe(90);
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
  });
});
