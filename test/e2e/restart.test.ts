/**
 * End to end: the `npm start` entry (src/main.ts, in a child process) is killed with SIGKILL and
 * restarted; digests are neither lost nor posted twice.
 *
 * Deterministic on the real clock, without waiting for minute boundaries: while no bot process runs,
 * the test writes subscriptions straight into the bot's SQLite file (through openStore, the bot's own
 * data layer) with a daily cron whose fire time was one minute ago — inside DIGEST_GRACE_MINUTES — and
 * a watermark just before it. That is exactly the state of a run that fell due while the bot was down.
 * The bot's start-up tick (DigestScheduler.start() ticks once right away) must then catch it up.
 *
 * Scenario, in order:
 * 1. Run A is due. Process 1 starts and posts it — but Discord is slow to answer (an injected delay),
 *    and the process is SIGKILLed while the POST is in flight. The emulator still creates the message:
 *    the digest reached the channel, yet the bot never recorded it (the worst moment to die).
 * 2. While the bot is down, run B falls due on another channel.
 * 3. Process 2 starts: it re-sends A with the same nonce (Discord's `enforce_nonce` returns the original
 *    message: no duplicate) and posts B (not lost). Then it is SIGKILLed too.
 * 4. Run C falls due while the bot is down; process 3 starts, posts C once, and posts neither A nor B again.
 */
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { nonceFor, scheduledKey } from '../../src/scheduler/delivery-key.ts';
import { openStore, type Delivery, type Store } from '../../src/store/index.ts';
import { DiscordEmulator } from '../emulator/index.ts';
import {
  BotProcess,
  currentMinute,
  eventually,
  expectMentionsDisabled,
  isEphemeral,
  messageText,
  registerCommands,
  tempDatabase,
} from './harness.ts';

let emu: DiscordEmulator;
const db = tempDatabase('restart');
const processes: BotProcess[] = [];

beforeAll(async () => {
  emu = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
  await registerCommands(emu);
});

afterEach(async () => {
  // Never leave a bot process behind, whatever happened in the test.
  await Promise.all(processes.map((p) => p.kill()));
});

afterAll(async () => {
  await emu?.stop();
  db.cleanup();
});

function startProcess(): BotProcess {
  const p = new BotProcess('src/main.ts', [], {
    DISCORD_TOKEN: emu.token,
    DISCORD_API_URL: emu.apiUrl,
    DATABASE_URL: db.url,
    LOG_LEVEL: 'info',
    DIGEST_GRACE_MINUTES: '15',
  });
  processes.push(p);
  const n = processes.length;
  onTestFailed(() => console.error(`bot process ${n} output:\n${p.stdout}\n${p.stderr}`));
  return p;
}

/** Opens the bot's database from the test (only while it is useful), and always closes it. */
async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db.url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** A subscription whose daily run fell due one minute ago (see the top of the file); returns its delivery key. */
async function dueWhileDown(store: Store, channel: string, section: string): Promise<{ id: number; key: string; fire: Date }> {
  const { fire: thisMinute } = currentMinute();
  const fire = new Date(thisMinute.getTime() - 60_000);
  const sub = await store.subscriptions.create(
    {
      guildId: emu.guildId(),
      channelId: emu.channelId(channel),
      section,
      schedule: `${fire.getUTCMinutes()} ${fire.getUTCHours()} * * *`,
      scheduleLabel: 'daily (test)',
      timezone: 'UTC',
      language: 'en',
      createdBy: emu.userId('alice'),
    },
    new Date(fire.getTime() - 1),
  );
  return { id: sub.id, key: scheduledKey(sub.id, fire), fire };
}

const deliveriesOf = (store: Store, subId: number): Promise<Delivery[]> => store.deliveries.listRecentBySubscription(subId, 50);

async function settled(key: string, status: Delivery['status'] = 'delivered', timeoutMs = 20_000): Promise<Delivery> {
  return eventually(
    () =>
      withStore(async (s) => {
        const d = await s.deliveries.get(key);
        return d?.status === status ? d : undefined;
      }),
    timeoutMs,
    `delivery ${key} to be ${status}`,
  );
}

const channelPosts = (channel: string) => emu.requestsTo('POST', `/channels/${emu.channelId(channel)}/messages`);

