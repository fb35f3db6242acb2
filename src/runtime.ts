import { createApp, type App } from './app.ts';
import type { CommandServices } from './bot/command.ts';
import type { Config } from './config.ts';
import { consoleDigestSender } from './console/console-sender.ts';
import { startRepl } from './console/repl.ts';
import { digestMessage, rotationSections } from './digest/digest-message.ts';
import { discordChannelAccess } from './discord/channel-access.ts';
import { createDiscordClient } from './discord/client.ts';
import { runDiscord } from './discord/run-discord.ts';
import type { Logger } from './log.ts';
import { DigestScheduler, DiscordDigestSender } from './scheduler/index.ts';
import type { DigestSender } from './scheduler/types.ts';
import { openStore, type Store } from './store/index.ts';

export interface Running {
  mode: 'discord' | 'console';
  app: App;
  store: Store;
  scheduler: DigestScheduler;
  /** Resolves when the console is closed (console mode) — never for Discord, which runs until stop(). */
  done: Promise<void>;
  stop(): Promise<void>;
}

function schedulerFor(app: App, store: Store, sender: DigestSender, config: Config, log: Logger): DigestScheduler {
  return new DigestScheduler({
    store,
    sender,
    logger: log,
    graceMs: config.DIGEST_GRACE_MINUTES * 60_000,
    claimLeaseMs: Math.min(2 * 60_000, Math.max(1_000, config.DIGEST_GRACE_MINUTES * 30_000)),
    rotationSections: rotationSections(app.briefings.default),
    render: (sub, section) => digestMessage(app.briefings.get(sub.briefingId) ?? app.briefings.default, section, sub.language),
  });
}

/**
 * Starts the bot: a discord.js client when DISCORD_TOKEN is set, otherwise the local console.
 * Both open the store (migrating it) and run the digest scheduler.
 */
export async function start(config: Config, log: Logger, io?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }): Promise<Running> {
  const store = await openStore(config.DATABASE_URL);
  try {
    if (config.DISCORD_TOKEN) {
      const client = createDiscordClient(config);
      let scheduler: DigestScheduler | undefined;
      const digests: CommandServices['digests'] = {
        store,
        scheduler: { sendNow: (id, scope) => scheduler!.sendNow(id, scope) },
        defaultTimezone: config.DEFAULT_TIMEZONE,
      };
      const app = await createApp(config, log, { channels: discordChannelAccess(client), digests });
      scheduler = schedulerFor(app, store, new DiscordDigestSender(client.rest, log), config, log);
      const discord = await runDiscord(app, client, log);
      scheduler.start();
      return {
        mode: 'discord',
        app,
        store,
        scheduler,
        done: new Promise(() => undefined),
        async stop() {
          await scheduler!.stop();
          await discord.stop();
          await store.close();
        },
      };
    }

    const output = io?.output ?? process.stdout;
    const print = (text: string) => output.write(`${text}\n`);
    let scheduler: DigestScheduler | undefined;
    const digests: CommandServices['digests'] = { store, scheduler: { sendNow: (id, scope) => scheduler!.sendNow(id, scope) }, defaultTimezone: config.DEFAULT_TIMEZONE };
    const app = await createApp(config, log, { digests });
    scheduler = schedulerFor(app, store, consoleDigestSender(print), config, log);
    scheduler.start();
    const repl = startRepl(app, { input: io?.input ?? process.stdin, output });
    let stopped: Promise<void> | undefined;
    const stop = () =>
      (stopped ??= (async () => {
        repl.rl.close();
        await scheduler!.stop();
        await store.close();
      })());
    return { mode: 'console', app, store, scheduler, done: repl.done.then(stop), stop };
  } catch (err) {
    await store.close();
    throw err;
  }
}
