import { snowflake } from './snowflake.ts';
import type { ChannelSeed, EmulatorOptions, GuildSeed, MemberSeed, PermissionsInput, RoleSeed, UserSeed } from './types.ts';

export type Json = Record<string, unknown>;

export const PERM = {
  CREATE_INSTANT_INVITE: 1n << 0n,
  ADMINISTRATOR: 1n << 3n,
  ADD_REACTIONS: 1n << 6n,
  VIEW_CHANNEL: 1n << 10n,
  SEND_MESSAGES: 1n << 11n,
  EMBED_LINKS: 1n << 14n,
  ATTACH_FILES: 1n << 15n,
  READ_MESSAGE_HISTORY: 1n << 16n,
  MENTION_EVERYONE: 1n << 17n,
  USE_EXTERNAL_EMOJIS: 1n << 18n,
  CONNECT: 1n << 20n,
  SPEAK: 1n << 21n,
  CHANGE_NICKNAME: 1n << 26n,
  USE_APPLICATION_COMMANDS: 1n << 31n,
  CREATE_PUBLIC_THREADS: 1n << 35n,
  SEND_MESSAGES_IN_THREADS: 1n << 38n,
  USE_EXTERNAL_STICKERS: 1n << 37n,
  SEND_VOICE_MESSAGES: 1n << 46n,
  SEND_POLLS: 1n << 49n,
  USE_EXTERNAL_APPS: 1n << 50n,
} as const;

/** All permission bits up to 51; close enough to "every permission" for Administrator/owner checks. */
export const ALL_PERMISSIONS = (1n << 52n) - 1n;

export const DEFAULT_EVERYONE_PERMISSIONS =
  PERM.CREATE_INSTANT_INVITE |
  PERM.ADD_REACTIONS |
  PERM.VIEW_CHANNEL |
  PERM.SEND_MESSAGES |
  PERM.EMBED_LINKS |
  PERM.ATTACH_FILES |
  PERM.READ_MESSAGE_HISTORY |
  PERM.MENTION_EVERYONE |
  PERM.USE_EXTERNAL_EMOJIS |
  PERM.CONNECT |
  PERM.SPEAK |
  PERM.CHANGE_NICKNAME |
  PERM.USE_APPLICATION_COMMANDS |
  PERM.CREATE_PUBLIC_THREADS |
  PERM.SEND_MESSAGES_IN_THREADS |
  PERM.USE_EXTERNAL_STICKERS |
  PERM.SEND_VOICE_MESSAGES |
  PERM.SEND_POLLS |
  PERM.USE_EXTERNAL_APPS;

export const DEFAULT_BOT_PERMISSIONS = DEFAULT_EVERYONE_PERMISSIONS;

export function toPermissions(input: PermissionsInput | undefined, fallback: bigint): bigint {
  if (input === undefined) return fallback;
  return BigInt(input);
}

export interface StoredUser {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  locale: string;
}

export interface StoredRole {
  id: string;
  name: string;
  permissions: bigint;
  color: number;
  position: number;
  managed: boolean;
  botId?: string;
}

export interface StoredChannel {
  id: string;
  guildId: string;
  name: string;
  type: number;
  topic: string | null;
  parentId: string | null;
  nsfw: boolean;
  position: number;
  lastMessageId: string | null;
}

export interface StoredMember {
  userId: string;
  nick: string | null;
  roles: string[];
  joinedAt: string;
}

export interface StoredGuild {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  roles: Map<string, StoredRole>;
  channels: Map<string, StoredChannel>;
  members: Map<string, StoredMember>;
  joinedAt: string;
}

export interface StoredDm {
  id: string;
  userId: string;
  lastMessageId: string | null;
}

/** Mutable world state shared by REST routes, the gateway and the test API. */
export class Store {
  readonly botUser: StoredUser;
  readonly application: { id: string; name: string; flags: number };
  readonly users = new Map<string, StoredUser>();
  readonly guilds = new Map<string, StoredGuild>();
  readonly dms = new Map<string, StoredDm>();

