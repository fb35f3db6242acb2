import { loadConfigOrExit } from './config.ts';
import { createLogger } from './log.ts';
import { start } from './runtime.ts';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(undefined, 'See .env.example for every variable.\n');
  const consoleMode = !config.DISCORD_TOKEN;
  const log = createLogger(
    consoleMode && config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL,
    consoleMode ? 2 : 1,
    consoleMode ? 'lines' : 'json',
  );
  let running: Awaited<ReturnType<typeof start>>;
  try {
    running = await start(config, log);
  } catch (err) {
    // One line for the operator; the cause chain (driver errors, stacks) goes to the log at debug level.
    log.debug({ err }, 'start-up failed');
    throw err;
  }
  log.info({ mode: running.mode, briefing: running.app.briefings.default.id }, 'started');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // SIGHUP re-reads the briefings (systemd: ExecReload=/bin/kill -HUP $MAINPID), as an edit in the folder does.
  // (Not in the console, where SIGHUP means the terminal went away.)
  if (running.mode === 'discord')
    process.on('SIGHUP', () => void running.app.reload('SIGHUP').catch((err: unknown) => log.error({ err }, 'briefing reload failed')));
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  try {
    await running.done;
  } catch (err) {
    log.fatal({ err }, 'stopping after a fatal error');
    await running.stop().catch((e: unknown) => log.error({ err: e }, 'shutdown failed'));
    process.exit(1);
  }
  if (!stopping) process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`Briefing Bot could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
