import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../app.ts';
import type { CommandReply } from '../bot/command.ts';
import { runCommand } from '../bot/dispatch.ts';
import { renderConsole } from '../render/console-render.ts';
import { renderEmbedPages } from '../render/discord-render.ts';
import { pagePayload, picturePages, withPicture, type MessagePayload } from '../render/discord-payload.ts';
import { CommandLineError, parseCommandLine } from './parse-command-line.ts';
import { langFromLocale, t } from '../i18n/catalogue.ts';

export interface ConsoleResult {
  reply?: CommandReply;
  /** The first message exactly as the bot would send it to Discord. */
  payload?: MessagePayload;
  text: string;
  failed: boolean;
  /** Where `--image <dir>` wrote the reply's picture(s). */
  images: string[];
}

export interface ConsoleOptions {
  /** Write the reply's picture into this directory (`--image <dir>`). */
  imageDir?: string;
  /** Render the picture into the payload even without a directory (`--json` shows its name, alt text and size). */
  withPicture?: boolean;
}

/** Takes `--image <dir>` / `--image=<dir>` out of the words: it is a console option, not a command option. */
export function takeImageOption(words: string[]): { words: string[]; imageDir?: string; error?: string } {
  const rest: string[] = [];
  let imageDir: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--image') {
      imageDir = words[++i];
      if (imageDir === undefined || imageDir.startsWith('--')) return { words, error: '--image needs a directory, e.g. --image ./charts' };
    } else if (w.startsWith('--image=')) imageDir = w.slice('--image='.length);
    else rest.push(w);
  }
  if (imageDir === '') return { words, error: '--image needs a directory, e.g. --image ./charts' };
  return { words: rest, imageDir };
}

export const CONSOLE_USER = 'console';
export const CONSOLE_GUILD = 'console';

/** Runs one console command (`brief territory`, `/actor rubio`) through the same handlers as Discord. */
export async function runConsoleCommand(app: App, allWords: string[], locale: string, opts: ConsoleOptions = {}): Promise<ConsoleResult> {
  const image = takeImageOption(allWords);
  if (image.error) return { text: image.error, failed: true, images: [] };
  const words = image.words;
  const imageDir = image.imageDir ?? opts.imageDir;
  const name = (words[0] ?? '').replace(/^\//, '').toLowerCase();
  const command = app.commands.get(name);
  const lang = langFromLocale(locale);
  if (!command) {
    const list = [...app.commands.keys()].sort().join(', ');
    return { text: t(lang).console.unknownCommand(name, list), failed: true, images: [] };
  }
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(command.data.toJSON(), words.slice(1), lang);
  } catch (err) {
    if (err instanceof CommandLineError) return { text: err.message, failed: true, images: [] };
    throw err;
  }
  const ctx = app.context({ locale, userId: CONSOLE_USER, guildId: CONSOLE_GUILD, channelId: 'console', console: true });
  const reply = await runCommand(command, ctx, parsed.options, { console: true });
  const ref = reply.view.picture;
  const picture = ref && (imageDir !== undefined || opts.withPicture) ? await app.charts.picture(ref) : null;
  const pages = picturePages(renderEmbedPages(reply.view), picture);
  const payload = withPicture(
    pagePayload(pages, 0, { lang: reply.view.lang, ephemeral: reply.ephemeral, pagerId: pages.length > 1 ? 'console' : undefined }),
    picture,
  );
  const lines = [renderConsole(reply.view)];
  const images: string[] = [];
  if (picture && imageDir !== undefined) {
    mkdirSync(imageDir, { recursive: true });
    const file = path.join(imageDir, picture.filename);
    writeFileSync(file, picture.png);
    images.push(file);
    lines.push('', file, `  ${picture.width}×${picture.height} px, ${Math.round(picture.png.length / 1024)} KB. ${picture.description}`);
  } else if (ref && imageDir !== undefined) {
    lines.push(
      '',
      app.charts.mode === 'off' ? 'Pictures are off (CHARTS=off).' : `The picture ${ref.filename} could not be drawn; see the log.`,
    );
  } else if (ref) {
    lines.push('', `🖼 ${ref.filename}: add --image <dir> to save this picture.`);
  } else if (imageDir !== undefined) {
    lines.push('', `/${name} has no picture.`);
  }
  return { reply, payload, text: lines.join('\n'), failed: reply.failed ?? false, images };
}
