import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { limitViolations } from '../../src/render/discord-limits.ts';
import { openStore } from '../../src/store/index.ts';

const exec = promisify(execFile);
const TSX = ['--import', 'tsx', 'src/cli.ts'];

async function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  try {
    const child = exec(process.execPath, [...TSX, ...args], { env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', ...env } });
    if (input !== undefined) {
      child.child.stdin!.end(input);
    }
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('GIVEN the one-shot console', { timeout: 60_000 }, () => {
  it('THEN brief territory prints a readable English summary and exits 0', async () => {
    const r = await cli(['brief', 'territory']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Territory/i);
    expect(r.stdout).toMatch(/§III\(1\)/);
    expect(r.stdout).toMatch(/As of 1 Jan 2026/);
    expect(r.stdout).not.toMatch(/\*\*/);
  });

  it('THEN --locale zh-CN prints Chinese', async () => {
    const r = await cli(['brief', 'territory', '--locale', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/领土/);
    expect(r.stdout).toMatch(/截至 2026年1月1日/);
  });

  it('THEN --json prints the exact Discord payload, mentions disabled, within limits', async () => {
    const r = await cli(['brief', 'nuclear', 'plant', '--json']);
    expect(r.code).toBe(0);
    const payload = JSON.parse(r.stdout);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload.embeds[0].title).toMatch(/nuclear/i);
    expect(limitViolations(payload)).toEqual([]);
  });

  it('THEN a bad command or unknown topic exits non-zero with a clear message', async () => {
    const unknownCommand = await cli(['frobnicate']);
    expect(unknownCommand.code).not.toBe(0);
    expect(unknownCommand.stderr).toMatch(/Unknown command "frobnicate"/);
    const unknownTopic = await cli(['brief', 'weather']);
    expect(unknownTopic.code).not.toBe(0);
    expect(unknownTopic.stderr).toMatch(/No topic matches “weather”/);
    const badOption = await cli(['plan', 'compare', '--colour', 'red']);
    expect(badOption.code).not.toBe(0);
    expect(badOption.stderr).toMatch(/no option --colour/);
  });

  it('THEN ask --json follows the script contract: status, nature and by per answer, one object per stdin line', async () => {
    const one = await cli(['ask', '--json', 'who won the world cup']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual({ question: 'who won the world cup', status: 'not-covered', answered: false, answers: [] });
    const questions = [
      'How big would the army be under the 20-point plan?',
      '扎波罗热核电站由谁控制',
      'who won the world cup',
      'how old is marco rubio',
    ];
    const many = await cli(['ask', '--json'], `${questions.join('\n')}\n\n`);
    const lines = many.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(questions);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['question', 'status', 'answered', 'answers']);
      expect(['answered', 'unsure', 'not-covered']).toContain(line.status);
      expect(line.answered).toBe(line.status === 'answered');
      if (line.status === 'not-covered') expect(line.answers).toEqual([]);
      else expect(line.answers.length).toBeGreaterThan(0);
      for (const a of line.answers) {
        expect(a).toEqual({
          text: expect.any(String),
          topic: expect.any(String),
          citation: expect.stringMatching(/^§/),
          nature: expect.stringMatching(/^(reported|claim|analysis)$/),
          by: a.by === null ? null : expect.any(String),
        });
        if (a.nature === 'claim') expect(a.by).toEqual(expect.any(String));
      }
    }
    expect(lines.slice(0, 2).map((l) => l.status)).toEqual(['answered', 'answered']);
    expect(lines[2].status).toBe('not-covered');
  });

  it('THEN ask-log --json exports logged questions as JSON lines, newest first, with --limit and --show', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-cli-asklog-'));
    const url = `file:${path.join(dir, 'bot.db')}`;
    try {
      const store = await openStore(url);
      const base = {
        language: 'en' as const,
        answerItemIds: [],
        answerText: null,
        briefingId: 'maralago-2025-12-28',
        origin: 'discord' as const,
      };
      await store.askLog.record({ ...base, question: 'oldest', status: 'not-covered', guildId: 'g1' }, new Date('2026-01-01T00:00:00Z'));
      await store.askLog.record(
        {
          ...base,
          question: '最新的 "quoted" \\ question',
          language: 'zh',
          status: 'unsure',
          answerItemIds: ['a-b', 'c'],
          answerText: '候选',
          guildId: null,
          origin: 'console',
        },
        new Date('2026-01-03T00:00:00Z'),
      );
      await store.askLog.recordUnhelpful(
        { ...base, question: 'middle', status: 'answered', answerItemIds: ['x'], guildId: 'g2', messageId: 'm1' },
        new Date('2026-01-02T00:00:00Z'),
      );
      await store.close();
      const env = { DATABASE_URL: url };
      const all = await cli(['ask-log', '--json'], undefined, env);
      expect(all.code).toBe(0);
      const lines = all.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.question)).toEqual(['最新的 "quoted" \\ question', 'middle', 'oldest']);
      expect(lines[0]).toEqual({
        id: expect.any(Number),
        time: '2026-01-03T00:00:00.000Z',
        question: '最新的 "quoted" \\ question',
        language: 'zh',
        status: 'unsure',
        answerItemIds: ['a-b', 'c'],
        answerText: '候选',
        helpful: 0,
        unhelpful: 0,
        briefingId: 'maralago-2025-12-28',
        guildId: null,
        origin: 'console',
      });
      expect(lines[1]).toMatchObject({ status: 'answered', unhelpful: 1, guildId: 'g2' });
      for (const line of lines) expect(Object.keys(line).some((k) => /user/i.test(k))).toBe(false);
      const limited = await cli(['ask-log', '--json', '--limit', '1', '--show', 'not-covered'], undefined, env);
      expect(
        limited.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l).question),
      ).toEqual(['oldest']);
      const text = await cli(['ask-log', '--show', 'unhelpful'], undefined, env);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('Q: middle');
      expect(text.stdout).toContain('server g2');
      expect(text.stdout).not.toContain('oldest');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('THEN an unknown --locale says which languages exist and exits non-zero instead of answering in English', async () => {
    const r = await cli(['brief', 'territory', '--locale', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('There is no language "fr". Available: en (English), zh (中文)');
    expect((await cli(['brief', 'territory', '--locale', 'zh'])).stdout).toMatch(/领土/);
  });

  it('THEN ask without --json answers each stdin line as text', async () => {
    const r = await cli(['ask'], 'who drafted the 28-point plan\n\nwhat will the weather be in Paris\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Q: who drafted the 28-point plan');
    expect(r.stdout).toContain('The briefing does not cover this');
    expect(r.stdout).not.toContain('needs');
    const none = await cli(['ask'], '');
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain('No questions');
  });

  it('THEN digest says that digests need the running bot', async () => {
    const r = await cli(['digest', 'list']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Digests need the running bot');
    expect(r.stderr).toContain('npm start');
    expect(r.stderr).not.toContain('without its database');
  });
});
