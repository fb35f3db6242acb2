/**
 * The HTTP bridge alone, with a real discord.js client that never logs in: the first callback becomes the
 * HTTP response; what Discord would refuse (a second callback, one after the window) is refused the same way.
 */
import { Client, DiscordAPIError, MessageFlags, type Interaction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { HttpInteractionBridge } from '../../src/discord/http-interactions.ts';
import { silentLogger } from '../../src/log.ts';

let seq = 100;
function payload(type: number, extra: Record<string, unknown> = {}) {
  const id = String(1_300_000_000_000_000_000n + BigInt(seq++));
  return {
    id,
    token: `token-${id}`,
    type,
    application_id: '1300000000000000001',
    version: 1,
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '1': '1300000000000000002' },
    context: 1,
    user: { id: '1300000000000000002', username: 'alice', discriminator: '0', global_name: null, avatar: null },
    channel_id: '1300000000000000003',
    channel: { id: '1300000000000000003', type: 1, recipients: [] },
    ...extra,
  };
}
const command = () =>
  payload(2, { data: { id: '1300000000000000009', name: 'brief', type: 1, options: [{ name: 'topic', type: 3, value: 'territory' }] } });

function bridgeWith(handler: (i: Interaction) => Promise<void>, windowMs = 3000) {
  const bridge = new HttpInteractionBridge(silentLogger, windowMs);
  const client = new Client({ intents: [], rest: { api: 'http://127.0.0.1:9/api', makeRequest: bridge.makeRequest, retries: 0 } });
  bridge.attach(client, handler);
  return bridge;
}

describe('GIVEN an interaction arriving over HTTP', () => {
  it('THEN the handler’s reply becomes the HTTP response body', async () => {
    const bridge = bridgeWith(async (i) => {
      if (i.isChatInputCommand())
        await i.reply({ content: `topic ${i.options.getString('topic')}`, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    });
    const r = await bridge.handle(command());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ type: 4, data: { content: 'topic territory', flags: 64, allowed_mentions: { parse: [] } } });
  });

  it('THEN a second callback is refused as Discord refuses it (40060)', async () => {
    let second: unknown;
    const bridge = bridgeWith(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      // discord.js guards its own state, so go around it the way a confused handler could.
      second = await i.client.rest
        .post(`/interactions/${i.id}/${i.token}/callback`, { body: { type: 4, data: { content: 'again' } }, auth: false })
        .catch((e: unknown) => e);
    });
    const r = await bridge.handle(command());
    expect(r).toEqual({ status: 200, body: { type: 5, data: { flags: 0 } } });
    await new Promise((res) => setTimeout(res, 20));
    expect(second).toBeInstanceOf(DiscordAPIError);
    expect((second as DiscordAPIError).code).toBe(40060);
  });

  it('THEN a handler that ends without answering yields a 500, and one that takes too long a 503 at the window', async () => {
    expect((await bridgeWith(async () => undefined).handle(command())).status).toBe(500);
    const slow = bridgeWith(() => new Promise((res) => setTimeout(res, 400)), 100);
    const started = Date.now();
    expect((await slow.handle(command())).status).toBe(503);
    expect(Date.now() - started).toBeLessThan(350);
  });

  it('THEN an interaction type the bot does not serve is answered 400 without running anything', async () => {
    let ran = false;
    const bridge = bridgeWith(async () => {
      ran = true;
    });
    expect((await bridge.handle(payload(99))).status).toBe(400);
    // Signed, but not something discord.js can read (no user): refused the same way.
    const { user: _u, ...anonymous } = command();
    expect(await bridge.handle(anonymous as ReturnType<typeof command>)).toEqual({
      status: 400,
      body: { message: 'unreadable interaction payload' },
    });
    expect(ran).toBe(false);
  });
});
