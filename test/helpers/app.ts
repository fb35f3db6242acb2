import { createApp, type App } from '../../src/app.ts';
import type { CommandReply } from '../../src/bot/command.ts';
import { runCommand } from '../../src/bot/dispatch.ts';
import { parseConfig } from '../../src/config.ts';
import { parseCommandLine } from '../../src/console/parse-command-line.ts';
import { silentLogger } from '../../src/log.ts';

let shared: Promise<App> | undefined;

/** One app per test file: briefings, Q&A index and command modules, no Discord, no store. */
export function testApp(): Promise<App> {
  shared ??= createApp(parseConfig({}), silentLogger);
  return shared;
}

/** Runs a command as a user would type it in the console, e.g. run(app, 'brief', ['territory'], 'zh-CN'). */
export async function run(app: App, name: string, words: string[], locale = 'en-US'): Promise<CommandReply> {
  const command = app.commands.get(name);
  if (!command) throw new Error(`no command ${name}`);
  const parsed = parseCommandLine(command.data.toJSON(), words);
  return runCommand(
    command,
    app.context({ locale, userId: '100000000000000001', guildId: '200000000000000002', channelId: '300000000000000003' }),
    parsed.options,
  );
}
