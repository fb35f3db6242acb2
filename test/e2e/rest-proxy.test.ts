/**
 * The shared rate limit: instances whose DISCORD_API_URL points at one @discordjs/proxy (src/proxy.ts) share
 * its queue, so together they stay inside the bot's global 50 requests/s; pointed straight at Discord, each
 * paces itself alone and together they overrun it.
 */
import { REST, RESTEvents, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from '../../src/proxy.ts';
import type { Running } from '../../src/runtime.ts';
import { DiscordEmulator } from '../emulator/index.ts';
import { isEphemeral, messageText, registerCommands, startBot, tempDatabase } from './harness.ts';

const CHANNELS = 40;
let emu: DiscordEmulator;
let proxy: RunningProxy;
let bot: Running | undefined;
const proxyErrors: unknown[] = [];
const db = tempDatabase('proxy');

beforeAll(async () => {
  emu = await DiscordEmulator.start({
    heartbeatIntervalMs: 1000,
    guilds: [{ name: 'Proxy Guild', channels: Array.from({ length: CHANNELS }, (_, i) => ({ name: `c${i}` })) }],
  });
  await registerCommands(emu);
  proxy = await startProxy({ port: 0, host: '127.0.0.1', upstream: emu.apiUrl, onError: (e) => proxyErrors.push(e) });
});

afterAll(async () => {
  await bot?.stop();
  await proxy?.close();
  await emu?.stop();
  db.cleanup();
});

/**
 * Three instances' REST clients (discord.js defaults: each allows itself 50 requests/s), each sending
 * `perClient` messages with 4 in flight at a time, as the digest scheduler does.
 */
async function burst(api: string, perClient: number): Promise<{ ok: number; client429: number; emulator429: number }> {
  const before = emu.stats();
  const clients = [0, 1, 2].map(() => new REST({ api }).setToken(emu.token));
  let client429 = 0;
  for (const c of clients) c.on(RESTEvents.Response, (_req, res) => void (res.status === 429 && client429++));
  let ok = 0;
  const send = (c: REST, k: number, i: number) =>
    c.post(Routes.channelMessages(emu.channelId(`c${(k * perClient + i) % CHANNELS}`)), {
      body: { content: `burst ${k}-${i}`, allowed_mentions: { parse: [] } },
    });
  await Promise.all(
    clients.map(async (c, k) => {
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < perClient; i = next++) {
          await send(c, k, i);
          ok++;
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
    }),
  );
  const after = emu.stats();
  return { ok, client429, emulator429: after.global429 - before.global429 + (after.route429 - before.route429) };
}

describe('GIVEN three instances posting at once (40 messages each over 40 channels)', () => {
  it('WHEN they all go through the proxy THEN every message is posted with no 429 at all', async () => {
    // A running proxy has its connections open; a cold one would pay for opening them inside the first window.
    await fetch(`${proxy.url}/v10/gateway`);
    await new Promise((r) => setTimeout(r, 1100));
    const r = await burst(proxy.url, 40);
    expect(r).toEqual({ ok: 120, client429: 0, emulator429: 0 });
    expect(proxyErrors).toEqual([]);
    // The instances' token was forwarded: the emulator accepted every request as the bot's.
    expect(emu.requestsTo('POST', /^\/channels\/\d+\/messages$/).every((q) => q.headers.authorization === `Bot ${emu.token}`)).toBe(true);
  });

  it('WHEN each talks to Discord directly THEN together they exceed the global limit and get 429s', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // a fresh global window
    const r = await burst(emu.apiUrl, 40);
    expect(r.emulator429).toBeGreaterThan(0);
    expect(r.client429).toBeGreaterThan(0);
    expect(r.ok).toBe(120); // discord.js waits and retries, at the cost of invalid requests
  });
});

describe('GIVEN Discord answers the proxy with a 429 anyway', () => {
  it('THEN the proxy waits and resends the same request, body included, and the client sees only the success', async () => {
    emu.injectFault({ route: '/channels/:id/messages', method: 'POST', kind: '429-global', retryAfter: 0.2, times: 1 });
    const rest = new REST({ api: proxy.url }).setToken(emu.token);
    let client429 = 0;
    rest.on(RESTEvents.Response, (_req, res) => void (res.status === 429 && client429++));
    const sent = (await rest.post(Routes.channelMessages(emu.channelId('c7')), {
      body: { content: 'after a 429', allowed_mentions: { parse: [] } },
    })) as { id: string };
    expect(emu.message(sent.id)?.content).toBe('after a 429');
    expect(
      emu
        .requestsTo('POST', /^\/channels\/\d+\/messages$/)
        .slice(-2)
        .map((r) => [r.status, (r.body as { content?: string }).content]),
    ).toEqual([
      [429, 'after a 429'],
      [200, 'after a 429'],
    ]);
    expect(client429).toBe(0);
    expect(proxyErrors).toEqual([]);
  });

  it('THEN an error Discord returns reaches the client as that error, not as an empty success', async () => {
    const rest = new REST({ api: proxy.url, retries: 0 }).setToken(emu.token);
    const err = await rest.post(Routes.channelMessages(emu.channelId('c7')), { body: { content: '' } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, code: 50006 });
  });
});

describe('GIVEN an HTTP-mode instance with DISCORD_API_URL set to the proxy', () => {
  it('THEN it starts (its token is checked through the proxy) and a deferred answer follows up through it', async () => {
    const proxied: string[] = [];
    proxy.rest.on(RESTEvents.Response, (req) => void proxied.push(`${req.method.toUpperCase()} ${req.route}`));
    bot = await startBot(emu, db.url, {
      DISCORD_API_URL: proxy.url,
      DISCORD_INTERACTIONS: 'http',
      DISCORD_PUBLIC_KEY: emu.publicKey,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    await emu.setInteractionsEndpoint(`${bot.http!.url}/interactions`);
    emu.injectFault({ route: '/channels/:id', method: 'GET', kind: 'slow', delayMs: 2500, times: 1 });
    const h = emu.sendChatInput({
      name: 'digest',
      subcommand: 'subscribe',
      options: { channel: 'c3', section: 'risks', schedule: 'daily 09:00' },
      user: 'alice',
    });
    expect((await h.reply()).type).toBe(5);
    const m = await h.final();
    expect(isEphemeral(m)).toBe(true);
    expect(messageText(m)).toMatch(/subscri/i);
    // Everything the instance sent went through the proxy: the token check, the channel permission lookups, the edit.
    expect(proxied).toEqual(
      expect.arrayContaining([
        'GET /users/%40me',
        'GET /channels/:id',
        'GET /guilds/:id',
        'GET /guilds/:id/members/:id',
        'PATCH /webhooks/:id/:token/messages/%40original',
      ]),
    );
    const subs = await bot.store.subscriptions.listByChannel(emu.channelId('c3'));
    expect(subs).toHaveLength(1);
  });
});