describe('GIVEN the bot process is killed with SIGKILL and restarted', () => {
  let a: { id: number; key: string; fire: Date };
  let b: { id: number; key: string; fire: Date };

  it('WHEN it dies while posting a digest THEN the post reached the channel but the run is still recorded as pending', async () => {
    emu.addChannel(emu.guildId(), { name: 'digests-b' });
    emu.addChannel(emu.guildId(), { name: 'digests-c' });
    a = await withStore((s) => dueWhileDown(s, 'briefings', 'territory'));
    emu.injectFault({ route: `/channels/${emu.channelId('briefings')}/messages`, method: 'POST', kind: 'slow', delayMs: 3_000 });

    const first = startProcess();
    // The start-up tick sends run A; the emulator holds the request for 3 s. Kill the bot meanwhile.
    await eventually(() => (channelPosts('briefings').length > 0 ? true : undefined), 30_000, 'process 1 to post run A');
    expect(channelPosts('briefings')[0]!.status, 'the POST must still be in flight when the bot is killed').toBeUndefined();
    const exit = await first.kill('SIGKILL');
    expect(exit.signal).toBe('SIGKILL');
    const posted = await emu.waitForChannelMessage('briefings', (m) => m.content.includes('Digest · Territory'), 5_000);
    expect((channelPosts('briefings')[0]!.body as { nonce?: string }).nonce).toBe(nonceFor(a.key));

    const row = await withStore((s) => s.deliveries.get(a.key));
    expect(row).toMatchObject({ status: 'pending', attempts: 1, messageId: null });
    expect(row?.claimedBy).toBeTruthy();
    expect(posted.nonce).toBe(nonceFor(a.key));
  });

  it('WHEN it restarts THEN the interrupted run is not posted twice, and a run that fell due while it was down is posted once', async () => {
    await withStore(async (s) => {
      b = await dueWhileDown(s, 'digests-b', 'risks');
    });
    // The dead process's claim would block run A for the claim lease (2 min here); a restart that takes
    // that long is simulated by ageing the claim while no bot runs.
    const sqlite = new BetterSqlite3(db.file);
    try {
      sqlite
        .prepare('UPDATE deliveries SET claimed_at = ? WHERE delivery_key = ?')
        .run(new Date(Date.now() - 10 * 60_000).toISOString(), a.key);
    } finally {
      sqlite.close();
    }

    const second = startProcess();
    const deliveredA = await settled(a.key);
    const deliveredB = await settled(b.key);

    // A: re-sent with the same nonce; Discord handed back the message that was already there.
    const onlyA = emu.channelMessages('briefings');
    expect(onlyA).toHaveLength(1);
    expect(deliveredA.messageId).toBe(onlyA[0]!.id);
    expect(deliveredA.attempts).toBe(2);
    expect(channelPosts('briefings').map((r) => (r.body as { nonce?: string }).nonce)).toEqual([nonceFor(a.key), nonceFor(a.key)]);
    // B: caught up once.
    const onlyB = emu.channelMessages('digests-b');
    expect(onlyB).toHaveLength(1);
    expect(onlyB[0]!.content).toContain('Digest · Risks');
    expect(deliveredB.messageId).toBe(onlyB[0]!.id);
    await withStore(async (s) => {
      expect((await deliveriesOf(s, a.id)).map((d) => d.deliveryKey)).toEqual([a.key]);
      expect((await deliveriesOf(s, b.id)).map((d) => d.deliveryKey)).toEqual([b.key]);
    });

    // It serves interactions too, and /digest list tells the admin both runs went out.
    const list = await emu.sendChatInput({ name: 'digest', subcommand: 'list', user: 'alice' }).final();
    expect(isEphemeral(list)).toBe(true);
    expect(messageText(list).match(/Last delivered/g)).toHaveLength(2);

    expect((await second.kill('SIGKILL')).signal).toBe('SIGKILL');
  });

  it('WHEN it is killed and restarted again THEN nothing already delivered is posted again, and the next missed run is caught up once', async () => {
    const c = await withStore((s) => dueWhileDown(s, 'digests-c', 'timeline'));
    const third = startProcess();
    // Run C is handled by the same start-up tick that (re)considers A and B.
    await settled(c.key);
    await third.waitForLog((e) => e.msg === 'digest tick' && e.delivered === 1);
    expect(emu.channelMessages('digests-c')).toHaveLength(1);
    expect(emu.channelMessages('briefings')).toHaveLength(1);
    expect(emu.channelMessages('digests-b')).toHaveLength(1);
    expect(channelPosts('digests-b')).toHaveLength(1);
    expect(channelPosts('briefings')).toHaveLength(2); // the two sends of run A, nothing since
    await withStore(async (s) => {
      for (const sub of [a, b, c]) {
        const rows = await deliveriesOf(s, sub.id);
        expect(rows.map((d) => [d.deliveryKey, d.status])).toEqual([[scheduledKey(sub.id, sub.fire), 'delivered']]);
      }
    });

    // A clean stop works as well (SIGTERM: scheduler, client and store closed, exit code 0).
    const exit = await third.kill('SIGTERM');
    expect(exit.code, exit.stderr).toBe(0);
    expect(third.stdout).toContain('shutting down');
  });
});

describe('GIVEN everything the bot processes sent in this file', () => {
  it('THEN every message body disabled mentions (allowed_mentions: { parse: [] })', () => {
    const checked = new Set(expectMentionsDisabled(emu, 5));
    expect(checked).toContain('POST /channels/:channel_id/messages');
    expect(checked).toContain('callback 4');
  });
});