  constructor(opts: EmulatorOptions) {
    const botId = opts.bot?.id ?? snowflake();
    this.botUser = { id: botId, username: opts.bot?.username ?? 'Briefing Bot', globalName: null, bot: true, locale: 'en-US' };
    this.users.set(botId, this.botUser);
    // For bots created after 2019 the application id equals the bot user id.
    this.application = {
      id: opts.application?.id ?? botId,
      name: opts.application?.name ?? this.botUser.username,
      // GATEWAY_GUILD_MEMBERS_LIMITED | GATEWAY_MESSAGE_CONTENT_LIMITED | APPLICATION_COMMAND_BADGE
      flags: opts.application?.flags ?? (1 << 15) | (1 << 19) | (1 << 23),
    };
    const userSeeds = opts.users ?? [{ username: 'alice' }, { username: 'bob' }];
    for (const seed of userSeeds) this.addUser(seed);
    const guildSeeds = opts.guilds ?? [{ name: 'Test Guild', channels: [{ name: 'general' }, { name: 'briefings' }] }];
    for (const seed of guildSeeds) this.addGuild(seed);
  }

  addUser(seed: UserSeed): StoredUser {
    const user: StoredUser = {
      id: seed.id ?? snowflake(),
      username: seed.username,
      globalName: seed.globalName ?? null,
      bot: seed.bot ?? false,
      locale: seed.locale ?? 'en-US',
    };
    this.users.set(user.id, user);
    return user;
  }

  addGuild(seed: GuildSeed): StoredGuild {
    const id = seed.id ?? snowflake();
    const humans = [...this.users.values()].filter((u) => u.id !== this.botUser.id);
    const guild: StoredGuild = {
      id,
      name: seed.name,
      ownerId: seed.ownerId ?? humans[0]?.id ?? this.botUser.id,
      preferredLocale: seed.preferredLocale ?? 'en-US',
      roles: new Map(),
      channels: new Map(),
      members: new Map(),
      joinedAt: new Date().toISOString(),
    };
    this.guilds.set(id, guild);
    guild.roles.set(id, {
      id,
      name: '@everyone',
      permissions: toPermissions(seed.everyonePermissions, DEFAULT_EVERYONE_PERMISSIONS),
      color: 0,
      position: 0,
      managed: false,
    });
    const botRole: StoredRole = {
      id: snowflake(),
      name: this.botUser.username,
      permissions: toPermissions(seed.botPermissions, DEFAULT_BOT_PERMISSIONS),
      color: 0,
      position: 1,
      managed: true,
      botId: this.botUser.id,
    };
    guild.roles.set(botRole.id, botRole);
    for (const r of seed.roles ?? []) this.addRole(guild, r);
    for (const c of seed.channels ?? [{ name: 'general' }]) this.addChannel(guild.id, c);
    guild.members.set(this.botUser.id, { userId: this.botUser.id, nick: null, roles: [botRole.id], joinedAt: guild.joinedAt });
    for (const m of seed.members ?? humans.map((u) => u.id)) this.addMember(guild.id, m);
    return guild;
  }

  addRole(guild: StoredGuild, seed: RoleSeed): StoredRole {
    const role: StoredRole = {
      id: seed.id ?? snowflake(),
      name: seed.name,
      permissions: toPermissions(seed.permissions, 0n),
      color: seed.color ?? 0,
      position: seed.position ?? guild.roles.size,
      managed: false,
    };
    guild.roles.set(role.id, role);
    return role;
  }

  addChannel(guildId: string, seed: ChannelSeed): StoredChannel {
    const guild = this.requireGuild(guildId);
    const channel: StoredChannel = {
      id: seed.id ?? snowflake(),
      guildId,
      name: seed.name,
      type: seed.type ?? 0,
      topic: seed.topic ?? null,
      parentId: seed.parentId ?? null,
      nsfw: seed.nsfw ?? false,
      position: guild.channels.size,
      lastMessageId: null,
    };
    guild.channels.set(channel.id, channel);
    return channel;
  }

