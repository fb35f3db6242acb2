import { commandTexts, type CommandTextKey } from '../i18n/command-texts.ts';
import type { Lang } from '../briefing/schema.ts';
import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { App } from '../app.ts';
import { CONSOLE_LANGUAGES, consoleLocale, langFromLocale, t } from '../i18n/catalogue.ts';
import { runConsoleCommand } from './run-line.ts';
import { splitWords } from './parse-command-line.ts';
import { terminalSafe } from '../render/user-text.ts';

/** Console help in the console's language, with examples from the default briefing (`presentation.examples`). */
function helpText(app: App, lang: Lang): string {
  const b = app.briefings.default;
  const ex = b.presentation.examples;
  const briefings = app.briefings.all.map((x) => x.id).join(', ');
  return t(lang).console.help({ topic: ex.topic, actor: ex.actor, question: ex.question[lang], briefings, defaultId: b.id });
}

export interface Repl {
  rl: Interface;
  done: Promise<void>;
  /** Prints something that did not come from a typed command (a scheduled digest), then shows the prompt again. */
  printAbove(text: string): void;
  /** The console's current language (`lang en|zh`). */
  lang(): 'en' | 'zh';
}

/** The interactive console: same commands and handlers as Discord, rendered for a terminal. */
export function startRepl(
  app: App,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } = { input: process.stdin, output: process.stdout },
): Repl {
  let locale = 'en-US';
  const history: string[] = [];
  const terminal = (io.input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input: io.input, output: io.output, prompt: 'briefing> ', historySize: 200, terminal });
  // Replies can echo what was typed: escape sequences and bidi overrides are shown, never interpreted.
  const print = (text: string) => io.output.write(`${terminalSafe(text)}\n`);
  const lang = () => langFromLocale(locale);
  print(`Briefing Bot console: ${app.briefings.default.title.en} (no Discord token, so commands run locally). Type "help".`);
  rl.prompt();
  let queue = Promise.resolve();
  let pending = 0;
  let closed = false;
  rl.on('close', () => (closed = true));
  rl.on('line', (line) => {
    pending++;
    queue = queue
      .then(async () => {
        const trimmed = line.trim();
        if (trimmed === '') return;
        history.push(trimmed);
        const [first = '', second] = splitWords(trimmed);
        switch (first.toLowerCase()) {
          case 'exit':
          case 'quit':
          case '.exit':
            rl.close();
            return;
          case 'help':
          case '?':
            print(helpText(app, lang()));
            return;
          case 'commands':
            print(
              [...app.commands.values()]
                .map((c) => `/${c.data.name}: ${commandTexts(c.data.name as CommandTextKey)[lang()]?.description ?? c.data.description}`)
                .join('\n'),
            );
            return;
          case 'history':
            print(history.map((h, i) => `${String(i + 1).padStart(3)}  ${h}`).join('\n'));
            return;
          case 'lang': {
            const chosen = consoleLocale(second);
            if (!chosen) {
              const now = t(lang()).languageName;
              print(
                second === undefined
                  ? t(lang()).console.language(now, CONSOLE_LANGUAGES)
                  : t(lang()).console.noSuchLanguage(second, CONSOLE_LANGUAGES),
              );
              return;
            }
            locale = chosen;
            print(t(lang()).console.switched);
            return;
          }
        }
        const result = await runConsoleCommand(app, splitWords(trimmed), locale);
        print(result.text);
      })
      // One failing line must not poison the queue for the lines after it.
      .catch((err: unknown) => {
        app.log.error({ err }, 'console command failed');
        print(`Error: ${err instanceof Error ? err.message : String(err)}`);
      })
      .finally(() => {
        pending--;
        if (!closed) rl.prompt();
      });
  });
  const done = new Promise<void>((resolve) => rl.on('close', () => void queue.then(resolve)));
  const printAbove = (text: string) => {
    // Whatever the user had half typed is redrawn after the text (readline keeps it in its line buffer).
    if (terminal) {
      clearLine(io.output, 0);
      cursorTo(io.output, 0);
    }
    print(text);
    // While a command runs, its own reply is followed by the prompt anyway.
    if (pending === 0 && !closed) rl.prompt(true);
  };
  return { rl, done, printAbove, lang: () => langFromLocale(locale) };
}
