import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { App } from '../app.ts';
import { CONSOLE_LANGUAGES, consoleLocale, langFromLocale, t } from '../i18n/catalogue.ts';
import { runConsoleCommand } from './run-line.ts';
import { splitWords } from './parse-command-line.ts';
import { terminalSafe } from '../render/user-text.ts';

/** Console help in the console's language, with examples from the default briefing (`presentation.examples`). */
function helpText(app: App, zh: boolean): string {
  const b = app.briefings.default;
  const ex = b.presentation.examples;
  const briefings = app.briefings.all.map((x) => x.id).join(', ');
  return zh
    ? `像在 Discord 中一样输入命令（可省略斜杠）：
  brief ${ex.topic}          actor name:${ex.actor}          plan compare          risks    timeline
  timeline --image ./charts    （保存回复中的图片；figures、positions 等同样可用）
  ask question:"${ex.question.zh}"
  digest subscribe channel:general section:rotate schedule:"daily 09:00"
  ask-log                  /ask 未回答或不确定的提问（供分析人员补充简报）
只输入命令而不带议题或名称（brief、actor、plan）会列出可选项。
所有命令都可加 --briefing <id>（已加载：${briefings}；默认 ${b.id}）。
控制台命令：help（帮助）· commands（命令列表）· lang en|zh（切换语言）· history（历史）· exit（退出）`
    : `Type a command as in Discord, with or without the slash:
  brief ${ex.topic}          actor name:${ex.actor}          plan compare          risks    timeline
  timeline --image ./charts    (saves the reply's picture; also figures, positions, brief with figures…)
  ask question:"${ex.question.en}"
  digest subscribe channel:general section:rotate schedule:"daily 09:00"
  ask-log                  questions /ask refused or was not sure about (kept for analysts)
A command without its topic or name (brief, actor, plan) lists the choices.
Any command takes --briefing <id> (loaded: ${briefings}; default ${b.id}).
Console commands: help · commands · lang en|zh · history · exit`;
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
export function startRepl(app: App, io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } = { input: process.stdin, output: process.stdout }): Repl {
  let locale = 'en-US';
  const history: string[] = [];
  const terminal = (io.input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input: io.input, output: io.output, prompt: 'briefing> ', historySize: 200, terminal });
  // Replies can echo what was typed: escape sequences and bidi overrides are shown, never interpreted.
  const print = (text: string) => io.output.write(`${terminalSafe(text)}\n`);
  const lang = () => langFromLocale(locale);
  const zh = () => lang() === 'zh';
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
            print(helpText(app, zh()));
            return;
          case 'commands':
            print([...app.commands.values()].map((c) => `/${c.data.name}: ${(zh() && c.data.description_localizations?.['zh-CN']) || c.data.description}`).join('\n'));
            return;
          case 'history':
            print(history.map((h, i) => `${String(i + 1).padStart(3)}  ${h}`).join('\n'));
            return;
          case 'lang': {
            const chosen = consoleLocale(second);
            if (!chosen) {
              const now = t(lang()).languageName;
              print(second === undefined
                ? t(lang()).console.language(now, CONSOLE_LANGUAGES)
                : t(lang()).console.noSuchLanguage(second, CONSOLE_LANGUAGES));
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
