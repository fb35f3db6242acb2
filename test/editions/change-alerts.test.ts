/**
 * Change alerts and 🆕 marks on the store (SQLite, and PostgreSQL with two instances): a subscription that
 * follows changes gets one "what changed" post per new edition touching its section, exactly once across
 * restarts and instances, and none when its section did not change.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import type { Briefing } from '../../src/briefing/schema.ts';
import { consoleMessage } from '../../src/console/console-sender.ts';
import { digestViewMessage } from '../../src/render/digest-payload.ts';
import { rotationSections } from '../../src/digest/digest-message.ts';
import { deliveryRenderer } from '../../src/editions/delivery-render.ts';
import { EditionTracker } from '../../src/editions/tracker.ts';
import { DigestScheduler } from '../../src/scheduler/digest-scheduler.ts';
import { openStore, type Delivers, type Store } from '../../src/store/index.ts';
import { FakeClock, FakeSender } from '../scheduler/fakes.ts';
import { createPgTestSchema } from '../store/pg-helper.ts';
import { ADD, edited, FIGURE, FIRST_EDITION, parse, REMOVE } from './fixture-editions.ts';

const first = parse(FIRST_EDITION);
const START = '2031-03-12T08:00:00Z';

/** One bot instance: its loaded briefings, edition tracker and scheduler over a store. */
function instance(store: Store, briefing: Briefing, sender: FakeSender, clock: FakeClock, front: 'console' | 'discord' = 'console') {
  const briefings = new BriefingRegistry([briefing]);
  const tracker = new EditionTracker(store, briefings, rotationSections, clock);
  const scheduler = new DigestScheduler({
    store,
    sender,
    clock,
    rotationFor: (sub) => rotationSections(briefings.orDefault(sub.briefingId)),
    render: deliveryRenderer({
      store,
      briefings,
      format: (post, lang) => (front === 'console' ? consoleMessage(post, lang) : digestViewMessage(post)),
    }),
    sleep: async () => undefined,
  });
  /** The analyst's edit reaches this instance: swap, then record (as the reload listener does). */
  const load = async (b: Briefing) => {
    briefings.replace([b]);
    return tracker.recordLoaded();
  };
  return { briefings, tracker, scheduler, load };
}

const subscribe = (store: Store, clock: FakeClock, channelId: string, section: string, delivers: Delivers) =>
  store.subscriptions.create(
    {
      guildId: 'g1',
      channelId,
      section,
      schedule: '0 9 * * *',
      scheduleLabel: 'daily 09:00',
      timezone: 'UTC',
      language: 'en',
      briefingId: 'quillmouth-barrier-2031',
      createdBy: 'admin',
      delivers,
    },
    clock.now(),
  );

const texts = (sender: FakeSender, channel: string) => sender.inChannel(channel).map((m) => (m.payload as { text: string }).text);

const sqlite = async () => openStore(`file:${path.join(mkdtempSync(path.join(tmpdir(), 'alerts-')), 'bot.db')}`);