  addMember(guildId: string, seed: string | MemberSeed): StoredMember {
    const guild = this.requireGuild(guildId);
    const s: MemberSeed = typeof seed === 'string' ? { user: seed } : seed;
    const user = this.resolveUser(s.user);
    const roles = (s.roles ?? []).map((r) => this.resolveRole(guild, r).id);
    const member: StoredMember = { userId: user.id, nick: s.nick ?? null, roles, joinedAt: new Date().toISOString() };
    guild.members.set(user.id, member);
    return member;
  }

  requireGuild(idOrName: string): StoredGuild {
    const g = this.guilds.get(idOrName) ?? [...this.guilds.values()].find((x) => x.name === idOrName);
    if (!g) throw new Error(`emulator: unknown guild ${idOrName}`);
    return g;
  }

  resolveUser(idOrName: string): StoredUser {
    const u = this.users.get(idOrName) ?? [...this.users.values()].find((x) => x.username === idOrName);
    if (!u) throw new Error(`emulator: unknown user ${idOrName}`);
    return u;
  }

  resolveRole(guild: StoredGuild, idOrName: string): StoredRole {
    const r = guild.roles.get(idOrName) ?? [...guild.roles.values()].find((x) => x.name === idOrName);
    if (!r) throw new Error(`emulator: unknown role ${idOrName} in guild ${guild.name}`);
    return r;
  }

  findChannel(id: string): StoredChannel | undefined {
    for (const g of this.guilds.values()) {
      const c = g.channels.get(id);
      if (c) return c;
    }
    return undefined;
  }

  /** The bot's DM channel with a user (created on first use, like POST /users/@me/channels). */
  dmChannel(userId: string): StoredDm {
    const existing = [...this.dms.values()].find((d) => d.userId === userId);
    if (existing) return existing;
    const dm: StoredDm = { id: snowflake(), userId, lastMessageId: null };
    this.dms.set(dm.id, dm);
    return dm;
  }

  dmObject(dm: StoredDm): Json {
    return { id: dm.id, type: 1, last_message_id: dm.lastMessageId, flags: 0, recipients: [this.userObject(this.resolveUser(dm.userId))] };
  }

