import { spawn } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';

function startConsole(input: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, DISCORD_TOKEN: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('GIVEN npm start without a Discord token', () => {
  it('THEN the console answers commands, keeps a history, creates its SQLite file and exits cleanly', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-console-'));
    const db = path.join(dir, 'nested', 'bot.db');
    const r = await startConsole('help\n/brief 领土\nlang zh\nactor Nubio\nhistory\nexit\n', { DATABASE_URL: `file:${db}` });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Briefing Bot console');
    expect(r.stdout).toMatch(/Territory/);
    expect(r.stdout).toContain('马尔科·鲁比奥');
    expect(r.stdout).toMatch(/\s+4\s+actor Nubio/);
    expect(existsSync(db)).toBe(true);
  }, 30_000);

  it('THEN digests work offline: subscribing a console channel and sending prints the digest there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-console-'));
    const r = await startConsole(
      'digest subscribe --channel general --section risks --schedule "daily 09:00"\ndigest list\ndigest send-now --id 1\nexit\n',
      { DATABASE_URL: `file:${path.join(dir, 'bot.db')}` },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Subscribed: digest #1');
    expect(r.stdout).toMatch(/Next: \d{4}-\d{2}-\d{2} 09:00 UTC/);
    expect(r.stdout).toContain('── digest → #general ──');
    expect(r.stdout).toMatch(/Digest · .*Risks/);
    expect(r.stdout).toContain('Posted digest #1');
  }, 30_000);

  it('THEN a refused console question is logged without a guild, and ask-log shows it as typed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-console-'));
    const url = `file:${path.join(dir, 'bot.db')}`;
    const r = await startConsole("ask who won the **world cup** in 2022\nask how big would ukraine's army be\nask-log\nexit\n", {
      DATABASE_URL: url,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The briefing does not cover this');
    expect(r.stdout).toContain('/ask questions to look at (1)');
    expect(r.stdout).toContain('Q: who won the **world cup** in 2022');
    expect(r.stdout).toMatch(/English · 👍 0 · 👎 0 · console/);
    const store = await openStore(url);
    try {
      const entries = await store.askLog.listRecent();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        question: 'who won the **world cup** in 2022',
        status: 'not-covered',
        guildId: null,
        origin: 'console',
      });
    } finally {
      await store.close();
    }
  }, 30_000);

  it('THEN a bad configuration stops start-up naming the variable', async () => {
    const r = await startConsole('', { LOG_LEVEL: 'shouty' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LOG_LEVEL');
  });

  it('THEN PostgreSQL being unreachable is one friendly line, not a JSON stack trace', async () => {
    const r = await startConsole('digest list\n', { DATABASE_URL: 'postgres://bot:secret@127.0.0.1:1/briefings', LOG_LEVEL: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Briefing Bot could not start: PostgreSQL at 127.0.0.1:1/briefings is unreachable');
    expect(r.stderr).toContain('check that the server is running and that DATABASE_URL points to it');
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toContain('{"level"');
      expect(out).not.toMatch(/\n\s+at /);
      expect(out).not.toContain('secret');
    }
  }, 30_000);
});
