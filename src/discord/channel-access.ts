import { DiscordAPIError, PermissionFlagsBits, PermissionsBitField, type Client } from 'discord.js';
import type { ChannelAccess } from '../bot/command.ts';

const NEEDED = { ViewChannel: PermissionFlagsBits.ViewChannel, SendMessages: PermissionFlagsBits.SendMessages, EmbedLinks: PermissionFlagsBits.EmbedLinks };
const NEEDED_IN_THREADS = { ViewChannel: PermissionFlagsBits.ViewChannel, SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads, EmbedLinks: PermissionFlagsBits.EmbedLinks };

/** Checks the bot's own permissions in a channel (threads need "send in threads" instead of "send"). */
export function discordChannelAccess(client: Client): ChannelAccess {
  return {
    async missingBotPermissions(channelId, guildId) {
      let channel;
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
      const have = channel.permissionsFor(me) ?? new PermissionsBitField();
      const needed = channel.isThread() ? NEEDED_IN_THREADS : NEEDED;
      return Object.entries(needed)
        .filter(([, bit]) => !have.has(bit))
        .map(([name]) => name);
    },
  };
}
