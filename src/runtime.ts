import { createApp, type App } from './app.ts';
import type { CommandServices } from './bot/command.ts';
import { httpListenAddress, type Config } from './config.ts';
import { consoleDigestSender } from './console/console-sender.ts';
import { startRepl } from './console/repl.ts';
import { digestPicture, rotationSections } from './digest/digest-message.ts';
import { SubscriptionService, type ChannelAccess } from './digest/subscription-service.ts';
import { digestViewMessage } from './render/digest-payload.ts';
import { consoleMessage } from './console/console-sender.ts';
import { reloadText } from './console/reload-text.ts';
import type { FormatPost } from './editions/delivery-render.ts';
import type { EditionTracker } from './editions/tracker.ts';
import type { Logger } from './log.ts';
import type { BotMetrics } from './metrics.ts';
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
  /** The health, metrics and (HTTP mode) interactions server, when this instance runs one. */
  http?: { url: string };
  stop(): Promise<void>;
}

/** A digest goes without its chart rather than wait longer than this for it. */
const DIGEST_PICTURE_WAIT_MS = 15_000;

interface Digests {
  store: Store;
  scheduler: DigestScheduler;
  subscriptions: SubscriptionService;
  tracker: EditionTracker;
}

/** Digests and change alerts as Discord messages; a digest waits a little for its section's chart (normally rendered at start-up). */
const discordPost =
  (app: App): FormatPost =>
  async (post, _lang, digestOf) => {
    const ref = digestOf ? digestPicture(digestOf.briefing, digestOf.section, post.view.lang) : undefined;
    return digestViewMessage(post, ref ? await app.charts.within(ref, DIGEST_PICTURE_WAIT_MS) : null);
  };

/**
 * Opens the store (migrating it) and builds the digest scheduler and the subscription service. Loaded on
 * demand, so the console's prompt does not wait for the database layer.
 */
async function openDigests(
  app: App,
  out: { sender: DigestSender; format: FormatPost; channels?: ChannelAccess },
  config: Config,
  log: Logger,
  metrics?: BotMetrics,
): Promise<Digests> {
  const [{ openStore }, { DigestScheduler }, { EditionTracker }, { deliveryRenderer }] = await Promise.all([
    import('./store/index.ts'),
    import('./scheduler/digest-scheduler.ts'),
    import('./editions/tracker.ts'),
    import('./editions/delivery-render.ts'),
  ]);
  const store = await openStore(config.DATABASE_URL, { log });
  const scheduler = new DigestScheduler({
    store,
    sender: out.sender,
    logger: log,
    graceMs: config.DIGEST_GRACE_MINUTES * 60_000,
    // A crashed process's claim must lapse well inside both the grace window and Discord's nonce memory.
    claimLeaseMs: Math.min(60_000, config.DIGEST_GRACE_MINUTES * 30_000),
    rotationFor: (sub) => rotationSections(app.briefings.orDefault(sub.briefingId)),
    render: deliveryRenderer({ store, briefings: app.briefings, format: out.format }),
    onDigest: metrics ? (event) => metrics.digest(event) : undefined,
  });
  const tracker = new EditionTracker(store, app.briefings, rotationSections);
  try {
    // Editions loaded now (an edit made while the bot was down is news too) are recorded before any tick.
    await tracker.recordLoaded();
  } catch (err) {
    log.error({ err }, 'could not record the loaded editions; change alerts wait for the next reload');
  }
  app.onReload(async (outcome) => {
    if (outcome.changed.length === 0) return;
    const recorded = await tracker.recordLoaded(outcome.changed.map((c) => c.after));
    const alerts = recorded.reduce((n, r) => n + r.alerts, 0);
    if (alerts > 0) {
      log.info({ alerts, editions: recorded.map((r) => r.editionId) }, 'change alerts queued');
      // Posted now rather than at the next minute's tick.
      void scheduler.tick().catch((err: unknown) => log.error({ err }, 'digest tick failed'));
    }
  });
  return {
    store,
    scheduler,
    tracker,
    subscriptions: new SubscriptionService({ repos: store, scheduler, briefings: app.briefings, channels: out.channels }),
  };
}

