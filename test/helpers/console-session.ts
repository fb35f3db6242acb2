/**
 * The interactive console of `npm start` without a token (src/runtime.ts `start()` on in-memory streams), for
 * tests that type into it line by line and assert on what it prints.
 */
import { PassThrough } from 'node:stream';
import type { Config } from '../../src/config.ts';
import type { silentLogger } from '../../src/log.ts';
import { start, type Running } from '../../src/runtime.ts';
import { eventually } from '../e2e/harness.ts';

const PROMPT = 'briefing> ';

export interface ConsoleSession {
  running: Running;
  /** Everything printed so far. */
  printed(): string;
  /** Types one line and returns what the console printed for it, once the prompt is back. */
  type(line: string): Promise<string>;
  /** Waits until the console prints something (after `from`, an index into `printed()`) containing `expected`. */
  waitFor(expected: string, from: number): Promise<string>;
}

/** Starts the console and waits for its first prompt. */
export async function startConsoleSession(config: Config, log: typeof silentLogger): Promise<ConsoleSession> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.setEncoding('utf8').on('data', (d: string) => (printed += d));
  const running = await start(config, log, { input, output });
  await eventually(() => (printed.endsWith(PROMPT) ? true : undefined), 10_000, 'the first prompt');
  return {
    running,
    printed: () => printed,
    type(line) {
      const from = printed.length;
      input.write(`${line}\n`);
      return eventually(
        () => {
          const reply = printed.slice(from);
          return reply.endsWith(PROMPT) && reply.length > PROMPT.length ? reply.slice(0, -PROMPT.length) : undefined;
        },
        15_000,
        `the reply to "${line}"`,
      );
    },
    waitFor(expected, from) {
      return eventually(
        () => (printed.slice(from).includes(expected) ? printed.slice(from) : undefined),
        15_000,
        `the console to print "${expected}"`,
      );
    },
  };
}
