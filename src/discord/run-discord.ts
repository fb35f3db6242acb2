import { Events } from 'discord.js';
import type { App } from '../app.ts';
import { PagerStore } from './pager.ts';
import type { PagerSessions } from './shared-pager.ts';
import type { Logger } from '../log.ts';
import { createDiscordClient } from './client.ts';
import { createInteractionHandler } from './interactions.ts';
import type { Client } from 'discord.js';

/** Connects to Discord and serves interactions until `stop()`. */
export async function runDiscord(
  app: App,
  client: Client = createDiscordClient(app.config),
  log: Logger = app.log,
  onFatal: (err: Error) => void = () => undefined,
  pager: PagerSessions = new PagerStore(),
): Promise<{ client: Client; stop(): Promise<void> }> {
  client.on(Events.InteractionCreate, createInteractionHandler(app, pager));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  // discord.js emits this only for closes it will not recover from (bad token, disallowed intents…):
  // staying up without a gateway would look healthy while serving nothing, so it is fatal.
  client.on(Events.ShardDisconnect, (event, shardId) => {
    log.error({ code: event.code, shardId }, 'gateway closed for good');
    onFatal(new Error(`the Discord gateway closed with code ${event.code} and will not reconnect`));
  });
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, 'gateway resumed'));
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'gateway reconnecting'));
  const ready = new Promise<void>((resolve) =>
    client.once(Events.ClientReady, (c) => {
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, 'ready');
      resolve();
    }),
  );
  await client.login(app.config.DISCORD_TOKEN);
  await ready;
  return {
    client,
    async stop() {
      await client.destroy();
    },
  };
}
