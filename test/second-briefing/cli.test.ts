import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bothDir, SECOND_ID } from './fixture.ts';

const exec = promisify(execFile);
const dir = bothDir();

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', BRIEFINGS_DIR: dir },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('GIVEN the one-shot console with two briefings loaded', { timeout: 60_000 }, () => {
  it('THEN commands use the newest briefing unless --briefing names another', async () => {
    const newest = await cli(['brief', 'who pays']);
    expect(newest.code).toBe(0);
    expect(newest.stdout).toMatch(/Who pays/);
    const other = await cli(['brief', 'territory', '--briefing', 'maralago-2025-12-28']);
    expect(other.code).toBe(0);
    expect(other.stdout).toMatch(/Territory/);
  });

  it('THEN ask --json takes --briefing too, and an unknown one exits 1 with the list', async () => {
    const r = await cli(['ask', '--json', '--briefing', SECOND_ID, "how high would the engineers' barrier be"]);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.answered).toBe(true);
    expect(answer.answers[0].text).toMatch(/5\.2 metres/);
    const unknown = await cli(['ask', '--json', '--briefing', 'atlantis', 'anything']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`No such briefing. Available: ${SECOND_ID}, maralago-2025-12-28`);
  });
});
