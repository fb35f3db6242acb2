/**
 * Scale-out end to end: three `npm start` processes in HTTP interactions mode on one PostgreSQL, the emulator
 * spreading interactions over them round-robin (the load balancer). Digests due at start-up are shared out
 * between them; a user pages through a multi-page reply across instances; one instance is killed with SIGKILL
 * in the middle of that traffic and later restarted. (A kill in the middle of a digest send is recovered only
 * after the claim lease and the next minute's tick; test/e2e/restart.test.ts covers that case.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { DiscordEmulator, type EmulatedMessage } from '../emulator/index.ts';
import { createPgTestSchema, type PgTestSchema } from '../store/pg-helper.ts';
import { BotProcess, buttons, currentMinute, eventually, registerCommands } from './harness.ts';

const DIGESTS = 24;
let emu: DiscordEmulator;
let pg: PgTestSchema;
let store: Store;
const bots: BotProcess[] = [];
const urls: string[] = [];

async function startInstance(): Promise<{ proc: BotProcess; url: string }> {
  const proc = new BotProcess('src/main.ts', [], {
    ...emu.env(),
    DISCORD_INTERACTIONS: 'http',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: pg.url,
    LOG_LEVEL: 'info',
  });
  bots.push(proc);
  const line = await proc.waitForLog((e) => e.msg === 'HTTP server listening', 60_000);
  return { proc, url: `${String(line.url)}/interactions` };
}

async function deliveredCount(): Promise<number> {
  const subs = await store.subscriptions.listByGuild(emu.guildId());
  const latest = await Promise.all(subs.map(async (sub) => (await store.deliveries.listRecentBySubscription(sub.id))[0]?.status));
  return latest.filter((status) => status === 'delivered').length;
}

function expectEachDigestOnce(): void {
  const posted = ['d1', 'd2', 'd3'].flatMap((c) => emu.channelMessages(c, { includeEphemeral: false }));
  expect(posted).toHaveLength(DIGESTS);
  expect(new Set(posted.map((m) => String(m.nonce))).size).toBe(DIGESTS);
}

beforeAll(async () => {
  emu = await DiscordEmulator.start({
    heartbeatIntervalMs: 1000,
    guilds: [{ name: 'Scale Guild', channels: [{ name: 'general' }, { name: 'd1' }, { name: 'd2' }, { name: 'd3' }] }],
  });
  await registerCommands(emu);
  pg = await createPgTestSchema('scale');
  store = await openStore(pg.url);
  // Due now, 8 per channel: each channel's bucket (5 per 5 s) stretches delivery over several seconds.
  const { fire, cron } = currentMinute();
  for (let i = 0; i < DIGESTS; i++) {
    await store.subscriptions.create(
      {
        guildId: emu.guildId(),
        channelId: emu.channelId(`d${(i % 3) + 1}`),
        section: 'risks',
        schedule: cron,
        scheduleLabel: 'test',
        timezone: 'UTC',
        language: i % 2 ? 'zh' : 'en',
        createdBy: 'admin',
      },
      new Date(fire.getTime() - 1),
    );
  }
  // The first one migrates the database; the other two start together.
  urls.push((await startInstance()).url);
  urls.push(...(await Promise.all([startInstance(), startInstance()])).map((i) => i.url));
  await emu.setInteractionsEndpoint(urls);
}, 180_000);

afterAll(async () => {
  await Promise.all(bots.map((b) => b.kill('SIGTERM')));
  await store?.close();
  await emu?.stop();
  await pg?.drop();
});

describe('GIVEN three HTTP-mode instances behind a round-robin balancer', () => {
  let reply: EmulatedMessage;

  it('THEN the digests due now are posted exactly once between them, as each instance ticks on start', async () => {
    await eventually(async () => ((await deliveredCount()) === DIGESTS ? true : undefined), 60_000, 'every digest delivered');
    expectEachDigestOnce();
  }, 90_000);

  it('THEN a user pages a multi-page reply back and forth, each press served by the next instance', async () => {
    for (const [name, options] of [
      ['figures', {}],
      ['plan', { view: '20-point' }],
      ['brief', { topic: 'risks' }],
    ] as const) {
      reply = await emu.sendChatInput({ name, options, user: 'alice' }).final();
      if (buttons(reply).length > 0) break;
    }
    const served = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const b = buttons(reply);
      const h = emu.clickButton({ message: reply, customId: (b[2]!.disabled ? b[0]! : b[2]!).custom_id, user: 'alice' });
      expect((await h.reply()).type).toBe(7);
      reply = await h.final({ settleMs: 50 });
      served.add(h.record.httpDelivery!.url);
    }
    expect(served.size).toBe(3);
  });

  it('WHEN one instance is killed with SIGKILL mid-traffic THEN every interaction sent to a live one is answered within 3 s, and its pages live on', async () => {
    const victim = urls[1]!;
    const sent: Array<{ url: string; status: number; ms: number; at: number }> = [];
    let killedAt = Infinity;
    const traffic = (async () => {
      for (let i = 0; i < 24; i++) {
        const b = buttons(reply);
        const h = emu.clickButton({ message: reply, customId: (b[2]!.disabled ? b[0]! : b[2]!).custom_id, user: 'alice' });
        await h.record.httpResponse;
        const d = h.record.httpDelivery!;
        sent.push({ url: d.url, status: d.status, ms: d.ms, at: Date.now() });
        if (d.status === 200) reply = emu.message(reply.id)!;
        if (i === 8) {
          killedAt = Date.now();
          const result = await bots[1]!.kill('SIGKILL');
          expect(result.signal).toBe('SIGKILL');
        }
      }
    })();
    await traffic;
    const live = sent.filter((s) => s.url !== victim || s.at < killedAt);
    expect(live.length).toBeGreaterThanOrEqual(16);
    for (const s of live) {
      expect(s.status).toBe(200);
      expect(s.ms).toBeLessThan(3000);
    }
    // What reached the dead instance failed (a real balancer's health check would stop sending it there).
    expect(sent.filter((s) => s.url === victim && s.at > killedAt).every((s) => s.status !== 200)).toBe(true);
  });

  it('WHEN the killed instance is restarted THEN it rejoins: the balancer sends to it again and it answers', async () => {
    const { url } = await startInstance();
    urls[1] = url;
    await emu.setInteractionsEndpoint(urls);
    const served = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const h = emu.sendChatInput({ name: 'actor', options: { name: 'rubio' }, user: 'bob' });
      const m = await h.final({ settleMs: 50 });
      expect((m.embeds[0] as { title?: string }).title).toBe('Marco Rubio');
      served.add(h.record.httpDelivery!.url);
    }
    expect(served).toEqual(new Set(urls));
  });

  it('THEN a tampered request is refused by every instance, and a replay by the instance that served it', async () => {
    const body = JSON.stringify({ id: '1400000000000000001', type: 1, token: 't', application_id: emu.applicationId, version: 1 });
    const headers = emu.signInteraction(body);
    for (const url of urls) {
      const res = await fetch(url, { method: 'POST', body: body.replace('"t"', '"u"'), headers });
      expect(res.status).toBe(401);
    }
    const h = emu.sendChatInput({ name: 'help', user: 'bob' });
    await h.record.httpResponse;
    const replayBody = JSON.stringify(h.record.payload);
    const again = await fetch(h.record.httpDelivery!.url, { method: 'POST', body: replayBody, headers: emu.signInteraction(replayBody) });
    expect(again.status).toBe(409);
  });

  it('THEN after the kill and the restart (whose scheduler ticked on start) still no digest was posted twice', async () => {
    await new Promise((r) => setTimeout(r, 1000));
    expect(await deliveredCount()).toBe(DIGESTS);
    expectEachDigestOnce();
  });
});
