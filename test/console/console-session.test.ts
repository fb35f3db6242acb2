/**
 * The local console as a newcomer uses it: the interactive session of `npm start` without a token
 * (src/runtime.ts `start()` on in-memory streams), typed line by line, asserting on what is printed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import type { Running } from '../../src/runtime.ts';
import { CONSOLE_GUILD } from '../../src/console/run-line.ts';
import { eventually } from '../e2e/harness.ts';
import { type ConsoleSession, startConsoleSession } from '../helpers/console-session.ts';

const PROMPT = 'briefing> ';
const dir = mkdtempSync(path.join(tmpdir(), 'bb-console-session-'));
const file = path.join(dir, 'bot.db');
let session: ConsoleSession;
let running: Running;
const type = (line: string) => session.type(line);

beforeAll(async () => {
  session = await startConsoleSession(parseConfig({ DATABASE_URL: `file:${file}` }), silentLogger);
  running = session.running;
});

afterAll(async () => {
  await running?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('GIVEN the console, typed into as in Discord', () => {
  it('WHEN options are written key:value or key:"several words" THEN they are read as Discord reads them', async () => {
    const ask = await type('/ask question:"who is rubio"');
    expect(ask).toContain('Q: who is rubio');
    expect(ask).toContain('Marco Rubio');
    expect(ask).not.toContain('unexpected words');
    const actor = await type('/actor name:marco rubio');
    expect(actor).toMatch(/^Marco Rubio\n═+\nUS Secretary of State/);
  });

  it('WHEN a command is typed without its topic or name THEN it lists the choices', async () => {
    const brief = await type('brief');
    expect(brief).toMatch(/^Which topic\?\n/);
    expect(brief).toContain('`/brief territory` Territory');
    expect(brief).toContain('`/brief outlook` Outlook');
    expect(await type('actor')).toContain('`/actor rubio` Marco Rubio');
    expect(await type('plan')).toContain('`/plan view:compare` Compare the plans');
  });

  it('WHEN a reply quotes a cron expression THEN every asterisk is kept', async () => {
    const reply = await type('digest subscribe channel:general section:risks schedule:"*/5 * * * *"');
    expect(reply).toContain('but `*/5 * * * *` fires 12 times an hour');
    expect(reply).toContain('e.g. `0 * * * *` for hourly');
  });

  it('WHEN a time zone is given by its current IANA name THEN it is shown by that name', async () => {
    const reply = await type('digest subscribe channel:general section:risks schedule:"daily 09:00" timezone:Europe/Kyiv');
    expect(reply).toContain('Subscribed: digest #');
    expect(reply).toContain('(Europe/Kyiv)');
    expect(reply).not.toContain('Kiev');
  });

  it('WHEN typed text carries terminal escapes or bidi overrides THEN they are not echoed raw', async () => {
    const topic = await type('brief \u001b[2J\u202Eevil');
    expect(topic).toContain('No topic matches “[2Jevil”');
    const command = await type('frob\u001b[31mnicate');
    expect(command).toContain('Unknown command "frob\uFFFD[31mnicate"');
    for (const reply of [topic, command]) {
      expect(reply).not.toContain('\u001b');
      expect(reply).not.toContain('\u202E');
    }
  });

  it('WHEN an unknown language is asked for THEN the console says which exist and keeps its language', async () => {
    expect(await type('lang fr')).toContain('There is no language "fr". Available: en (English), zh (中文)');
    expect(await type('brief territory')).toMatch(/^Territory\n/);
  });

  it('WHEN it is switched to Chinese THEN help, the command list and digest schedules are Chinese', async () => {
    expect(await type('lang zh')).toContain('已切换为中文');
    const help = await type('help');
    expect(help).toContain('像在 Discord 中一样输入命令');
    expect(help).not.toContain('Type a command');
    const commands = await type('commands');
    expect(commands).toContain('/brief: 查看简报中某个议题或章节的摘要');
    const list = await type('digest list');
    expect(list).toContain('每天 09:00');
    expect(list).toMatch(/\d+ (分钟|小时|天)后/);
    expect(list).not.toMatch(/daily 09:00|\bin \d+ (min|h|days)\b/);
    const refused = await type('digest subscribe channel:general section:risks schedule:"*/5 * * * *" timezone:Mars/Base');
    expect(refused).toContain('无法识别时区 `Mars/Base`');
    expect(await type('digest subscribe channel:general section:risks schedule:"*/5 * * * *"')).toContain(
      '摘要每小时最多推送一次，而 `*/5 * * * *` 每小时触发 12 次',
    );
    expect(await type('brief')).toContain('请选择议题');
    expect(await type('lang en')).toContain('Language: English');
  });

  it('WHEN a scheduled digest prints while the user is idle THEN the prompt is shown again after it', async () => {
    const now = new Date();
    const fire = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    const sub = await running.store.subscriptions.create(
      {
        guildId: CONSOLE_GUILD,
        channelId: 'newsroom',
        section: 'outlook',
        schedule: `${fire.getUTCMinutes()} ${fire.getUTCHours()} * * *`,
        scheduleLabel: 'daily (test)',
        timezone: 'UTC',
        language: 'en',
        createdBy: 'console',
      },
      new Date(fire.getTime() - 1),
    );
    const from = session.printed().length;
    await running.scheduler.tick();
    const shown = await eventually(
      () => (session.printed().slice(from).includes('── digest → #newsroom ──') ? session.printed().slice(from) : undefined),
      10_000,
      `digest #${sub.id}`,
    );
    expect(shown).toContain('Digest · Outlook');
    expect(shown.endsWith(PROMPT)).toBe(true);
  });

  it('WHEN the database file is deleted under the running console THEN /digest says nothing was saved and why', async () => {
    expect(await type('digest subscribe channel:general section:territory schedule:"daily 10:00"')).toContain('Subscribed: digest #');
    rmSync(file);
    const reply = await type('digest subscribe channel:general section:territory schedule:"daily 11:00"');
    expect(reply).toContain('Database error: nothing was changed');
    expect(reply).toContain(`SQLite database ${file} was deleted or replaced while the bot was running`);
    expect(reply).not.toContain('Subscribed');
  });
});
