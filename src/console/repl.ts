import { createInterface, type Interface } from 'node:readline';
import type { App } from '../app.ts';
import { langFromLocale } from '../i18n/ui.ts';
import { runConsoleCommand } from './run-line.ts';
import { splitWords } from './parse-command-line.ts';
import { terminalSafe } from '../query/user-text.ts';

const HELP = `Type a command as in Discord, with or without the slash:
  brief territory          brief 核电站            actor rubio
  plan compare --topic nato                        risks    timeline
  ask what does the 20-point plan say about the army
  digest subscribe --channel general --section risks --schedule "daily 09:00"
Console commands: help · commands · lang en|zh · history · exit`;

/** The interactive console: same commands and handlers as Discord, rendered for a terminal. */
export function startRepl(app: App, io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } = { input: process.stdin, output: process.stdout }): { rl: Interface; done: Promise<void> } {
  let locale = 'en-US';
  const history: string[] = [];
  const rl = createInterface({ input: io.input, output: io.output, prompt: 'briefing> ', historySize: 200, terminal: (io.input as { isTTY?: boolean }).isTTY === true });
  // Replies can echo what was typed: escape sequences and bidi overrides are shown, never interpreted.
  const print = (text: string) => io.output.write(`${terminalSafe(text)}\n`);
  print(`Briefing Bot console: ${app.briefings.default.title.en} (no Discord token, so commands run locally). Type "help".`);
  rl.prompt();
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
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
          print(HELP);
          return;
        case 'commands':
          print([...app.commands.values()].map((c) => `/${c.data.name}: ${c.data.description}`).join('\n'));
          return;
        case 'history':
          print(history.map((h, i) => `${String(i + 1).padStart(3)}  ${h}`).join('\n'));
          return;
        case 'lang':
          locale = second === 'zh' || second?.startsWith('zh-') ? 'zh-CN' : 'en-US';
          print(langFromLocale(locale) === 'zh' ? '已切换为中文。' : 'Language: English.');
          return;
      }
      const result = await runConsoleCommand(app, splitWords(trimmed), locale);
      print(result.text);
    })
      // One failing line must not poison the queue for the lines after it.
      .catch((err: unknown) => {
        app.log.error({ err }, 'console command failed');
        print(`Error: ${err instanceof Error ? err.message : String(err)}`);
      })
      .finally(() => rl.prompt());
  });
  const done = new Promise<void>((resolve) => rl.on('close', () => void queue.then(resolve)));
  return { rl, done };
}
