import { Client, GatewayIntentBits, Options, type RESTOptions } from 'discord.js';
import type { Config } from '../config.ts';

/**
 * A client that needs only the Guilds intent (slash commands arrive as interactions) and keeps
 * small caches: the bot never reads messages, members or presences.
 */
export function createDiscordClient(config: Pick<Config, 'DISCORD_API_URL'>, rest: Partial<RESTOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), ...rest },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      GuildInviteManager: 0,
      StageInstanceManager: 0,
      ThreadMemberManager: 0,
      UserManager: 200,
      GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    sweepers: Options.DefaultSweeperSettings,
  });
}
