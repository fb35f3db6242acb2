import type { App } from '../app.ts';
import type { CommandReply } from '../bot/command.ts';
import { runCommand } from '../bot/dispatch.ts';
import { renderConsole } from '../render/console-render.ts';
import { renderEmbedPages } from '../render/discord-render.ts';
import { pagePayload, type MessagePayload } from '../render/discord-payload.ts';
import { CommandLineError, parseCommandLine } from './parse-command-line.ts';
import { langFromLocale } from '../i18n/ui.ts';

export interface ConsoleResult {
  reply?: CommandReply;
  /** The first message exactly as the bot would send it to Discord. */
  payload?: MessagePayload;
  text: string;
  failed: boolean;
}

export const CONSOLE_USER = 'console';
export const CONSOLE_GUILD = 'console';

/** Runs one console command (`brief territory`, `/actor rubio`) through the same handlers as Discord. */
export async function runConsoleCommand(app: App, words: string[], locale: string): Promise<ConsoleResult> {
  const name = (words[0] ?? '').replace(/^\//, '').toLowerCase();
  const command = app.commands.get(name);
  const lang = langFromLocale(locale);
  if (!command) {
    const list = [...app.commands.keys()].sort().join(', ');
    return { text: lang === 'zh' ? `没有“${name}”这个命令。可用命令：${list}` : `Unknown command "${name}". Commands: ${list}`, failed: true };
  }
  let parsed;
  try {
    parsed = parseCommandLine(command.data.toJSON(), words.slice(1), lang);
  } catch (err) {
    if (err instanceof CommandLineError) return { text: err.message, failed: true };
    throw err;
  }
  const ctx = app.context({ locale, userId: CONSOLE_USER, guildId: CONSOLE_GUILD, channelId: 'console', console: true });
  const reply = await runCommand(command, ctx, parsed.options, { console: true });
  const pages = renderEmbedPages(reply.view);
  const payload = pagePayload(pages, 0, { lang: reply.view.lang, ephemeral: reply.ephemeral, pagerId: pages.length > 1 ? 'console' : undefined });
  return { reply, payload, text: renderConsole(reply.view), failed: reply.failed ?? false };
}
