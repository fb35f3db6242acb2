import { createInterface } from 'node:readline';
import { createApp, type App } from './app.ts';
import type { Briefing } from './briefing/schema.ts';
import { ConfigError, loadDotEnv, parseConfig, type Config } from './config.ts';
import { askJsonRecord, askLogJsonRecord, parseAskLogExportArgs } from './console/json-contract.ts';
import { runConsoleCommand } from './console/run-line.ts';
import { createLogger, type Logger } from './log.ts';
import { payloadForJson } from './render/discord-payload.ts';
import { terminalSafe } from './render/user-text.ts';
import { CONSOLE_LANGUAGES, consoleLocale } from './i18n/catalogue.ts';

const USAGE = `Usage: npm run --silent cli -- <command> [words…] [--option value… | option:value…] [--briefing id] [--locale en|zh] [--json] [--image <dir>]
  e.g. cli brief territory --locale zh
       cli brief territory --briefing maralago-2025-12-28
       cli actor name:marco rubio --json
       cli timeline --image ./charts       (writes the reply's picture, prints its path)
       cli ask --json "what does the 20-point plan say about the army"
       cli ask < questions.txt             (each line's answer, as text)
       cli ask --json < questions.txt      (one JSON object per line)
       cli ask-log --json --limit 50       (logged questions, newest first, one JSON object per line;
                                            --show all|not-covered|unsure|unhelpful, --guild <id>)`;

/** The /ask contract for scripts: one JSON object per question (see askJsonRecord). */
function askJson(app: App, briefing: Briefing, question: string, locale: string): string {
  return JSON.stringify(askJsonRecord(app.services.qa(briefing).ask(question, { locale })));
}

/** Writes and resolves once the text is handed to the OS, so a large export is not cut off by exit. */
const write = (stream: NodeJS.WriteStream, text: string) => new Promise<void>((resolve) => stream.write(text, () => resolve()));

/**
 * `ask-log`: the questions /ask logged for analysts, from the database. With --json, JSON lines for
 * scripts (every server, the console and DMs); without, the admin view as the console shows it.
 */
async function askLog(config: Config, log: Logger, args: string[], json: boolean, locale: string): Promise<number> {
  let exportArgs;
  if (json) {
    try {
      exportArgs = parseAskLogExportArgs(args);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
  }
  const { openStore } = await import('./store/index.ts');
  const store = await openStore(config.DATABASE_URL, { log });
  try {
    if (exportArgs) {
      const entries = await store.askLog.listRecent(exportArgs);
      await write(process.stdout, entries.map((e) => `${JSON.stringify(askLogJsonRecord(e))}\n`).join(''));
      return 0;
    }
    const app = await createApp(config, log, { askLog: { open: async () => store.askLog } });
    const result = await runConsoleCommand(app, ['ask-log', ...args], locale);
    await write(result.failed ? process.stderr : process.stdout, `${result.text}\n`);
    return result.failed ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** `--briefing id` / `--briefing=id` / `briefing:id` among the words of `ask --json`: the briefing (undefined if unknown) and the other words. */
function takeBriefing(app: App, words: string[]): { briefing: Briefing | undefined; rest: string[] } {
  const rest: string[] = [];
  let id: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const inline = /^(?:--briefing=|briefing:)(.+)$/.exec(word);
    if (inline) id = inline[1];
    else if (word === '--briefing') id = words[++i];
    else rest.push(word);
  }
  return { briefing: app.briefings.get(id), rest };
}

async function main(argv: string[]): Promise<number> {
  let asked: string | undefined;
  let json = false;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--locale') asked = argv[++i] ?? '';
    else if (arg.startsWith('--locale=')) asked = arg.slice('--locale='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else words.push(arg);
  }
  if (words.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const locale = asked === undefined ? 'en-US' : consoleLocale(asked);
  if (!locale) {
    process.stderr.write(`There is no language "${terminalSafe(asked ?? '')}". Available: ${CONSOLE_LANGUAGES}, e.g. --locale zh\n`);
    return 2;
  }
  loadDotEnv();
  const config = parseConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 2, 'lines');
  if (words[0]?.replace(/^\//, '') === 'ask-log') return askLog(config, log, words.slice(1), json, locale);
  const app = await createApp(config, log);

  if (words[0]?.replace(/^\//, '') === 'ask') {
    const { briefing, rest } = takeBriefing(app, words.slice(1));
    if (!briefing) {
      process.stderr.write(`No such briefing. Available: ${app.briefings.all.map((b) => b.id).join(', ')}\n`);
      return 1;
    }
    if (rest.length === 0 && (json || !process.stdin.isTTY)) {
      // Questions on stdin, one per line: JSON objects for scripts, or each answer as the console shows it.
      let count = 0;
      let failed = false;
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        const question = line.trim();
        if (question === '') continue;
        if (json) process.stdout.write(`${askJson(app, briefing, question, locale)}\n`);
        else {
          const result = await runConsoleCommand(app, ['ask', question, '--briefing', briefing.id], locale);
          process.stdout.write(`${count > 0 ? '\n' : ''}${terminalSafe(result.text)}\n`);
          failed ||= result.failed;
        }
        count++;
      }
      if (count === 0) {
        process.stderr.write('No questions: give one (cli ask who drafted the 28-point plan) or pipe them in, one per line.\n');
        return 2;
      }
      return failed ? 1 : 0;
    }
    if (json) {
      process.stdout.write(`${askJson(app, briefing, rest.join(' ').trim(), locale)}\n`);
      return 0;
    }
  }

  const result = await runConsoleCommand(app, words, locale, { withPicture: json });
  await app.charts.close();
  if (json && result.payload) {
    process.stdout.write(`${JSON.stringify(payloadForJson(result.payload), null, 2)}\n`);
    for (const file of result.images) process.stderr.write(`${file}\n`);
  } else (result.failed ? process.stderr : process.stdout).write(`${terminalSafe(result.text)}\n`);
  return result.failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `Error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
