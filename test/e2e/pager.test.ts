/**
 * End to end: the pager of multi-page replies against the local Discord emulator, with a short session
 * lifetime so expiry can be watched: it costs no REST call, and old or forged clicks are answered, not obeyed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { PagerStore } from '../../src/discord/pager.ts';
import { parseConfig } from '../../src/config.ts';
import { createDiscordClient } from '../../src/discord/client.ts';
import { runDiscord } from '../../src/discord/run-discord.ts';
import { silentLogger } from '../../src/log.ts';
import { DiscordEmulator, type EmulatedMessage } from '../emulator/index.ts';
import { buttons, messageText, registerCommands } from './harness.ts';

const TTL_MS = 1_500;

let emu: DiscordEmulator;
let pager: PagerStore;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  emu = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
  await registerCommands(emu);
  const config = parseConfig({ DISCORD_TOKEN: emu.token, DISCORD_API_URL: emu.apiUrl, LOG_LEVEL: 'silent' });
  const app = await createApp(config, silentLogger);
  pager = new PagerStore(TTL_MS);
  const discord = await runDiscord(app, createDiscordClient(config), silentLogger, undefined, pager);
  stop = () => discord.stop();
});

afterAll(async () => {
  await stop?.();
  await emu?.stop();
});

const brief = (topic: string, user = 'alice') => emu.sendChatInput({ name: 'brief', options: { topic }, user, locale: 'en-US' }).final();
const nextButton = (m: EmulatedMessage) => buttons(m)[2]!.custom_id;
const footer = (m: EmulatedMessage) => String((m.embeds[0] as { footer?: { text?: string } } | undefined)?.footer?.text ?? '');

describe('GIVEN multi-page replies', () => {
  it('WHEN their pager sessions expire THEN no request goes to Discord, and the store lets them go', async () => {
    const replies = [await brief('risks'), await brief('actors'), await brief('risks', 'bob')];
    for (const m of replies) expect(buttons(m)).toHaveLength(3);
    expect(pager.size).toBe(3);
    emu.clearRequests();
    await new Promise((r) => setTimeout(r, TTL_MS + 1_000));
    // Nothing is edited ahead of time: an expiring reply spends none of the bot's REST rate limit.
    expect(emu.requests.filter((r) => !r.path.startsWith('/gateway'))).toEqual([]);
    for (const m of replies) expect(buttons(emu.message(m.id)!)).toHaveLength(3);
    await brief('actors');
    expect(pager.size).toBe(1);
  });

  it('WHEN an expired button is clicked THEN that click removes the buttons and says privately that they expired', async () => {
    const m = await brief('risks');
    await new Promise((r) => setTimeout(r, TTL_MS + 200));
    const click = emu.clickButton({ message: m, customId: nextButton(m), user: 'alice' });
    expect((await click.reply()).type).toBe(7);
    const after = await click.final();
    expect(after.id).toBe(m.id);
    expect(buttons(after)).toEqual([]);
    expect(footer(after)).toContain('Page 1/2');
    const notice = await click.waitForFollowUp();
    expect(notice.flags & 64).toBe(64);
    expect(notice.content).toContain('These page buttons have expired');
  });

  it('WHEN a live button is replayed on another message THEN that message is left alone and the clicker is told privately', async () => {
    const first = await brief('risks');
    const second = await brief('actors');
    const before = JSON.stringify({ embeds: second.embeds, components: second.components });
    const forged = emu.clickButton({ message: second, customId: nextButton(first), user: 'alice', forged: { componentType: 2 } });
    const reply = await forged.reply();
    expect(reply.type).toBe(4);
    const data = reply.data as { content?: string; flags?: number };
    expect((data.flags ?? 0) & 64).toBe(64);
    expect(data.content).toContain('This button does not belong to this message');
    const after = emu.message(second.id)!;
    expect(JSON.stringify({ embeds: after.embeds, components: after.components })).toBe(before);
    expect(messageText(after)).toContain('Page 1/2');

    // The same button on its own message still pages it.
    const own = emu.clickButton({ message: first, customId: nextButton(first), user: 'alice' });
    expect(footer(await own.final())).toContain('Page 2/2');
  });
});
