/**
 * Shared plumbing for the end-to-end tests: the real bot (src/runtime.ts `start()`, or the `npm start`
 * entry as a child process) against the local Discord emulator in test/emulator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes } from 'discord.js';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadCommands } from '../../src/bot/load-commands.ts';
import { parseConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { start, type Running } from '../../src/runtime.ts';
import { DiscordEmulator, type EmulatedMessage, type RecordedRequest } from '../emulator/index.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A fresh directory with a SQLite file URL in it; `cleanup()` removes it. */
export function tempDatabase(prefix: string): { dir: string; file: string; url: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), `bb-e2e-${prefix}-`));
  const file = path.join(dir, 'bot.db');
  return { dir, file, url: `file:${file}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The bot in this process, exactly as `npm start` runs it in Discord mode. */
export async function startBot(emu: DiscordEmulator, databaseUrl: string, env: Record<string, string> = {}): Promise<Running> {
  // Pictures are off unless a test asks for them (test/e2e/pictures.test.ts), so other scenarios do not share the CPU with rendering.
  const config = parseConfig({
    DISCORD_TOKEN: emu.token,
    DISCORD_API_URL: emu.apiUrl,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    CHARTS: 'off',
    ...env,
  });
  const running = await start(config, silentLogger);
  expect(running.mode).toBe('discord');
  return running;
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A TypeScript entry point of the project in a child process (`node --import tsx <file>`). */
export class BotProcess {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exited: Promise<ProcessResult>;

  constructor(entry: string, args: string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: ROOT,
      // Only what the bot needs: no inherited DISCORD_* or .env surprises beyond what we set here.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT, NODE_ENV: 'test', CHARTS: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8').on('data', (d: string) => (this.stdout += d));
    this.child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => resolve({ code, signal, stdout: this.stdout, stderr: this.stderr }));
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends `signal` (SIGKILL by default) to this child only and waits for it to exit. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<ProcessResult> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }

  /** Resolves once a stdout line satisfies `predicate`; rejects on timeout or if the process exits first. */
  waitForLog(predicate: (entry: Record<string, unknown>) => boolean, timeoutMs = 20_000): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        for (const line of this.stdout.split('\n')) {
          if (!line.startsWith('{')) continue;
          try {
            const entry = JSON.parse(line) as Record<string, unknown>;
            if (predicate(entry)) {
              done();
              resolve(entry);
              return true;
            }
          } catch {
            // a partial line; the next chunk completes it
          }
        }
        return false;
      };
      const onData = () => void check();
      const onExit = () => {
        done();
        reject(new Error(`process exited before the expected log line\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for a log line\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.child.stdout!.off('data', onData);
        this.child.off('exit', onExit);
      };
      this.child.stdout!.on('data', onData);
      this.child.once('exit', onExit);
      if (!check() && !this.running) onExit();
    });
  }
}

