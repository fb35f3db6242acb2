import { createInterface } from 'node:readline';
import { createApp, type App } from './app.ts';
import { ConfigError, loadDotEnv, parseConfig } from './config.ts';
import { createLogger } from './log.ts';
import { runConsoleCommand } from './console/run-line.ts';
import { terminalSafe } from './query/user-text.ts';

const USAGE = `Usage: npm run --silent cli -- <command> [words…] [--option value…] [--locale zh-CN] [--json]
  e.g. cli brief territory --locale zh-CN
       cli actor rubio --json
       cli ask --json "what does the 20-point plan say about the army"
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
  let locale = 'en-US';
  let json = false;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--locale') locale = argv[++i] ?? locale;
    else if (arg.startsWith('--locale=')) locale = arg.slice('--locale='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else words.push(arg);
  }
  if (words.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  loadDotEnv();
  const config = parseConfig();
  const app = await createApp(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 2));

  if (json && words[0]?.replace(/^\//, '') === 'ask') {
    const question = words.slice(1).join(' ').trim();
    if (question !== '') {
      process.stdout.write(`${askJson(app, question, locale)}\n`);
      return 0;
    }
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) if (line.trim() !== '') process.stdout.write(`${askJson(app, line.trim(), locale)}\n`);
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