/** Reloads on changes in the briefings folder (unless BRIEFINGS_WATCH=false); returns what stops watching. */
async function watchFolder(app: App, config: Config, log: Logger): Promise<() => void> {
  if (!config.BRIEFINGS_WATCH) return () => undefined;
  const [{ watchBriefings }, { DEFAULT_BRIEFINGS_DIR }] = await Promise.all([import('./briefing/watch.ts'), import('./briefing/load.ts')]);
  const dir = config.BRIEFINGS_DIR ?? DEFAULT_BRIEFINGS_DIR;
  const watcher = watchBriefings(
    dir,
    () => void app.reload('file change').catch((err: unknown) => log.error({ err }, 'briefing reload failed')),
    (err) => log.warn({ err, dir }, 'cannot watch the briefings folder; reload with SIGHUP or npm run briefing:reload'),
  );
  return () => watcher.close();
}

/**
 * Starts the bot: a discord.js client when DISCORD_TOKEN is set, otherwise the local console.
 * Both open the store (migrating it) and run the digest scheduler.
 */
export async function start(
  config: Config,
  log: Logger,
  io?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
): Promise<Running> {
  return config.DISCORD_TOKEN ? startDiscord(config, log) : startConsole(config, log, io);
}

async function startDiscord(config: Config, log: Logger): Promise<Running> {
  // discord.js is loaded only when it is used: the console starts without it.
  const [
    { createDiscordClient },
    { discordChannelAccess, restChannelAccess },
    { runDiscord },
    { DiscordDigestSender },
    { BotMetrics },
    { SharedPagerStore },
    { RESTEvents, Routes },
  ] = await Promise.all([
    import('./discord/client.ts'),
    import('./discord/channel-access.ts'),
    import('./discord/run-discord.ts'),
    import('./discord/digest-sender.ts'),
    import('./metrics.ts'),
    import('./discord/shared-pager.ts'),
    import('discord.js'),
  ]);
  const httpMode = config.DISCORD_INTERACTIONS === 'http';
  const metrics = new BotMetrics();
  const bridge = httpMode ? new (await import('./discord/http-interactions.ts')).HttpInteractionBridge(log) : undefined;
  const client = createDiscordClient(config, bridge ? { makeRequest: bridge.makeRequest } : {});
  client.rest.on(RESTEvents.Response, (_request, response) => {
    if (response.status === 429) metrics.restRateLimited(response.headers.get('x-ratelimit-global') === 'true');
  });
  let channels: ChannelAccess;
  if (httpMode) {
    // No gateway session tells us who we are: ask, which also checks the token before anything starts.
    client.rest.setToken(config.DISCORD_TOKEN!);
    const me = (await client.rest.get(Routes.user('@me')).catch((err: unknown) => {
      throw new Error(`Discord refused DISCORD_TOKEN or could not be reached: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    })) as { id: string };
    channels = restChannelAccess(client, me.id);
  } else {
    channels = discordChannelAccess(client);
  }
  let digestsReady!: Promise<Digests>;
  let opened: Digests | undefined;
  const digests: CommandServices['digests'] = {
    open: async () => (await digestsReady).subscriptions,
    defaultTimezone: config.DEFAULT_TIMEZONE,
  };
  const askLog: CommandServices['askLog'] = { open: async () => (await digestsReady).store.askLog };
  const editions: CommandServices['editions'] = { open: async () => (await digestsReady).tracker, ready: () => opened?.tracker };
  const app = await createApp(config, log, { digests, askLog, editions, metrics });
  digestsReady = openDigests(
    app,
    { sender: new DiscordDigestSender(client.rest, log), format: discordPost(app), channels },
    config,
    log,
    metrics,
  );
  opened = await digestsReady;
  const { store, scheduler } = opened;
  const stopWatching = await watchFolder(app, config, log);
  const pager = new SharedPagerStore(store.pagers, undefined, undefined, (err) =>
    log.warn({ err }, 'could not clear expired page sessions'),
  );
  let fail!: (err: Error) => void;
  const fatal = new Promise<void>((_, reject) => (fail = reject));
  fatal.catch(() => undefined); // observed by whoever awaits `done`
  let web: import('./http/server.ts').BotHttpServer | undefined;
  try {
    let discord: { stop(): Promise<void> };
    let interactions: Parameters<typeof import('./http/server.ts').startBotHttpServer>[0]['interactions'];
    if (bridge) {
      const [{ createInteractionHandler }, { interactionsEndpoint }, { publicKeyFromHex }] = await Promise.all([
        import('./discord/interactions.ts'),
        import('./http/interactions-endpoint.ts'),
        import('./http/signature.ts'),
      ]);
      app.warmUp();
      // The gateway's handler, fed by HTTP requests instead of gateway events.
      bridge.attach(client, createInteractionHandler(app, pager));
      interactions = interactionsEndpoint({
        publicKey: publicKeyFromHex(config.DISCORD_PUBLIC_KEY!),
        handle: (payload) => bridge.handle(payload),
        log,
      });
      discord = { stop: () => client.destroy() };
    } else if (config.DISCORD_GATEWAY) {
      app.warmUp();
      discord = await runDiscord(app, client, log, fail, pager);
    } else {
      // Delivery-only instance: REST with the token, no gateway session, so no interactions arrive here.
      client.rest.setToken(config.DISCORD_TOKEN!);
      discord = { stop: () => client.destroy() };
      log.info({}, 'gateway disabled (DISCORD_GATEWAY=false): delivering digests only');
    }
    const listen = httpListenAddress(config);
    if (listen) {
      const { startBotHttpServer } = await import('./http/server.ts');
      web = await startBotHttpServer(
        {
          log,
          metrics,
          interactions,
          readiness: {
            database: async () => {
              await store.ping();
              return `reachable (${store.engine})`;
            },
            briefings: async () => {
              const n = app.briefings.all.length;
              if (n === 0) throw new Error('no briefing loaded');
              return `${n} loaded (default: ${app.briefings.default.id})`;
            },
          },
        },
        listen,
      );
      log.info({ url: web.url, interactions: httpMode ? 'http' : 'gateway' }, 'HTTP server listening');
    }
    scheduler.start();
    void app.charts.prerender();
    const server = web;
    return {
      mode: 'discord',
      app,
      store,
      scheduler,
      done: fatal,
      ...(server ? { http: { url: server.url } } : {}),
      async stop() {
        // No new requests first; those under way finish (their follow-ups still need REST and the store).
        await server?.close();
        stopWatching();
        await scheduler.stop();
        await discord.stop();
        await store.close();
        await app.charts.close();
      },
    };
  } catch (err) {
    stopWatching();
    await web?.close();
    await client.destroy();
    await store.close();
    await app.charts.close();
    throw err;
  }
}

/** How long the console waits after showing its prompt before opening the store and building the Q&A index. */
const CONSOLE_PREPARE_DELAY_MS = 150;

async function startConsole(
  config: Config,
  log: Logger,
  io?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
): Promise<Running> {
  const output = io?.output ?? process.stdout;
  let digestsReady: Promise<Digests> | undefined;
  // Digests print above the prompt, which is then shown again (the REPL exists by the time one is sent).
  let ready: Digests | undefined;
  const openOnce = () =>
    (digestsReady ??= openDigests(
      app,
      { sender: consoleDigestSender((text) => repl.printAbove(text)), format: (post, lang) => consoleMessage(post, lang) },
      config,
      log,
    ).then((o) => (ready = o)));
  const digests: CommandServices['digests'] = {
    open: async () => (await openOnce()).subscriptions,
    defaultTimezone: config.DEFAULT_TIMEZONE,
  };
  const askLog: CommandServices['askLog'] = { open: async () => (await openOnce()).store.askLog };
  const editions: CommandServices['editions'] = { open: async () => (await openOnce()).tracker, ready: () => ready?.tracker };
  const app = await createApp(config, log, { digests, askLog, editions });
  const repl = startRepl(app, { input: io?.input ?? process.stdin, output });
  // Editing a briefing while the console runs prints what changed (or why the edit was not taken).
  app.onReload((outcome) => repl.printAbove(reloadText(outcome, repl.lang())));
  const stopWatching = await watchFolder(app, config, log);
  // The prompt is up first. The database and the Q&A index are prepared a moment later, so a command typed
  // straight away is answered first (a /digest or /ask among them opens or builds what it needs itself).
  await new Promise((resolve) => setTimeout(resolve, CONSOLE_PREPARE_DELAY_MS));
  app.warmUp();
  void app.charts.prerender();
  let opened: Digests;
  try {
    opened = await openOnce();
  } catch (err) {
    stopWatching();
    repl.rl.close();
    await app.charts.close();
    throw err;
  }
  const { store, scheduler } = opened;
  scheduler.start();
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopWatching();
      repl.rl.close();
      await scheduler.stop();
      await store.close();
      await app.charts.close();
    })());
  return { mode: 'console', app, store, scheduler, done: repl.done.then(stop), stop };
}
