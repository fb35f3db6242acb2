import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BotCommand } from './command.ts';

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

function isCommand(mod: Record<string, unknown>): mod is Record<string, unknown> & BotCommand {
  const data = mod.data as { name?: unknown; toJSON?: unknown } | undefined;
  return typeof data?.name === 'string' && typeof data.toJSON === 'function' && typeof mod.execute === 'function';
}

/**
 * Loads every `commands/<name>.ts` module. A module without `data` and `execute`, or whose
 * command name differs from its file name, stops start-up: a half-registered bot is worse than none.
 */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Map<string, BotCommand>> {
  const commands = new Map<string, BotCommand>();
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('_'))
    .sort();
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
    if (!isCommand(mod)) throw new Error(`commands/${file}: must export "data" (a SlashCommandBuilder) and "execute"`);
    const name = path.basename(file).replace(/\.(ts|js)$/, '');
    if (mod.data.name !== name) throw new Error(`commands/${file}: command is named "${mod.data.name}" but the file is "${name}"`);
    commands.set(name, {
      data: mod.data,
      execute: mod.execute,
      autocomplete: mod.autocomplete,
      defer: mod.defer,
      ephemeral: mod.ephemeral,
    } as BotCommand);
  }
  return commands;
}
