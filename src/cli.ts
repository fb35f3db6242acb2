import { createInterface } from 'node:readline';
import { createApp, type App } from './app.ts';
import { ConfigError, loadDotEnv, parseConfig } from './config.ts';
import { createLogger } from './log.ts';
import { runConsoleCommand } from './console/run-line.ts';
import { terminalSafe } from './query/user-text.ts';
import { CONSOLE_LANGUAGES, consoleLocale } from './i18n/ui.ts';

const USAGE = `Usage: npm run --silent cli -- <command> [words…] [--option value… | option:value…] [--locale en|zh] [--json]
  e.g. cli brief territory --locale zh
       cli actor name:marco rubio --json
       cli ask --json "what does the 20-point plan say about the army"
       cli ask < questions.txt             (each line's answer, as text)
       cli ask --json < questions.txt      (one JSON object per line)`;

/** The /ask contract for scripts: one JSON object per question. */
function askJson(app: App, question: string, locale: string): string {
  const result = app.services.qa(app.briefings.default).ask(question, { locale });
  return JSON.stringify({
    question,
    answered: result.answered,
    answers: result.answered ? result.answers.map((a) => ({ text: a.text, topic: a.topic, citation: a.citation })) : [],
  });
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
  const app = await createApp(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 2, 'lines'));

  const isAsk = words[0]?.replace(/^\//, '') === 'ask';
  if (isAsk && words.length === 1 && (json || !process.stdin.isTTY)) {
    // Questions on stdin, one per line: JSON objects for scripts, or each answer as the console shows it.
    let count = 0;
    let failed = false;
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const question = line.trim();
      if (question === '') continue;
      if (json) process.stdout.write(`${askJson(app, question, locale)}\n`);
      else {
        const result = await runConsoleCommand(app, ['ask', question], locale);
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
  if (json && isAsk) {
    process.stdout.write(`${askJson(app, words.slice(1).join(' ').trim(), locale)}\n`);
    return 0;
  }

  const result = await runConsoleCommand(app, words, locale);
  if (json && result.payload) process.stdout.write(`${JSON.stringify(result.payload, null, 2)}\n`);
  else (result.failed ? process.stderr : process.stdout).write(`${terminalSafe(result.text)}\n`);
  return result.failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `Error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
