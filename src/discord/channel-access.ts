import {
  DiscordAPIError,
  PermissionFlagsBits,
  PermissionsBitField,
  Routes,
  type APIChannel,
  type Client,
  type GuildBasedChannel,
  type GuildMember,
} from 'discord.js';
import type { ChannelAccess } from '../bot/command.ts';

const NEEDED = {
  ViewChannel: PermissionFlagsBits.ViewChannel,
  SendMessages: PermissionFlagsBits.SendMessages,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
};
const NEEDED_IN_THREADS = {
  ViewChannel: PermissionFlagsBits.ViewChannel,
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
};

/** Checks the bot's own permissions in a channel (threads need "send in threads" instead of "send"). */
export function discordChannelAccess(client: Client): ChannelAccess {
  return {
    async missingBotPermissions(channelId, guildId) {
      let channel: Awaited<ReturnType<typeof client.channels.fetch>>;
      try {
        channel = await client.channels.fetch(channelId);
      } catch (err) {
        if (err instanceof DiscordAPIError && (err.status === 404 || err.status === 403)) return 'unknown-channel';
        throw err;
      }
      if (!channel || channel.isDMBased()) return 'unknown-channel';
      // Discord only offers the invoking server's channels, but the option is just an id in the payload.
      if (channel.guildId !== guildId) return 'unknown-channel';
      if (!channel.isTextBased()) return ['SendMessages'];
      const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
      return missingIn(channel, me);
    },
  };
}

function missingIn(channel: GuildBasedChannel, me: GuildMember): string[] {
  const have = channel.permissionsFor(me) ?? new PermissionsBitField();
  const needed = channel.isThread() ? NEEDED_IN_THREADS : NEEDED;
  return Object.entries(needed)
    .filter(([, bit]) => !have.has(bit))
    .map(([name]) => name);
}

/**
 * The same check without a gateway session (HTTP interactions mode), where nothing keeps guilds, roles
 * or channels cached and current: each check reads them fresh over REST.
 */
export function restChannelAccess(client: Client, botUserId: string): ChannelAccess {
  const unknown = (err: unknown) => err instanceof DiscordAPIError && (err.status === 404 || err.status === 403);
  return {
    async missingBotPermissions(channelId) {
      let raw: APIChannel;
      try {
        raw = (await client.rest.get(Routes.channel(channelId))) as APIChannel;
      } catch (err) {
        if (unknown(err)) return 'unknown-channel';
        throw err;
      }
      if (!('guild_id' in raw) || !raw.guild_id) return 'unknown-channel';
      // discord.js computes permissions from cached structures: load the guild (roles) first, then the channel.
      const guild = await client.guilds.fetch({ guild: raw.guild_id, force: true });
      const channel = await client.channels.fetch(channelId, { force: true });
      if (!channel || channel.isDMBased()) return 'unknown-channel';
      if (!channel.isTextBased()) return ['SendMessages'];
      if (channel.isThread() && channel.parentId) await client.channels.fetch(channel.parentId, { force: true });
      const me = await guild.members.fetch({ user: botUserId, force: true });
      return missingIn(channel, me);
    },
  };
}
