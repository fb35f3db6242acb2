/**
 * End to end: the real bot in HTTP interactions mode (DISCORD_INTERACTIONS=http) against the emulator,
 * which POSTs signed interactions to the bot's endpoint as Discord does. Two instances share one
 * PostgreSQL; a gateway-mode bot on the same emulator gives the reference answers.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pictureFor } from '../../src/charts/catalog.ts';
import type { Running } from '../../src/runtime.ts';
import { DiscordEmulator, type EmulatedMessage } from '../emulator/index.ts';
import { createPgTestSchema, type PgTestSchema } from '../store/pg-helper.ts';
import { buttons, expectMentionsDisabled, isEphemeral, messageText, registerCommands, startBot } from './harness.ts';

let emu: DiscordEmulator;
let pg: PgTestSchema;
let gateway: Running | undefined;
let first: Running | undefined;
let second: Running | undefined;
let pictured: Running | undefined;

const httpEnv = () => ({ DISCORD_INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: emu.publicKey, PORT: '0', HOST: '127.0.0.1' });
const endpoint = (bot: Running | undefined) => `${bot!.http!.url}/interactions`;
/** What a user sees, minus the pager's random session id and the component ids Discord numbers per message. */
const visible = (m: EmulatedMessage) =>
  JSON.stringify({ content: m.content, embeds: m.embeds, components: m.components, flags: m.flags })
    .replace(/pager:[A-Za-z0-9_-]+:/g, 'pager:*:')
    .replace(/"id":\d+/g, '"id":*');

async function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

beforeAll(async () => {
  emu = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
  await registerCommands(emu);
  pg = await createPgTestSchema('http');
  gateway = await startBot(emu, pg.url, { PORT: '0', HOST: '127.0.0.1' });
  first = await startBot(emu, pg.url, httpEnv());
});

afterAll(async () => {
  await pictured?.stop();
  await second?.stop();
  await first?.stop();
  await gateway?.stop();
  await emu?.stop();
  await pg?.drop();
});

describe('GIVEN an instance in HTTP interactions mode', () => {
  it('THEN the emulator accepts its endpoint: a signed PING is answered, a badly signed one refused', async () => {
    await emu.setInteractionsEndpoint(endpoint(first)); // throws unless PING → {type:1} and bad signature → 401
    const ping = JSON.stringify({ id: '10', application_id: emu.applicationId, type: 1, token: 't', version: 1 });
    expect(await post(endpoint(first), ping, emu.signInteraction(ping))).toEqual({ status: 200, body: { type: 1 } });
  });

  it('THEN requests Discord did not sign, or signed long ago, are refused before any work', async () => {
    const url = endpoint(first);
    const body = JSON.stringify({ id: '11', application_id: emu.applicationId, type: 1, token: 't', version: 1 });
    const good = emu.signInteraction(body);
    const forger = generateKeyPairSync('ed25519').privateKey;
    const cases: Array<[string, string, Record<string, string>]> = [
      ['signed with another key', body, emu.signInteraction(body, { key: forger })],
      ['no signature headers', body, { 'Content-Type': 'application/json' }],
      ['no timestamp', body, { 'Content-Type': 'application/json', 'X-Signature-Ed25519': good['X-Signature-Ed25519']! }],
      ['a garbled signature', body, { ...good, 'X-Signature-Ed25519': 'zz' }],
      ['a body changed after signing', body.replace('"type":1', '"type":2'), good],
      ['a timestamp changed after signing', body, { ...good, 'X-Signature-Timestamp': String(Number(good['X-Signature-Timestamp']) + 1) }],
      ['signed 10 minutes ago', body, emu.signInteraction(body, { timestamp: Math.floor(Date.now() / 1000) - 600 })],
      ['signed 10 minutes ahead', body, emu.signInteraction(body, { timestamp: Math.floor(Date.now() / 1000) + 600 })],
    ];
    for (const [what, sent, headers] of cases) {
      const r = await post(url, sent, headers);
      expect({ what, status: r.status }).toEqual({ what, status: 401 });
    }
  });

  it('THEN an oversized body is refused with 413, signed or not', async () => {
    const big = JSON.stringify({ id: '12', type: 2, token: 't', padding: 'x'.repeat(200 * 1024) });
    expect((await post(endpoint(first), big, emu.signInteraction(big))).status).toBe(413);
  });

  it('THEN a replayed request is refused, while the first one was served', async () => {
    const h = emu.sendAutocomplete({ name: 'brief', options: { topic: 'terr' }, focused: 'topic', user: 'alice' });
    const choices = (await h) as Array<{ value: string }>;
    expect(choices[0]?.value).toBe('territory');
    const delivered = emu.httpDeliveries.at(-1)!;
    expect(delivered.status).toBe(200);
    // The same bytes with Discord's valid signature, sent again by someone who captured them.
    const last = emu.requests.length; // (no REST request involved: the answer was the HTTP response)
    const replayBody = JSON.stringify(emu.interactions.records.get([...emu.interactions.records.keys()].at(-1)!)!.payload);
    const replay = await post(endpoint(first), replayBody, emu.signInteraction(replayBody));
    expect(replay.status).toBe(409);
    expect(emu.requests.length).toBe(last);
  });

  it('WHEN /brief topic:territory arrives over HTTP THEN the reply is exactly what gateway mode sends', async () => {
    await emu.setInteractionsEndpoint(null);
    const viaGateway = await emu.sendChatInput({ name: 'brief', options: { topic: 'territory' }, user: 'alice', locale: 'en-US' }).final();
    await emu.setInteractionsEndpoint(endpoint(first));
    const h = emu.sendChatInput({ name: 'brief', options: { topic: 'territory' }, user: 'alice', locale: 'en-US' });
    expect((await h.reply()).type).toBe(4); // answered in the HTTP response itself
    const viaHttp = await h.final();
    expect(emu.httpDeliveries.at(-1)).toMatchObject({ url: endpoint(first), status: 200 });
    expect(visible(viaHttp)).toBe(visible(viaGateway));
    expect((viaHttp.embeds[0] as { title?: string }).title).toBe('Territory');
    expect(messageText(viaHttp)).toContain('§III(1)');
  });

  it('WHEN the same command comes in Chinese over HTTP THEN it matches the gateway answer too', async () => {
    await emu.setInteractionsEndpoint(null);
    const viaGateway = await emu
      .sendChatInput({ name: 'ask', options: { question: '乌克兰军队规模多大' }, user: 'bob', locale: 'zh-CN' })
      .final();
    await emu.setInteractionsEndpoint(endpoint(first));
    const viaHttp = await emu
      .sendChatInput({ name: 'ask', options: { question: '乌克兰军队规模多大' }, user: 'bob', locale: 'zh-CN' })
      .final();
    expect(visible(viaHttp)).toBe(visible(viaGateway));
    expect(messageText(viaHttp)).toContain('80万');
  });
});

