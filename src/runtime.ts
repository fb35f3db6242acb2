import { createApp, type App } from './app.ts';
import type { CommandServices } from './bot/command.ts';
import type { Config } from './config.ts';
import { consoleDigestSender } from './console/console-sender.ts';
import { startRepl } from './console/repl.ts';
import { digestMessage, digestPicture, digestsFrom } from './digest/digest-message.ts';
import type { Logger } from './log.ts';
import type { DigestScheduler } from './scheduler/digest-scheduler.ts';
import type { DigestSender } from './scheduler/types.ts';
import type { Store } from './store/index.ts';

export interface Running {
  mode: 'discord' | 'console';
  app: App;
  store: Store;
  scheduler: DigestScheduler;
  /** Resolves when the console is closed; in Discord mode it only settles by rejecting, on a fatal gateway close. */
  done: Promise<void>;
  stop(): Promise<void>;
}

/** A digest goes without its chart rather than wait longer than this for it. */
const DIGEST_PICTURE_WAIT_MS = 15_000;

/**
 * Opens the store (migrating it) and builds the digest scheduler. Loaded on demand, so the console's
 * prompt does not wait for the database layer.
 */
async function openDigests(app: App, sender: DigestSender, config: Config, log: Logger): Promise<{ store: Store; scheduler: DigestScheduler }> {
  const [{ openStore }, { DigestScheduler }] = await Promise.all([import('./store/index.ts'), import('./scheduler/digest-scheduler.ts')]);
  const store = await openStore(config.DATABASE_URL, { log });
  const scheduler = new DigestScheduler({
    store,
    sender,
    logger: log,
    graceMs: config.DIGEST_GRACE_MINUTES * 60_000,
    // A crashed process's claim must lapse well inside both the grace window and Discord's nonce memory.
    claimLeaseMs: Math.min(60_000, config.DIGEST_GRACE_MINUTES * 30_000),
    ...digestsFrom(app.briefings),
    render: async (sub, section) => {
      const b = app.briefings.orDefault(sub.briefingId);
      const ref = digestPicture(b, section, sub.language);
      // Pictures are normally rendered at start-up; a digest waits a little longer than a reply would.
      return digestMessage(b, section, sub.language, ref ? await app.charts.within(ref, DIGEST_PICTURE_WAIT_MS) : null);
    },
  });
  return { store, scheduler };
}

/**
 * Starts the bot: a discord.js client when DISCORD_TOKEN is set, otherwise the local console.
 * Both open the store (migrating it) and run the digest scheduler.
 */
export async function start(config: Config, log: Logger, io?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }): Promise<Running> {
  return config.DISCORD_TOKEN ? startDiscord(config, log) : startConsole(config, log, io);
}

async function startDiscord(config: Config, log: Logger): Promise<Running> {
  // discord.js is loaded only when it is used: the console starts without it.
  const [{ createDiscordClient }, { discordChannelAccess }, { runDiscord }, { DiscordDigestSender }] = await Promise.all([
    import('./discord/client.ts'),
    import('./discord/channel-access.ts'),
    import('./discord/run-discord.ts'),
    import('./scheduler/discord-sender.ts'),
  ]);
  const client = createDiscordClient(config);
  let digestsReady!: Promise<{ store: Store; scheduler: DigestScheduler }>;
  const digests: CommandServices['digests'] = { open: () => digestsReady, defaultTimezone: config.DEFAULT_TIMEZONE };
  const askLog: CommandServices['askLog'] = { open: async () => (await digestsReady).store.askLog };
  const app = await createApp(config, log, { channels: discordChannelAccess(client), digests, askLog });
  digestsReady = openDigests(app, new DiscordDigestSender(client.rest, log), config, log);
  const { store, scheduler } = await digestsReady;
  let fail!: (err: Error) => void;
  const fatal = new Promise<void>((_, reject) => (fail = reject));
  fatal.catch(() => undefined); // observed by whoever awaits `done`
  try {
    let discord: { stop(): Promise<void> };
    if (config.DISCORD_GATEWAY) {
      app.warmUp();
      discord = await runDiscord(app, client, log, fail);
    } else {
      // Delivery-only instance: REST with the token, no gateway session, so no interactions arrive here.
      client.rest.setToken(config.DISCORD_TOKEN!);
      discord = { stop: () => client.destroy() };
      log.info({}, 'gateway disabled (DISCORD_GATEWAY=false): delivering digests only');
    }
    scheduler.start();
    void app.charts.prerender();
    return {
      mode: 'discord',
      app,
      store,
      scheduler,
      done: fatal,
      async stop() {
        await scheduler.stop();
        await discord.stop();
        await store.close();
        await app.charts.close();
      },
    };
  } catch (err) {
    await client.destroy();
    await store.close();
    await app.charts.close();
    throw err;
  }
}

/** How long the console waits after showing its prompt before opening the store and building the Q&A index. */
const CONSOLE_PREPARE_DELAY_MS = 150;

async function startConsole(config: Config, log: Logger, io?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }): Promise<Running> {
  const output = io?.output ?? process.stdout;
  let digestsReady: Promise<{ store: Store; scheduler: DigestScheduler }> | undefined;
  // Digests print above the prompt, which is then shown again (the REPL exists by the time one is sent).
  const openOnce = () => (digestsReady ??= openDigests(app, consoleDigestSender((text) => repl.printAbove(text)), config, log));
  const digests: CommandServices['digests'] = { open: openOnce, defaultTimezone: config.DEFAULT_TIMEZONE };
  const askLog: CommandServices['askLog'] = { open: async () => (await openOnce()).store.askLog };
  const app = await createApp(config, log, { digests, askLog });
  const repl = startRepl(app, { input: io?.input ?? process.stdin, output });
  // The prompt is up first. The database and the Q&A index are prepared a moment later, so a command typed
  // straight away is answered first (a /digest or /ask among them opens or builds what it needs itself).
  await new Promise((resolve) => setTimeout(resolve, CONSOLE_PREPARE_DELAY_MS));
  app.warmUp();
  void app.charts.prerender();
  let opened: { store: Store; scheduler: DigestScheduler };
  try {
    opened = await openOnce();
  } catch (err) {
    repl.rl.close();
    await app.charts.close();
    throw err;
  }
  const { store, scheduler } = opened;
  scheduler.start();
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      repl.rl.close();
      await scheduler.stop();
      await store.close();
      await app.charts.close();
    })());
  return { mode: 'console', app, store, scheduler, done: repl.done.then(stop), stop };
}
