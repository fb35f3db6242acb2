/**
 * End to end: two instances of the bot connected to the gateway with one token and one database, the
 * mistake README warns about. Discord (the emulator) hands each interaction to both sessions: state changes
 * must still happen once, and the instance whose answer comes second must say loudly what is wrong.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { SECOND_SESSION_WARNING } from '../../src/discord/interactions.ts';
import { start, type Running } from '../../src/runtime.ts';
import { DiscordEmulator } from '../emulator/index.ts';
import { eventually, messageText, registerCommands, tempDatabase } from './harness.ts';

/** A logger that keeps every entry, so a test can read what an instance logged. */
function recordingLogger(): { log: ReturnType<typeof pino>; entries: Array<Record<string, unknown>> } {
  const entries: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') entries.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), entries };
}

const db = tempDatabase('two-gateways');
let emu: DiscordEmulator;
const instances: Array<{ bot: Running; entries: Array<Record<string, unknown>> }> = [];

beforeAll(async () => {
  emu = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
  await registerCommands(emu);
  const config = parseConfig({ DISCORD_TOKEN: emu.token, DISCORD_API_URL: emu.apiUrl, DATABASE_URL: db.url });
  for (let n = 0; n < 2; n++) {
    const { log, entries } = recordingLogger();
    instances.push({ bot: await start(config, log), entries });
  }
  expect(emu.stats().gateway.identifies).toBe(2);
});

afterAll(async () => {
  for (const { bot } of instances) await bot.stop();
  await emu?.stop();
  db.cleanup();
});

const warnings = () => instances.flatMap(({ entries }) => entries.filter((e) => e.msg === SECOND_SESSION_WARNING));
const digest = (subcommand: string, options: Record<string, string | number>) =>
  emu.sendChatInput({ name: 'digest', subcommand, options, user: 'alice', locale: 'en-US' }).final();

describe('GIVEN two instances connected to the gateway with one token and one database', () => {
  it('WHEN an admin runs /digest subscribe once THEN one subscription exists, and the second session logs an error saying what is wrong', async () => {
    const channel = emu.channelId('briefings');
    const reply = messageText(await digest('subscribe', { channel, section: 'risks', schedule: 'daily 09:00' }));
    expect(reply).toMatch(/Subscribed: digest #\d+/);
    const logged = await eventually(() => (warnings().length > 0 ? warnings() : undefined), 10_000, 'the second-session warning');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.level).toBe(50); // error
    expect(String(logged[0]!.msg)).toContain('DISCORD_GATEWAY=false');
    const subs = await instances[0]!.bot.store.subscriptions.listByChannel(channel);
    expect(subs).toHaveLength(1);
    // The loser neither apologised to the user nor logged the failure as a crash.
    for (const { entries } of instances)
      expect(entries.filter((e) => e.msg === 'interaction failed' || e.msg === 'could not send the apology')).toEqual([]);
  });

  it('WHEN the admin unsubscribes it THEN both instances agree it is gone, and the reply says so', async () => {
    const channel = emu.channelId('briefings');
    const [sub] = await instances[0]!.bot.store.subscriptions.listByChannel(channel);
    const before = warnings().length;
    const reply = messageText(await digest('unsubscribe', { id: sub!.id }));
    expect(reply).toContain(`Unsubscribed #${sub!.id}`);
    await eventually(() => (warnings().length > before ? true : undefined), 10_000, 'the second-session warning');
    expect(await instances[1]!.bot.store.subscriptions.listByChannel(channel)).toEqual([]);
  });
});
