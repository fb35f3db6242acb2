import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { limitViolations } from '../../src/render/discord-limits.ts';

const exec = promisify(execFile);
const TSX = ['--import', 'tsx', 'src/cli.ts'];

async function cli(args: string[], input?: string) {
  try {
    const child = exec(process.execPath, [...TSX, ...args], { env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn' } });
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

  it('THEN ask --json follows the script contract, one object per stdin line', async () => {
    const one = await cli(['ask', '--json', 'who won the world cup']);
    expect(JSON.parse(one.stdout)).toEqual({ question: 'who won the world cup', answered: false, answers: [] });
    const many = await cli(['ask', '--json'], 'How big would the army be under the 20-point plan?\n扎波罗热核电站由谁控制\n');
    const lines = many.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.answered).toBe(true);
      expect(line.answers[0]).toEqual({ text: expect.any(String), topic: expect.any(String), citation: expect.stringMatching(/^§/) });
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
