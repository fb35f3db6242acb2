/** Pictures in the console and the one-shot CLI: `--image <dir>` writes the PNG and prints its path; `--json` describes it. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runConsoleCommand, takeImageOption } from '../../src/console/run-line.ts';
import { testApp } from '../helpers/app.ts';

const exec = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'bb-pictures-'));
afterAll(async () => {
  await (await testApp()).charts.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GIVEN the console', { timeout: 120_000 }, () => {
  it('WHEN timeline --image <dir> THEN the PNG is written there and its path printed with the alt text', async () => {
    const app = await testApp();
    const r = await runConsoleCommand(app, ['timeline', '--image', dir], 'zh-CN');
    expect(r.failed).toBe(false);
    const file = path.join(dir, 'timeline-zh.png');
    expect(r.images).toEqual([file]);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    expect(r.text.split('\n')).toContain(file);
    expect(r.text).toContain('时间线图：17 个事件');
    expect(r.payload?.attachments).toEqual([{ id: 0, filename: 'timeline-zh.png', description: expect.stringContaining('时间线图') }]);
    expect(r.payload?.embeds[0]?.image).toEqual({ url: 'attachment://timeline-zh.png' });
  });

  it('WHEN a command without a picture gets --image THEN it says so and writes nothing', async () => {
    const app = await testApp();
    const r = await runConsoleCommand(app, ['risks', `--image=${dir}/none`], 'en-US');
    expect(r.text).toContain('/risks has no picture.');
    expect(r.images).toEqual([]);
    expect(existsSync(`${dir}/none`)).toBe(false);
  });

  it('WHEN a picture command runs without --image THEN the reply says how to save it, without rendering', async () => {
    const app = await testApp();
    const r = await runConsoleCommand(app, ['positions'], 'en-US');
    expect(r.text).toContain('positions-en.png: add --image <dir> to save this picture.');
    expect(r.payload?.files).toBeUndefined();
  });

  it('WHEN --image has no directory THEN a friendly error', () => {
    expect(takeImageOption(['timeline', '--image']).error).toMatch(/--image needs a directory/);
  });
});

describe('GIVEN the one-shot CLI', { timeout: 120_000 }, () => {
  it('WHEN figures --json THEN the payload names the attachment with its alt text and size', async () => {
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'figures', '--json'], {
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn' },
    });
    const payload = JSON.parse(stdout) as {
      attachments: unknown[];
      files: Array<{ name: string; description: string; size: number }>;
      embeds: Array<{ image?: { url: string } }>;
    };
    expect(payload.attachments).toEqual([
      { id: 0, filename: 'figures-en.png', description: expect.stringContaining('Bar charts comparing 4 sets') },
    ]);
    expect(payload.files).toEqual([
      { name: 'figures-en.png', description: expect.any(String), contentType: 'image/png', size: expect.any(Number) },
    ]);
    expect(payload.files[0]!.size).toBeGreaterThan(10_000);
    expect(payload.files[0]!.size).toBeLessThan(512 * 1024);
    expect(payload.embeds[0]!.image).toEqual({ url: 'attachment://figures-en.png' });
  });

  it('WHEN brief army-size --image <dir> THEN that topic’s comparison is written and the path printed', async () => {
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'brief', 'army-size', '--image', dir], {
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn' },
    });
    const file = path.join(dir, 'figures-army-size-en.png');
    expect(stdout.split('\n')).toContain(file);
    expect(existsSync(file)).toBe(true);
  });
});
