/**
 * End to end: `npm run deploy-commands -- --guild <id>` (src/deploy-commands.ts in a child process)
 * registers the slash commands with the local Discord emulator, whose PUT enforces Discord's rules.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator, validateCommandDefinitions } from '../emulator/index.ts';
import { deployCommands, ROOT, type ProcessResult } from './harness.ts';

let emu: DiscordEmulator;
let result: ProcessResult;

beforeAll(async () => {
  emu = await DiscordEmulator.start();
  result = await deployCommands(emu, emu.guildId());
});

afterAll(async () => {
  await emu?.stop();
});

const commandFiles = () =>
  readdirSync(path.join(ROOT, 'commands'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();

describe('GIVEN npm run deploy-commands -- --guild <id> against the emulator', () => {
  it('THEN it exits 0 and says what it registered where', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Registered ${commandFiles().length} commands in guild ${emu.guildId()}`);
    for (const name of commandFiles()) expect(result.stdout).toContain(`/${name}`);
  });

  it('THEN one bulk overwrite of the guild commands was accepted (the emulator validates it as Discord does)', () => {
    const puts = emu.requestsTo('PUT', `/applications/${emu.applicationId}/guilds/${emu.guildId()}/commands`);
    expect(puts).toHaveLength(1);
    expect(puts[0]!.status).toBe(200);
    expect(validateCommandDefinitions(puts[0]!.body)).toEqual([]);
    expect(emu.registeredCommands(null)).toEqual([]); // nothing global
    expect(emu.unknownRequests).toEqual([]);
  });

  it('THEN every command file is registered, valid, localized, and /digest is for admins in servers only', () => {
    const registered = emu.registeredCommands(emu.guildId());
    expect(registered.map((c) => c.name).sort()).toEqual(commandFiles());
    expect(validateCommandDefinitions(registered)).toEqual([]);
    for (const c of registered) {
      expect((c.description_localizations as Record<string, string> | null)?.['zh-CN'], c.name).toBeTruthy();
    }
    const digest = registered.find((c) => c.name === 'digest')!;
    expect(digest.default_member_permissions).toBe(String(1 << 5)); // Manage Server
    expect(digest.contexts).toEqual([0]);
    const subcommands = (digest.options ?? []).map((o) => o.name).sort();
    expect(subcommands).toEqual(['list', 'pause', 'preview', 'resume', 'send-now', 'subscribe', 'unsubscribe']);
  });
});