describe('GIVEN work that takes longer than Discord waits', () => {
  it('WHEN /digest subscribe is slow (a slow channel lookup) THEN the HTTP response defers and the answer follows over REST', async () => {
    emu.injectFault({ route: '/channels/:id', method: 'GET', kind: 'slow', delayMs: 2500, times: 1 });
    const h = emu.sendChatInput({
      name: 'digest',
      subcommand: 'subscribe',
      options: { channel: 'briefings', section: 'risks', schedule: 'daily 09:00' },
      user: 'alice',
    });
    const reply = await h.reply();
    expect(reply.type).toBe(5); // deferred, in the HTTP response
    expect(((reply.data as { flags?: number } | undefined)?.flags ?? 0) & 64).toBe(64); // privately, as /digest always answers
    const m = await h.final();
    expect(isEphemeral(m)).toBe(true);
    expect(messageText(m)).toMatch(/Subscribed|subscri/i);
    expect(emu.requestsTo('PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/).length).toBeGreaterThanOrEqual(1);
    const subs = await first!.store.subscriptions.listByGuild(emu.guildId());
    expect(subs.map((s) => s.channelId)).toContain(emu.channelId('briefings'));
  });
});

describe('GIVEN a reply that carries a picture (a file upload)', () => {
  it('THEN over HTTP it defers in the response (Discord takes only JSON there) and the message with its chart follows over REST', async () => {
    pictured = await startBot(emu, pg.url, { ...httpEnv(), CHARTS: 'on-demand' });
    const ref = pictureFor(pictured.app.briefings.default, 'timeline', 'en')!;
    expect(await pictured.app.charts.picture(ref)).not.toBeNull(); // drawn now, so the reply finds it ready
    await emu.setInteractionsEndpoint(endpoint(pictured));
    const h = emu.sendChatInput({ name: 'timeline', options: {}, user: 'alice', locale: 'en-US' });
    expect(await h.reply()).toEqual({ type: 5, data: { flags: 0 } });
    const m = await h.final();
    const files = m.attachments as unknown as Array<{ filename: string; url: string; description?: string }>;
    expect(files.map((f) => f.filename)).toEqual(['timeline-en.png']);
    expect(files[0]!.description).toMatch(/^Timeline chart/);
    expect((m.embeds[0] as { title?: string; image?: { url?: string } }).image?.url).toBe(files[0]!.url);
    expect((m.embeds[0] as { title?: string }).title).toBe('Timeline');
    const upload = emu.requestsTo('PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/).at(-1)!;
    expect(upload.files.map((f) => [f.filename, f.contentType])).toEqual([['timeline-en.png', 'image/png']]);
    expect((upload.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    await emu.setInteractionsEndpoint(endpoint(first));
  }, 180_000);
});

describe('GIVEN the database cannot store a multi-page reply’s pages', () => {
  it('THEN the reply still comes, on its first page without page buttons', async () => {
    const pagers = first!.store.pagers;
    const insert = pagers.insert.bind(pagers);
    pagers.insert = async () => {
      throw new Error('connection terminated unexpectedly');
    };
    try {
      const candidates: Array<[string, Record<string, string>]> = [
        ['figures', {}],
        ['plan', { view: '20-point' }],
        ['brief', { topic: 'risks' }],
      ];
      let m: EmulatedMessage | undefined;
      for (const [name, options] of candidates) {
        m = await emu.sendChatInput({ name, options, user: 'alice', locale: 'en-US' }).final();
        if ((m.embeds[0] as { footer?: { text?: string } }).footer?.text?.includes('Page 1/')) break;
      }
      expect((m!.embeds[0] as { footer?: { text?: string } }).footer?.text).toContain('Page 1/');
      expect(buttons(m!)).toEqual([]);
    } finally {
      pagers.insert = insert;
    }
  });
});

describe('GIVEN a multi-page reply served by one instance', () => {
  let reply: EmulatedMessage;

  it('THEN its author pages forward on that instance', async () => {
    // The first of these views that needs several pages with today's briefing.
    const candidates: Array<[string, Record<string, string>]> = [
      ['figures', {}],
      ['plan', { view: '20-point' }],
      ['brief', { topic: 'risks' }],
      ['plan', { view: '28-point' }],
      ['timeline', {}],
    ];
    for (const [name, options] of candidates) {
      reply = await emu.sendChatInput({ name, options, user: 'alice', locale: 'en-US' }).final();
      if (buttons(reply).length > 0) break;
    }
    const b = buttons(reply);
    expect(b.map((x) => x.disabled)).toEqual([true, true, false]);
    const next = emu.clickButton({ message: reply, customId: b[2]!.custom_id, user: 'alice' });
    expect((await next.reply()).type).toBe(7);
    reply = await next.final();
    expect(buttons(reply)[1]!.label).toMatch(/^2\//);
  });

  it('WHEN that instance is stopped and another one takes the traffic THEN the buttons keep working there', async () => {
    await first!.stop();
    first = undefined;
    second = await startBot(emu, pg.url, httpEnv());
    await emu.setInteractionsEndpoint(endpoint(second));
    const b = buttons(reply);
    const next = emu.clickButton({ message: reply, customId: b[2]!.disabled ? b[0]!.custom_id : b[2]!.custom_id, user: 'alice' });
    expect((await next.reply()).type).toBe(7);
    const turned = await next.final();
    expect(emu.httpDeliveries.at(-1)).toMatchObject({ url: endpoint(second), status: 200 });
    expect(buttons(turned)[1]!.label).not.toBe(buttons(reply)[1]!.label);
    expect(messageText(turned)).not.toContain('expired');
    reply = turned;
  });

  it('THEN someone else pressing them there is refused privately, the message unchanged', async () => {
    const before = visible(reply);
    const b = buttons(reply);
    const intruder = emu.clickButton({ message: reply, customId: b[0]!.disabled ? b[2]!.custom_id : b[0]!.custom_id, user: 'bob' });
    const refusal = await intruder.reply();
    expect(refusal.type).toBe(4);
    expect(((refusal.data as { flags?: number }).flags ?? 0) & 64).toBe(64);
    expect((refusal.data as { content?: string }).content).toContain('Only the person who ran this command');
    expect(visible(emu.message(reply.id)!)).toBe(before);
  });
});

describe('GIVEN the health, readiness and metrics endpoints', () => {
  it('THEN an HTTP-mode instance reports itself up and ready, with command metrics', async () => {
    const base = second!.http!.url;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; checks: Record<string, string> };
    expect(body.status).toBe('ready');
    expect(body.checks.database).toContain('postgres');
    expect(body.checks.briefings).toMatch(/^\d+ loaded/);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/briefing_bot_http_interactions_total\{type="component",status="200"\} [1-9]/);
    expect(metrics).toContain('briefing_bot_digests_total{outcome="delivered"}');
    expect(metrics).toContain('briefing_bot_discord_rest_429_total{scope="global"} 0');
  });

  it('THEN a gateway-mode instance started with PORT serves them too, but no interactions endpoint', async () => {
    const base = gateway!.http!.url;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/briefing_bot_commands_total\{command="brief",outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(/briefing_bot_command_duration_seconds_count\{command="ask"\} [1-9]/);
    expect((await fetch(`${base}/interactions`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});

describe('GIVEN everything the HTTP-mode instances sent', () => {
  it('THEN every message body disabled mentions, in HTTP responses and REST requests alike', () => {
    expectMentionsDisabled(emu, 1);
    const answers = emu.httpDeliveries
      .map((d) => d.body as { type?: number; data?: { allowed_mentions?: unknown } } | undefined)
      .filter((b) => b?.type === 4 || b?.type === 7);
    expect(answers.length).toBeGreaterThanOrEqual(5);
    for (const a of answers) expect(a!.data?.allowed_mentions).toEqual({ parse: [] });
    expect(emu.unknownRequests).toEqual([]);
  });
});
