/**
 * End to end: `npm start` (src/main.ts in a child process, on the Discord emulator) with folder watching off
 * (BRIEFINGS_WATCH=false): an edit waits for SIGHUP; SIGHUP reloads it; a broken edit then logs every problem as
 * `file: path: message` and the previous edition keeps answering.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/index.ts';
import { edited, fixtureFolder, ADD, INVALID } from '../editions/fixture-editions.ts';
import { BotProcess, messageText, registerCommands, tempDatabase } from './harness.ts';

let emu: DiscordEmulator;
let bot: BotProcess;
const db = tempDatabase('reload-signal');
const folder = fixtureFolder();

beforeAll(async () => {
  emu = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
  await registerCommands(emu);
  bot = new BotProcess('src/main.ts', [], {
    DISCORD_TOKEN: emu.token,
    DISCORD_API_URL: emu.apiUrl,
    DATABASE_URL: db.url,
    LOG_LEVEL: 'info',
    BRIEFINGS_DIR: folder.dir,
    BRIEFINGS_WATCH: 'false',
  });
  await bot.waitForLog((e) => e.msg === 'started', 30_000);
}, 60_000);

afterAll(async () => {
  await bot?.kill();
  await emu?.stop();
  db.cleanup();
  rmSync(folder.dir, { recursive: true, force: true });
});

const brief = async (topic: string) =>
  messageText(await emu.sendChatInput({ name: 'brief', options: { topic }, user: 'alice', locale: 'en-US' }).final());

describe('GIVEN the bot running with folder watching off', () => {
  it('WHEN the file is edited THEN nothing changes until SIGHUP, which reloads it', async () => {
    folder.write(edited(...ADD));
    await new Promise((r) => setTimeout(r, 700));
    expect(await brief('proposals')).not.toContain('second hearing');
    bot.child.kill('SIGHUP');
    await bot.waitForLog((e) => e.msg === 'briefing reloaded' && e.trigger === 'SIGHUP');
    expect(await brief('proposals')).toContain('A second hearing on the barrier is set for 20 March.');
    expect(bot.running).toBe(true);
  }, 60_000);

  it('WHEN a broken edit is signalled THEN the problem is logged as file: path: message and the previous edition still answers', async () => {
    folder.write(edited(...ADD, ...INVALID));
    bot.child.kill('SIGHUP');
    const entry = await bot.waitForLog((e) => e.level === 40 && typeof e.msg === 'string' && e.msg.includes('unknown actor'));
    expect(entry.msg).toMatch(
      /quillmouth-barrier-2031\.yaml: stickingPoints\[0\]\.positions\[0\]\.actor: unknown actor "nobody" \(still serving the previous edition of quillmouth-barrier-2031\)$/,
    );
    expect(await brief('barrier-height')).toContain('Proposes 4.5 metres.');
    expect(await brief('proposals')).toContain('second hearing');
  }, 60_000);
});
