import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

/**
 * What every part of the bot logs through: the four levels, each taking fields then a message. A pino logger
 * satisfies it; a test can pass a plain object.
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/**
 * Log records as one readable line each, for the local console, where the terminal is the user's screen:
 * `warn: digests unavailable: PostgreSQL at … is unreachable (…)`. Stacks only at debug level and below.
 */
function lines(fd: 1 | 2, withStacks: boolean): DestinationStream {
  const out = pino.destination({ dest: fd, sync: true });
  return {
    write(json: string) {
      const r = JSON.parse(json) as { level: number; msg?: string; err?: { message?: string; stack?: string }; errorId?: string };
      const err = r.err?.message ? `: ${r.err.message}` : '';
      const id = r.errorId ? ` (${r.errorId})` : '';
      const stack = withStacks && r.err?.stack ? `\n${r.err.stack}` : '';
      out.write(`${LEVELS[r.level] ?? r.level}: ${r.msg ?? ''}${err}${id}${stack}\n`);
    },
  };
}

/**
 * Structured JSON logs (pino) for the bot. In console mode they go to stderr so the terminal output (stdout)
 * stays the bot's replies only, and as plain lines (`format: 'lines'`) rather than JSON.
 */
export function createLogger(level: string, destination: 1 | 2 = 1, format: 'json' | 'lines' = 'json'): PinoLogger {
  const dest =
    format === 'lines' ? lines(destination, level === 'debug' || level === 'trace') : pino.destination({ dest: destination, sync: true });
  return pino({ level, base: { app: 'briefing-bot' } }, dest);
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
