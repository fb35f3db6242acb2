import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = Pick<PinoLogger, 'info' | 'warn' | 'error' | 'debug' | 'child'>;

/**
 * Structured JSON logs. In console mode they go to stderr so the terminal output (stdout)
 * stays the bot's replies only.
 */
export function createLogger(level: string, destination: 1 | 2 = 1): PinoLogger {
  return pino({ level, base: { app: 'briefing-bot' } }, pino.destination({ dest: destination, sync: true }));
}

export const silentLogger: Logger = pino({ level: 'silent' });