describe('GIVEN channels following the test briefing (SQLite)', () => {
  it('WHEN a new edition changes a followed section THEN that channel gets one "what changed" post, and others none', async () => {
    const store = await sqlite();
    const clock = new FakeClock(new Date(START));
    const sender = new FakeSender();
    const bot = instance(store, first, sender, clock);
    try {
      expect(await bot.tracker.recordLoaded()).toMatchObject([{ alerts: 0 }]); // the first edition is no news
      await subscribe(store, clock, 'height-changes', 'barrier-height', 'changes');
      await subscribe(store, clock, 'people-changes', 'people', 'changes');
      await subscribe(store, clock, 'height-digests', 'barrier-height', 'digests');
      await subscribe(store, clock, 'cost-both', 'cost-sharing', 'both');
      await subscribe(store, clock, 'rotation', 'rotate', 'changes');
      clock.advance(60_000);
      const recorded = await bot.load(parse(edited(...REMOVE)));
      expect(recorded[0]!.alerts).toBe(2); // barrier height, and the rotation (which walks through it)
      await bot.scheduler.tick();
      const [alert] = texts(sender, 'height-changes');
      expect(texts(sender, 'height-changes')).toHaveLength(1);
      expect(alert).toContain('🔔 What changed · Barrier height: Quillmouth');
      expect(alert).toContain('🔔 What changed · Barrier height: Quillmouth');
      expect(alert).toContain("Removed: Wants a lower barrier, 3.8 metres, so a channel can stay open. — [claim: Fishers' Guild] · §II(2)");
      expect(texts(sender, 'rotation')[0]).toContain('Removed: Wants a lower barrier');
      for (const quiet of ['people-changes', 'height-digests', 'cost-both']) expect(texts(sender, quiet)).toEqual([]);

      // The figure edit touches who pays: the "both" subscription hears of it, the height one does not.
      clock.advance(60_000);
      await bot.load(parse(edited(...REMOVE, ...FIGURE)));
      await bot.scheduler.tick();
      expect(texts(sender, 'cost-both')).toHaveLength(1);
      expect(texts(sender, 'cost-both')[0]).toContain('£86 million → £95 million');
      expect(texts(sender, 'height-changes')).toHaveLength(1);
      // Loading the same edition again (another reload, a restart) announces nothing twice.
      await bot.load(parse(edited(...REMOVE, ...FIGURE)));
      await bot.scheduler.tick();
      expect(sender.messages).toHaveLength(4);
    } finally {
      await store.close();
    }
  });

  it('WHEN the bot restarts between recording an edition and posting its alert THEN the alert is posted once after the restart', async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'alerts-restart-')), 'bot.db')}`;
    const clock = new FakeClock(new Date(START));
    const sender = new FakeSender({ dedupByNonce: false });
    let store = await openStore(url);
    await instance(store, first, sender, clock).tracker.recordLoaded();
    await subscribe(store, clock, 'height-changes', 'barrier-height', 'changes');
    clock.advance(60_000);
    const edition2 = parse(edited(...REMOVE));
    expect((await instance(store, first, sender, clock).load(edition2))[0]!.alerts).toBe(1);
    await store.close(); // stopped before any tick posted it

    clock.advance(30_000);
    store = await openStore(url);
    try {
      const restarted = instance(store, edition2, sender, clock);
      expect((await restarted.tracker.recordLoaded())[0]!.alerts).toBe(0); // already recorded: not queued again
      await restarted.scheduler.tick();
      await restarted.scheduler.tick();
      expect(texts(sender, 'height-changes')).toHaveLength(1);
      expect(texts(sender, 'height-changes')[0]).toContain('Removed: Wants a lower barrier');
    } finally {
      await store.close();
    }
  });

  it("WHEN a digest runs after an edition added statements THEN they are marked 🆕 once, relative to that channel's previous digest", async () => {
    const store = await sqlite();
    const clock = new FakeClock(new Date('2031-03-12T08:59:00Z'));
    const sender = new FakeSender();
    const bot = instance(store, first, sender, clock);
    try {
      await bot.tracker.recordLoaded();
      await subscribe(store, clock, 'proposals', 'proposals', 'digests');
      clock.set('2031-03-12T09:00:30Z');
      await bot.scheduler.tick();
      expect(texts(sender, 'proposals')[0]).not.toContain('🆕');
      await bot.load(parse(edited(...ADD)));
      clock.set('2031-03-13T09:00:30Z');
      await bot.scheduler.tick();
      const second = texts(sender, 'proposals')[1]!;
      expect(second).toContain('🆕 A second hearing on the barrier is set for 20 March.');
      expect(second.match(/🆕/g)).toHaveLength(1);
      clock.set('2031-03-14T09:00:30Z');
      await bot.scheduler.tick();
      expect(texts(sender, 'proposals')[2]).not.toContain('🆕');
    } finally {
      await store.close();
    }
  });
});

describe('GIVEN two instances on one PostgreSQL database', () => {
  const pgs: Array<{ drop(): Promise<void> }> = [];
  afterAll(async () => {
    for (const pg of pgs) await pg.drop();
  });

  it('WHEN both load the same new edition at once THEN the channel gets one change alert', async () => {
    const pg = await createPgTestSchema('alerts');
    pgs.push(pg);
    const [storeA, storeB] = [await openStore(pg.url), await openStore(pg.url)];
    const clock = new FakeClock(new Date(START));
    // No nonce de-duplication: a second send would show as a second message.
    const sender = new FakeSender({ dedupByNonce: false });
    try {
      const a = instance(storeA, first, sender, clock);
      const b = instance(storeB, first, sender, clock);
      await Promise.all([a.tracker.recordLoaded(), b.tracker.recordLoaded()]);
      await subscribe(storeA, clock, 'height-changes', 'barrier-height', 'changes');
      clock.advance(60_000);
      const edition2 = edited(...REMOVE);
      const recorded = await Promise.all([a.load(parse(edition2)), b.load(parse(edition2))]);
      expect(recorded.map((r) => r[0]!.alerts).sort()).toEqual([0, 1]);
      await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      expect(texts(sender, 'height-changes')).toHaveLength(1);
      expect(sender.calls).toBe(1);
      expect(await storeA.editions.list('quillmouth-barrier-2031')).toHaveLength(2);
    } finally {
      await storeA.close();
      await storeB.close();
    }
  }, 60_000);
});