  resolveChannel(idOrName: string, guildId?: string): StoredChannel {
    const byId = this.findChannel(idOrName);
    if (byId) return byId;
    const guilds = guildId ? [this.requireGuild(guildId)] : [...this.guilds.values()];
    for (const g of guilds) {
      const c = [...g.channels.values()].find((x) => x.name === idOrName.replace(/^#/, ''));
      if (c) return c;
    }
    throw new Error(`emulator: unknown channel ${idOrName}`);
  }

  /** Base permissions of a member (roles OR'ed, Administrator => all), ignoring channel overwrites. */
  memberPermissions(guild: StoredGuild, userId: string): bigint {
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    const member = guild.members.get(userId);
    let perms = guild.roles.get(guild.id)?.permissions ?? 0n;
    for (const roleId of member?.roles ?? []) perms |= guild.roles.get(roleId)?.permissions ?? 0n;
    return perms & PERM.ADMINISTRATOR ? ALL_PERMISSIONS : perms;
  }

  // ---- API object builders ----

  userObject(user: StoredUser): Json {
    return {
      id: user.id,
      username: user.username,
      avatar: null,
      discriminator: user.bot ? '0000' : '0',
      public_flags: 0,
      flags: 0,
      ...(user.bot ? { bot: true } : {}),
      banner: null,
      accent_color: null,
      global_name: user.globalName,
      avatar_decoration_data: null,
      collectibles: null,
      display_name_styles: null,
      banner_color: null,
      clan: null,
      primary_guild: null,
    };
  }

  /** GET /users/@me shape for the bot (adds verified/mfa fields Discord returns there). */
  currentUserObject(): Json {
    return { ...this.userObject(this.botUser), mfa_enabled: false, locale: 'en-US', verified: true, email: null, bio: '' };
  }

  roleObject(role: StoredRole): Json {
    return {
      id: role.id,
      name: role.name,
      description: null,
      permissions: role.permissions.toString(),
      position: role.position,
      color: role.color,
      colors: { primary_color: role.color, secondary_color: null, tertiary_color: null },
      hoist: false,
      managed: role.managed,
      mentionable: false,
      icon: null,
      unicode_emoji: null,
      flags: 0,
      ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
    };
  }

  channelObject(channel: StoredChannel, includeGuildId = true): Json {
    const base: Json = {
      id: channel.id,
      type: channel.type,
      ...(includeGuildId ? { guild_id: channel.guildId } : {}),
      name: channel.name,
      position: channel.position,
      flags: 0,
      parent_id: channel.parentId,
      permission_overwrites: [],
    };
    if (channel.type === 4) return base;
    if (channel.type === 2) {
      return {
        ...base,
        bitrate: 64000,
        user_limit: 0,
        rtc_region: null,
        nsfw: channel.nsfw,
        rate_limit_per_user: 0,
        last_message_id: channel.lastMessageId,
      };
    }
    return {
      ...base,
      topic: channel.topic,
      nsfw: channel.nsfw,
      last_message_id: channel.lastMessageId,
      rate_limit_per_user: 0,
      ...(channel.type === 0 ? { default_thread_rate_limit_per_user: 0 } : {}),
    };
  }

  memberObject(_guild: StoredGuild, member: StoredMember, withPermissions?: bigint): Json {
    const user = this.resolveUser(member.userId);
    return {
      avatar: null,
      banner: null,
      communication_disabled_until: null,
      flags: 0,
      joined_at: member.joinedAt,
      nick: member.nick,
      pending: false,
      premium_since: null,
      roles: member.roles,
      unusual_dm_activity_until: null,
      collectibles: null,
      user: this.userObject(user),
      mute: false,
      deaf: false,
      ...(withPermissions !== undefined ? { permissions: withPermissions.toString() } : {}),
    };
  }

  guildObject(guild: StoredGuild): Json {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      icon_hash: null,
      description: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      home_header: null,
      features: [],
      owner_id: guild.ownerId,
      application_id: null,
      region: 'deprecated',
      afk_channel_id: null,
      afk_timeout: 300,
      system_channel_id: null,
      system_channel_flags: 0,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      roles: [...guild.roles.values()].map((r) => this.roleObject(r)),
      default_message_notifications: 0,
      mfa_level: 0,
      explicit_content_filter: 0,
      max_presences: null,
      max_members: 500000,
      max_stage_video_channel_users: 50,
      max_video_channel_users: 25,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: guild.preferredLocale,
      rules_channel_id: null,
      safety_alerts_channel_id: null,
      public_updates_channel_id: null,
      hub_type: null,
      premium_progress_bar_enabled: false,
      latest_onboarding_question_id: null,
      nsfw: false,
      nsfw_level: 0,
      emojis: [],
      stickers: [],
      incidents_data: null,
      inventory_settings: null,
      embed_enabled: false,
      embed_channel_id: null,
    };
  }

  /** GUILD_CREATE payload. Without GUILD_MEMBERS, Discord only includes the bot's own member in small guilds. */
  guildCreatePayload(guild: StoredGuild, intents: number): Json {
    const withMembers = (intents & (1 << 1)) !== 0;
    const members = [...guild.members.values()].filter((m) => withMembers || m.userId === this.botUser.id);
    return {
      ...this.guildObject(guild),
      joined_at: guild.joinedAt,
      large: false,
      unavailable: false,
      member_count: guild.members.size,
      voice_states: [],
      members: members.map((m) => this.memberObject(guild, m)),
      channels: [...guild.channels.values()].map((c) => this.channelObject(c, false)),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      embedded_activities: [],
      activity_instances: [],
      application_command_counts: {},
      lazy: true,
    };
  }
}