/** `npm run deploy-commands -- --guild <id>` against the emulator, to completion. */
export async function deployCommands(emu: DiscordEmulator, guildId: string, timeoutMs = 30_000): Promise<ProcessResult> {
  const proc = new BotProcess('src/deploy-commands.ts', ['--guild', guildId], {
    DISCORD_TOKEN: emu.token,
    DISCORD_CLIENT_ID: emu.applicationId,
    DISCORD_API_URL: emu.apiUrl,
  });
  const timer = setTimeout(() => void proc.kill(), timeoutMs);
  try {
    return await proc.exited;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Registers the command definitions in the emulator's guild, in this process (what the deploy script
 * does, minus a child process: files other than deploy.test.ts use this to save a few seconds).
 */
export async function registerCommands(emu: DiscordEmulator): Promise<void> {
  const commands = [...(await loadCommands()).values()].map((c) => c.data.toJSON());
  const rest = new REST({ api: emu.apiUrl }).setToken(emu.token);
  await rest.put(Routes.applicationGuildCommands(emu.applicationId, emu.guildId()), { body: commands });
  expect(
    emu
      .registeredCommands(emu.guildId())
      .map((c) => c.name)
      .sort(),
  ).toEqual(commands.map((c) => c.name).sort());
}

/** Everything a user reads in a message: content plus every embed's title, description, fields and footer. */
export function messageText(m: { content?: unknown; embeds?: unknown } | undefined): string {
  if (!m) return '';
  const parts: string[] = [typeof m.content === 'string' ? m.content : ''];
  for (const e of (Array.isArray(m.embeds) ? m.embeds : []) as Record<string, unknown>[]) {
    parts.push(String(e.title ?? ''), String(e.description ?? ''));
    for (const f of (e.fields as Array<{ name: string; value: string }> | undefined) ?? []) parts.push(f.name, f.value);
    parts.push(String((e.footer as { text?: string } | undefined)?.text ?? ''));
  }
  return parts.join('\n');
}

export const FLAG_EPHEMERAL = 1 << 6;

export const isEphemeral = (m: EmulatedMessage): boolean => (m.flags & FLAG_EPHEMERAL) !== 0;

/** Custom ids of the buttons on a message, in order. */
export function buttons(m: EmulatedMessage): Array<{ custom_id: string; label: string; disabled: boolean }> {
  const out: Array<{ custom_id: string; label: string; disabled: boolean }> = [];
  for (const row of m.components as Array<{ components?: Array<Record<string, unknown>> }>) {
    for (const c of row.components ?? []) {
      if (c.type === 2) out.push({ custom_id: String(c.custom_id), label: String(c.label ?? ''), disabled: c.disabled === true });
    }
  }
  return out;
}

/**
 * Requests whose body is a message the bot sent or edited: interaction callbacks that carry a message
 * (types 4 and 7), webhook follow-ups and `@original` edits, and channel messages.
 */
export function messageRequests(emu: DiscordEmulator): RecordedRequest[] {
  return emu.requests.filter((r) => {
    if (!r.body || typeof r.body !== 'object') return false;
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) {
      const type = (r.body as { type?: number }).type;
      return type === 4 || type === 7;
    }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/[^/]+)?$/.test(r.path)) return r.method === 'POST' || r.method === 'PATCH';
    return /^\/channels\/\d+\/messages(\/\d+)?$/.test(r.path) && (r.method === 'POST' || r.method === 'PATCH');
  });
}

/** Asserts every message the bot sent or edited disabled mention parsing; returns the routes checked. */
export function expectMentionsDisabled(emu: DiscordEmulator, atLeast = 1): string[] {
  const sent = messageRequests(emu);
  expect(sent.length).toBeGreaterThanOrEqual(atLeast);
  const offenders = sent
    .map((r) => {
      const body = r.body as { type?: number; data?: Record<string, unknown> } & Record<string, unknown>;
      const message = /\/callback$/.test(r.path) ? (body.data ?? {}) : body;
      return { request: `${r.method} ${r.path}`, allowed_mentions: message.allowed_mentions };
    })
    .filter((x) => JSON.stringify(x.allowed_mentions) !== JSON.stringify({ parse: [] }));
  expect(offenders).toEqual([]);
  return sent.map((r) => (/\/callback$/.test(r.path) ? `callback ${(r.body as { type?: number }).type}` : (r.route ?? r.path)));
}

/** The start of the current UTC minute, and a daily cron expression that fires exactly then. */
export function currentMinute(now = Date.now()): { fire: Date; cron: string } {
  const fire = new Date(Math.floor(now / 60_000) * 60_000);
  return { fire, cron: `${fire.getUTCMinutes()} ${fire.getUTCHours()} * * *` };
}

/** Polls `check` (for state outside the emulator, e.g. the database) until it returns a value. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
  what = 'a condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The usual file setup: an emulator with the commands registered and the real bot logged in to it (on its own
 * temporary SQLite file), both stopped after the file. `use` receives them once they are up.
 */
export function withBotAgainstEmulator(
  name: string,
  use: (started: { emu: DiscordEmulator; bot: Running }) => void,
  env: Record<string, string> = {},
): void {
  const db = tempDatabase(name);
  let emu: DiscordEmulator | undefined;
  let bot: Running | undefined;
  beforeAll(async () => {
    emu = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
    await registerCommands(emu);
    bot = await startBot(emu, db.url, env);
    use({ emu, bot });
  });
  afterAll(async () => {
    await bot?.stop();
    await emu?.stop();
    db.cleanup();
  });
}
